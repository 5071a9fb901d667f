import { describe, expect, it } from "vitest";
import { sleep } from "../support/wait.ts";
import {
  apiMessage,
  collect,
  create,
  createLog,
  createStream,
  failure,
  type Loose,
  MODEL,
  useEmulator,
} from "./helpers.ts";

const t = useEmulator();
const control = (path: string, init?: RequestInit) =>
  fetch(`${t.emulator.url}/_emulator/${path}`, init).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as Loose,
  }));
const post = (path: string, body: unknown) =>
  control(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("retries against injected errors", () => {
  it("429 then 503 are retried by the SDK (retry-after-ms), seen in the request log", async () => {
    t.emulator.faults.add([
      { op: "create", status: 429 },
      { op: "create", status: 503 },
    ]);
    const it = await create(t.ai, { model: MODEL, input: "retry me" });
    expect(it.status).toBe("completed");
    expect(createLog(t.emulator)).toEqual([429, 503, 200]);
    expect(t.emulator.requests).toHaveLength(1); // faulted attempts are answered before the body is recorded
    expect(t.emulator.stats().creates).toBe(1);
    expect(t.emulator.faults.pending()).toBe(0);
  });

  it("a 429 carries retry-after, which the SDK honours (seconds)", async () => {
    t.emulator.faults.add([{ op: "get", status: 429, retryAfter: 1, message: "Resource exhausted" }]);
    const made = await create(t.ai, { model: MODEL, input: "x" });
    const started = Date.now();
    expect((await t.ai.interactions.get(made.id)).status).toBe("completed");
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const res = await fetch(`${t.emulator.url}/v1beta/interactions/${made.id}`, {
      headers: { "x-goog-api-key": "k", "x-emulator-fault": JSON.stringify({ status: 429, retryAfter: 3 }) },
    });
    expect(res.headers.get("retry-after")).toBe("3");
    expect(await res.json()).toEqual({
      error: { code: 429, message: "Injected 429 fault", status: "RESOURCE_EXHAUSTED" },
    });
  });

  it("persistent 500s exhaust the SDK's retries: InternalServerError after 5 attempts", async () => {
    t.emulator.faults.add([{ op: "create", status: 500, times: 10, message: "boom" }]);
    const err = await failure(create(t.ai, { model: MODEL, input: "doomed" }));
    expect([err.name, err.status, err.message]).toEqual(["InternalServerError", 500, "500 boom"]);
    expect(createLog(t.emulator)).toEqual([500, 500, 500, 500, 500]);
    expect(t.emulator.stats().creates).toBe(0);
  });

  for (const [status, name] of [
    [400, "BadRequestError"],
    [401, "AuthenticationError"],
    [403, "PermissionDeniedError"],
    [404, "NotFoundError"],
    [409, "ConflictError"],
    [422, "UnprocessableEntityError"],
    [429, "RateLimitError"],
    [503, "InternalServerError"],
  ] as const) {
    it(`an injected ${status} surfaces as ${name}`, async () => {
      t.emulator.faults.add([{ op: "create", status }]);
      const err = await failure(create(t.ai, { model: MODEL, input: "x" }, { maxRetries: 0 }));
      expect([err.name, err.status]).toEqual([name, status]);
    });
  }

  it("a header fault applies to the requests that carry it; `times` counts across SDK retries", async () => {
    const fault = JSON.stringify({ status: 503, times: 2 });
    const it = await create(t.ai, { model: MODEL, input: "x" }, { headers: { "x-emulator-fault": fault } });
    expect(it.status).toBe("completed");
    expect(createLog(t.emulator)).toEqual([503, 503, 200]);
    const bad = await fetch(`${t.emulator.url}/v1beta/interactions/x`, {
      headers: { "x-goog-api-key": "k", "x-emulator-fault": "{" },
    });
    expect(bad.status).toBe(400);
  });

  it("a dropped JSON answer (cutAfter on create) is retried: the interaction is created twice", async () => {
    t.emulator.faults.add([{ op: "create", cutAfter: 0 }]);
    const it = await create(t.ai, { model: MODEL, input: "lost reply" });
    expect(it.status).toBe("completed");
    expect(createLog(t.emulator)).toEqual([0, 200]);
    expect(t.emulator.stats().creates).toBe(2); // why a job must not retry a create blindly
  });

  it("delayMs slows an answer down, so a client timeout fires", async () => {
    const made = await create(t.ai, { model: MODEL, input: "x" });
    t.emulator.faults.add([{ op: "get", delayMs: 300 }]);
    const err = await failure(t.ai.interactions.get(made.id, {}, { timeout: 100, maxRetries: 0 }));
    expect(err.name).toMatch(/^APIConnection(Timeout)?Error$/);
  });
});

describe("expired previous interaction", () => {
  it("the expire control endpoint makes GET and chaining answer 404", async () => {
    const one = await create(t.ai, { model: MODEL, input: "old" });
    expect((await post(`interactions/${one.id}/expire`, {})).status).toBe(200);
    const err = await failure(create(t.ai, { model: MODEL, input: "next", previous_interaction_id: one.id }));
    expect([err.name, err.status]).toEqual(["NotFoundError", 404]);
    expect(apiMessage(err)).toContain(one.id);
    expect((await failure(t.ai.interactions.get(one.id))).status).toBe(404);
  });

  it("fault expirePrevious expires it as the request arrives", async () => {
    const one = await create(t.ai, { model: MODEL, input: "old" });
    const err = await failure(
      create(
        t.ai,
        { model: MODEL, input: "next", previous_interaction_id: one.id },
        {
          headers: { "x-emulator-fault": JSON.stringify({ expirePrevious: true }) },
        },
      ),
    );
    expect(err.name).toBe("NotFoundError");
  });
});

describe("control endpoints", () => {
  it("POST /_emulator/faults queues faults over HTTP; GET lists them; DELETE clears", async () => {
    expect((await post("faults", { faults: [{ op: "create", status: 503, times: 2 }] })).body).toEqual({ pending: 1 });
    expect((await post("faults", [{ op: "get", status: 500 }])).body).toEqual({ pending: 2 });
    expect((await control("faults")).body.faults).toEqual([
      { op: "create", status: 503, times: 2 },
      { op: "get", status: 500, times: 1 },
    ]);
    await control("faults", { method: "DELETE" });
    expect(t.emulator.faults.pending()).toBe(0);
  });

  it("GET /_emulator/requests, /stats, POST /reset and /config", async () => {
    await post("faults", { faults: [{ op: "create", status: 503 }] });
    await create(t.ai, { model: MODEL, input: "counted" });
    await failure(create(t.ai, { model: "gpt-4", input: "rejected" }));
    const { body } = await control("requests");
    expect((body.requests as Loose[]).map((r) => r.input)).toEqual(["counted", "rejected"]);
    expect((body.log as Loose[]).map((l) => [l.op, l.status])).toEqual([
      ["create", 503],
      ["create", 200],
      ["create", 404],
    ]);
    expect((await control("stats")).body).toEqual({
      creates: 1,
      requests: 3,
      interactions: 1,
      running: 0,
      pendingFaults: 0,
    });
    await post("reset", {});
    expect((await control("stats")).body).toMatchObject({ creates: 0, requests: 0, interactions: 1 });
    expect(t.emulator.requests).toEqual([]);
    expect((await post("config", { deltaDelayMs: 7 })).body).toEqual({
      deltaDelayMs: 7,
      backgroundStepDelayMs: 5,
      capacity: null,
      retryAfterSeconds: 1,
    });
    expect(t.emulator.pacing.deltaDelayMs).toBe(7);
    expect((await post("config", { deltaDelayMs: -1 })).status).toBe(400);
  });

  it("stream faults through the control endpoint: cut after N events", async () => {
    await post("faults", { op: "stream", cutAfter: 2 });
    const { events, error } = await collect(await createStream(t.ai, { model: MODEL, input: "cut" }));
    expect(events).toHaveLength(2);
    expect(error?.name).toBe("APIConnectionError");
  });
});

describe("creates that upstream accepted but never answered", () => {
  // Why src/gemini never lets the SDK retry a create: the plain SDK sends it again, and upstream runs it twice.
  it("resetAfterCreate: the interaction is made and runs; the plain SDK's retry makes a second one", async () => {
    t.emulator.faults.add([{ op: "create", resetAfterCreate: true }]);
    const made = await create(t.ai, { model: MODEL, input: "reset me", background: true });
    expect(t.emulator.stats().creates).toBe(2);
    expect(t.emulator.store.recs.size).toBe(2);
    expect(t.emulator.log.filter((e) => e.op === "create").map((e) => e.status)).toEqual([0, 200]);
    expect(made.status).toMatch(/in_progress|completed/);
  });

  it("stallCreate: made, and no answer ever comes (not even headers), streaming or not", async () => {
    t.emulator.faults.add([{ op: "create", stallCreate: true, times: 2 }]);
    for (const stream of [false, true]) {
      const ctl = new AbortController();
      const call = (stream ? createStream : create)(t.ai, { model: MODEL, input: "stall" }, { signal: ctl.signal });
      const answered = await Promise.race([
        call.then(
          () => true,
          () => true,
        ),
        sleep(300).then(() => false),
      ]);
      ctl.abort();
      await call.catch(() => undefined);
      expect(answered).toBe(false);
    }
    expect(t.emulator.stats().creates).toBe(2);
    expect(t.emulator.log.every((e) => e.status === 0)).toBe(true);
  });
});
