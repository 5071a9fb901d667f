import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/infra/logger.ts";
import { CreateInteractionDocument } from "./generated/graphql.ts";
import { type Harness, startHarness, TEST_API_KEY } from "./support/harness.ts";
import { MODEL } from "./support/jobs.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Line = Record<string, unknown> & { msg: string; err?: { stack?: string; message?: string; code?: string } };
const lines = () => h.logs.map((l) => JSON.parse(l) as Line);

/** A createInteraction over real HTTP (the server's own request handling, not yoga.fetch). */
async function create(text: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: print(CreateInteractionDocument), variables: { input: { model: MODEL, text } } }),
  });
  const body = (await res.json()) as {
    data?: { createInteraction: { id: string; status: string } };
    errors?: { extensions?: { code?: string } }[];
  };
  return { res, body };
}

describe("logs", () => {
  it("a run failed upstream is logged with the request id, the interaction id and the stack", async () => {
    // The stream is cut, and resuming it is refused: the run fails with the upstream error as its cause.
    h.emulator.faults.add([
      { op: "create", cutAfter: 3 },
      { op: "get", status: 400, message: "resume refused", times: 10 },
    ]);
    const { res, body } = await create("doomed mid-stream", { "x-request-id": "req-upstream-42" });
    h.emulator.faults.clear();
    expect(res.headers.get("x-request-id")).toBe("req-upstream-42");
    const id = body.data?.createInteraction.id as string;
    expect(body.data?.createInteraction.status).toBe("FAILED");
    const line = lines().find((l) => l.msg === "run failed upstream" && l.interactionId === id);
    expect(line).toMatchObject({ level: "error", requestId: "req-upstream-42", interactionId: id });
    expect(line?.err?.message).toMatch(/resume refused/);
    expect(line?.err?.stack).toMatch(/\n\s+at /);
  });

  it("an upstream refusal is logged once with the request, viewer and operation, and the stack", async () => {
    h.emulator.faults.add([{ op: "create", status: 400, message: "no such thing" }]);
    const { res, body } = await create("refused", {});
    expect(body.errors?.[0]?.extensions?.code).toBe("UPSTREAM_BAD_REQUEST");
    const requestId = res.headers.get("x-request-id") as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const mine = lines().filter((l) => l.requestId === requestId);
    const error = mine.find((l) => l.msg === "upstream error");
    expect(error).toMatchObject({ level: "warn", code: "UPSTREAM_BAD_REQUEST", viewerId: "local" });
    expect(error?.err?.stack).toMatch(/\n\s+at /);
    // And one access line for the request, with the operation it ran.
    const access = mine.filter((l) => l.msg === "request");
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      method: "POST",
      path: "/graphql",
      status: 200,
      operationName: "CreateInteraction",
    });
    expect(typeof access[0]?.durationMs).toBe("number");
  });

  it("an invalid x-request-id is replaced, never echoed", async () => {
    const res = await fetch(`${h.url}/healthz`, { headers: { "x-request-id": "bad id with spaces; and {braces}" } });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("expected network errors are one line without a stack; others keep theirs", () => {
    const out: string[] = [];
    const log = createLogger({ level: "info", write: (l) => out.push(l) });
    log.warn("client went away", { err: Object.assign(new Error("write EPIPE"), { code: "EPIPE" }) });
    log.error("broken", { err: new Error("really broken") });
    const [pipe, broken] = out.map((l) => JSON.parse(l) as Line);
    expect(pipe?.err).toEqual({ type: "Error", code: "EPIPE", message: "write EPIPE" });
    expect(broken?.err?.stack).toMatch(/\n\s+at /);
  });

  it("never writes the API key, even when upstream echoes it in an error", async () => {
    h.emulator.faults.add([{ op: "create", status: 400, message: `key ${TEST_API_KEY} is not valid` }]);
    const { body } = await create("echo my key");
    expect(body.errors?.length).toBeGreaterThan(0);
    const all = h.logs.join("\n");
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(TEST_API_KEY);
    expect(all).toContain("[redacted]");
  });
});
