import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, afterEach, beforeAll } from "vitest";
import { CreateBackgroundDocument, GetJobDocument } from "../generated/graphql.ts";
import { wsClient } from "./clients.ts";
import { type Harness, startHarness } from "./harness.ts";
import { waitFor } from "./wait.ts";

export const MODEL = "gemini-3.5-flash";
export const DEEP_RESEARCH = "deep-research-preview-04-2026";
export const ANTIGRAVITY = "antigravity-preview-05-2026";

/** A harness whose jobs retry and poll fast; two jobs at once, so a third one waits in the queue. */
export const startJobsHarness = (env: Record<string, string> = {}) =>
  startHarness({
    env: { JOB_CONCURRENCY: "2", ...env },
    app: { jobs: { retry: { firstMs: 20, maxMs: 100 } }, poll: { intervalMs: 30, maxErrors: 3 } },
  });

export type Ev = { __typename: string; cursor?: string; delta?: { __typename: string; text?: string } | null };
export const joined = (evs: Ev[]) =>
  evs
    .filter((e) => e.delta?.__typename === "TextDelta")
    .map((e) => e.delta?.text ?? "")
    .join("");
export const cursors = (evs: Ev[]) => evs.map((e) => Number(e.cursor));
export const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** The jobs harness of a test file, started once; faults and pacing are reset after each test. */
export function useJobsHarness(env?: Record<string, string>) {
  const suite = {} as { h: Harness } & ReturnType<typeof jobClient>;
  beforeAll(async () => {
    suite.h = await startJobsHarness(env);
    Object.assign(suite, jobClient(suite.h));
  });
  afterEach(() => {
    suite.h.emulator.faults.clear();
    suite.h.emulator.pacing.backgroundStepDelayMs = 20;
  });
  afterAll(async () => {
    await suite.h?.close();
  });
  return suite;
}

/** Job helpers bound to one harness. */
export function jobClient(h: Harness) {
  async function background(input: Record<string, unknown>, headers?: Record<string, string>) {
    const { createInteraction } = await h.ok(
      CreateBackgroundDocument,
      { input: { background: true, ...input } },
      headers,
    );
    return { interaction: createInteraction, jobId: createInteraction.job?.id as string };
  }
  const jobNow = async (id: string, headers?: Record<string, string>) =>
    (await h.ok(GetJobDocument, { id }, headers)).job;
  /** Polls job(id), the way a client without subscriptions follows a job, until it is in `status`. */
  const jobIn = (id: string, status: string, headers?: Record<string, string>, timeoutMs = 20_000) =>
    waitFor(
      `job ${id} to be ${status}`,
      async () => {
        const job = await jobNow(id, headers);
        return job?.status === status && job;
      },
      { timeoutMs },
    );
  return { background, jobNow, jobIn };
}

/** Collects a subscription over WebSocket until `done` says so (or the server completes it). */
export function collectUntil<R, V>(
  url: string,
  doc: TypedDocumentNode<R, V>,
  variables: V,
  done: (r: R) => boolean,
): Promise<R[]> {
  const client = wsClient(url);
  const out: R[] = [];
  return new Promise((resolve, reject) => {
    const dispose = client.subscribe<R>(
      { query: print(doc), variables: variables as Record<string, unknown> },
      {
        next: (v) => {
          if (v.errors) reject(new Error(JSON.stringify(v.errors)));
          if (!v.data) return;
          out.push(v.data as R);
          if (done(v.data as R)) {
            dispose();
            void client.dispose();
            resolve(out);
          }
        },
        error: reject,
        complete: () => {
          void client.dispose();
          resolve(out);
        },
      },
    );
  });
}
