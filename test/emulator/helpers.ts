import { GoogleGenAI, type GoogleGenAIRequestOptions, type Interactions } from "@google/genai";
import { afterEach, beforeEach } from "vitest";
import { type Emulator, type EmulatorOptions, startEmulator } from "../../src/emulator/server.ts";

export type Body = Record<string, unknown>;
export type Event = Interactions.InteractionSSEEvent;
export type Step = Interactions.Step;
export type Opts = GoogleGenAIRequestOptions;
/** Loose views of what the SDK hands back, for fields its types leave open. */
export type Loose = Record<string, unknown>;

export const MODEL = "gemini-3.5-flash";
export const RESEARCH = "deep-research-preview-04-2026";
export const SANDBOX = "antigravity-preview-05-2026";

export interface Ctx {
  emulator: Emulator;
  ai: GoogleGenAI;
}

export const client = (url: string, apiVersion?: string) =>
  new GoogleGenAI({ apiKey: "test-key", httpOptions: { baseUrl: url, ...(apiVersion ? { apiVersion } : {}) } });

/** A fresh emulator (port 0) and SDK client for every test, so no state leaks between tests. */
export function useEmulator(opts: EmulatorOptions = {}): Ctx {
  const ctx = {} as Ctx;
  beforeEach(async () => {
    ctx.emulator = await startEmulator({ port: 0, backgroundStepDelayMs: 5, ...opts });
    ctx.ai = client(ctx.emulator.url);
  });
  afterEach(async () => {
    await ctx.emulator.close();
  });
  return ctx;
}

// The bodies tests build are plain JSON (some deliberately invalid); the SDK sends them verbatim.
export const create = (ai: GoogleGenAI, body: Body, opts?: Opts) =>
  ai.interactions.create(body as unknown as Interactions.InteractionCreateParamsNonStreaming, opts);
export const createStream = (ai: GoogleGenAI, body: Body, opts?: Opts) =>
  ai.interactions.create({ ...body, stream: true } as unknown as Interactions.InteractionCreateParamsStreaming, opts);
export const getStream = (ai: GoogleGenAI, id: string, lastEventId?: string, opts?: Opts) =>
  ai.interactions.get(id, lastEventId ? { stream: true, last_event_id: lastEventId } : { stream: true }, opts);

export type Interaction = Awaited<ReturnType<typeof create>>;

/** Reads a stream to its end; an error thrown while iterating is returned, not thrown. */
export async function collect(stream: AsyncIterable<Event>): Promise<{ events: Event[]; error?: Error }> {
  const events: Event[] = [];
  try {
    for await (const ev of stream) events.push(ev);
  } catch (error) {
    return { events, error: error as Error };
  }
  return { events };
}

export const kinds = (events: Event[]) => events.map((e) => e.event_type);

/** Concatenated text deltas, as a client renders the answer. */
export const textOf = (events: Event[]) =>
  events.map((e) => (e.event_type === "step.delta" && e.delta.type === "text" ? e.delta.text : "")).join("");

export const deltaTypes = (events: Event[]) =>
  events.flatMap((e) => (e.event_type === "step.delta" ? [e.delta.type as string] : []));

export const stepTypes = (steps: Step[]) => steps.map((s) => s.type);

/** The thrown error, for asserting on `name` / `status` (the SDK's classes are not exported). */
export async function failure(
  p: Promise<unknown>,
): Promise<Error & { status?: number; error?: Loose; headers?: Headers }> {
  try {
    await p;
  } catch (err) {
    return err as Error & { status?: number };
  }
  throw new Error("expected the call to fail");
}

/** The upstream message inside an SDK HTTP error (`err.error.error.message`). */
export const apiMessage = (err: { error?: Loose }) => String((err.error?.error as Loose | undefined)?.message ?? "");

/** Polls GET until the interaction leaves in_progress/queued; returns every status seen, in order. */
export async function pollUntilDone(ai: GoogleGenAI, id: string, everyMs = 5, limitMs = 10_000) {
  const seen: string[] = [];
  const deadline = Date.now() + limitMs;
  for (;;) {
    const it = await ai.interactions.get(id);
    if (seen.at(-1) !== it.status) seen.push(it.status);
    if (it.status !== "in_progress" && it.status !== "queued") return { interaction: it, seen };
    if (Date.now() > deadline) throw new Error(`interaction ${id} still ${it.status}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const createLog = (emulator: Emulator) => emulator.log.filter((l) => l.op === "create").map((l) => l.status);
