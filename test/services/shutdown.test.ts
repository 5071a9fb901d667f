import { print } from "graphql";
import { type Client, createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { ChatDocument, InteractionEventsDocument, TurnEventsDocument } from "../generated/graphql.ts";
import { collectWs } from "../support/clients.ts";
import { longText } from "../support/factories.ts";
import { joined } from "../support/jobs.ts";
import { tempDatabase } from "../support/pg.ts";
import { logRecords, type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL, REDIS_URL } = process.env;
if (!DATABASE_URL || !REDIS_URL) throw new Error("The services suite needs DATABASE_URL and REDIS_URL");

const GRACE_MS = 6_000;
let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let a: ServerProcess;
let b: ServerProcess;

beforeAll(async () => {
  // Slow deltas: the run is still streaming when A is told to stop.
  emulator = await startEmulator({ deltaDelayMs: 40 });
  db = await tempDatabase(DATABASE_URL);
  const env = {
    DATABASE_URL: db.url,
    REDIS_URL,
    GEMINI_BASE_URL: emulator.url,
    GEMINI_API_KEY: "services-shutdown-key",
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    SHUTDOWN_DRAIN_MS: "300",
    LOG_LEVEL: "info",
  };
  // Start-up is slow on a loaded 2-core machine: a minute each, as the crash-recovery tests allow.
  a = await startServerProcess(env, 60_000);
  b = await startServerProcess(env, 60_000);
}, 150_000);
afterAll(async () => {
  await Promise.allSettled([a?.stop("SIGKILL"), b?.stop("SIGKILL")]);
  await emulator?.close();
  await db?.drop();
});

type Ev = {
  __typename: string;
  cursor?: string;
  interactionId?: string;
  delta?: { __typename: string; text?: string };
};
const graceful = longText("graceful", { words: 120, stem: "w" });

describe("SIGTERM to one of two processes mid-stream", () => {
  it("hands the run over; its subscribers resume on the other from their cursor; it exits within the grace period", async () => {
    // A client that keeps its socket open, so it sees how the server closes it.
    let closeCode: number | undefined;
    let closeReason = "";
    const client: Client = createClient({
      url: `${a.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      // The close is expected here: it is asserted below, not printed.
      onNonLazyError: () => undefined,
      on: {
        closed: (e) => {
          closeCode = (e as { code?: number }).code;
          closeReason = String((e as { reason?: string }).reason ?? "");
        },
      },
    });
    const seen: Ev[] = [];
    const errors: { extensions?: { code?: string } }[] = [];
    let stopAfterSignal: (() => void) | undefined;
    const firstEvents = new Promise<void>((resolve) => {
      stopAfterSignal = resolve;
    });
    const onA = new Promise<void>((resolve) => {
      client.subscribe(
        { query: print(ChatDocument), variables: { input: { text: graceful } } },
        {
          next: (v) => {
            if (v.errors) errors.push(...(v.errors as never[]));
            const e = (v.data as { chat?: Ev } | undefined)?.chat;
            if (e) seen.push(e);
            if (seen.length === 8) stopAfterSignal?.();
          },
          error: () => resolve(),
          complete: () => resolve(),
        },
      );
    });
    await firstEvents;
    const id = seen[0]?.interactionId as string;
    const exited = new Promise<number | null>((resolve) => a.child.once("exit", (code) => resolve(code)));
    const signalledAt = Date.now();
    a.child.kill("SIGTERM");

    // Readiness goes first, while A still finishes what it has.
    await waitFor("A's /readyz to answer 503", async () => {
      const res = await fetch(`${a.url}/readyz`).catch(() => undefined);
      return res?.status === 503;
    });

    await onA;
    const code = await exited;
    const tookMs = Date.now() - signalledAt;
    await waitFor("the socket to close", () => closeCode !== undefined, { timeoutMs: 5_000 });
    client.dispose();

    // Told how to act: a last payload with SERVER_STOPPING, and the socket closed as "service restart".
    expect(errors.map((e) => e.extensions?.code)).toEqual(["SERVER_STOPPING"]);
    expect(closeCode).toBe(1012);
    expect(closeReason).toMatch(/restart/);
    expect(code).toBe(0);
    expect(tookMs).toBeLessThan(GRACE_MS);
    expect(seen.at(-1)?.__typename).not.toBe("InteractionCompletedEvent");

    // Resume on B from the last cursor seen on A.
    const rest = (await collectWs(b.url, InteractionEventsDocument, { id, after: seen.at(-1)?.cursor })).results.map(
      (r) => r.interactionEvents as Ev,
    );
    const whole = [...seen, ...rest];
    expect(whole.map((e) => Number(e.cursor))).toEqual(whole.map((_, i) => i + 1));
    expect(whole.at(-1)?.__typename).toBe("InteractionCompletedEvent");
    // The turn goes on on B too: its chat cursor resumes there and ends with the turn's end.
    const turnRest = (await collectWs(b.url, TurnEventsDocument, { id, after: seen.at(-1)?.cursor })).results.map(
      (r) => r.turnEvents as Ev,
    );
    expect(turnRest.map((e) => e.cursor)).toEqual([...rest.map((e) => e.cursor), String(whole.length + 1)]);
    expect(turnRest.at(-1)?.__typename).toBe("TurnEndEvent");

    const res = await fetch(`${b.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query($id: ID!) { interaction(id: $id) { status outputText } }",
        variables: { id },
      }),
    });
    const final = ((await res.json()) as { data: { interaction: { status: string; outputText: string } } }).data;
    expect(final.interaction.status).toBe("COMPLETED");
    expect(joined(whole)).toBe(final.interaction.outputText);
    expect(final.interaction.outputText).toContain("w119");
    // Followed, not created again.
    expect(emulator.stats().creates).toBe(1);
    // A announced the run as handed over; B claimed that very run.
    const handedOut = logRecords(a.output()).filter((r) => r.handoff === "out");
    expect(handedOut.flatMap((r) => (Array.isArray(r.interactionIds) ? r.interactionIds : []))).toContain(id);
    expect(logRecords(b.output()).some((r) => r.handoff === "in" && r.interactionId === id)).toBe(true);
  });
});
