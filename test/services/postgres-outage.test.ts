import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/emulator/server.ts";
import { postGql } from "../support/clients.ts";
import { tempDatabase } from "../support/pg.ts";
import { logRecords, type ServerProcess, startServerProcess } from "../support/server-process.ts";
import { waitFor } from "../support/wait.ts";

const { DATABASE_URL } = process.env;
if (!DATABASE_URL) throw new Error("The services suite needs DATABASE_URL");

/**
 * The machine's PostgreSQL is shared and nobody may stop it: the server reaches it through a TCP
 * relay of this file's own, and the outage is the relay cutting every connection and refusing new ones.
 */
class Relay {
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(private target: { host: string; port: number }) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const db = connect(this.target.port, this.target.host);
      for (const s of [client, db]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => undefined);
      }
      client.pipe(db).pipe(client);
      client.on("close", () => db.destroy());
      db.on("close", () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    const address = server.address();
    if (address && typeof address === "object") this.port = address.port;
    this.server = server;
  }

  /** Every connection cut, and new ones refused (nothing listens on the port). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

let emulator: Emulator;
let db: Awaited<ReturnType<typeof tempDatabase>>;
let relay: Relay;
let server: ServerProcess;

beforeAll(async () => {
  emulator = await startEmulator();
  db = await tempDatabase(DATABASE_URL);
  const url = new URL(db.url);
  relay = new Relay({ host: url.hostname, port: Number(url.port || 5432) });
  await relay.open();
  url.port = String(relay.port);
  server = await startServerProcess(
    {
      DATABASE_URL: url.toString(),
      GEMINI_BASE_URL: emulator.url,
      GEMINI_API_KEY: "services-pg-outage-key",
      LOG_LEVEL: "info",
    },
    60_000,
  );
}, 120_000);
afterAll(async () => {
  await server?.stop("SIGKILL");
  await relay?.cut();
  await emulator?.close();
  await db?.drop();
});

const ready = async () => (await fetch(`${server.url}/readyz`).catch(() => undefined))?.status;
type Answer = { data?: unknown; errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[] };
const send = async (text: string) => {
  const res = await postGql(server.url, "mutation($i: SendMessageInput!) { sendMessage(input: $i) { id status } }", {
    i: { model: "gemini-3.5-flash", text },
  });
  return { status: res.status, body: (await res.json()) as Answer };
};

describe("the server's PostgreSQL goes away", () => {
  it("requests answer SERVICE_UNAVAILABLE (retryable), /readyz 503, one log line for the outage; all well once it is back", async () => {
    expect((await send("before the outage")).body.errors).toBeUndefined();
    const linesBefore = server.output().split("\n").length;
    await relay.cut();
    await waitFor("/readyz to answer 503", async () => (await ready()) === 503, { timeoutMs: 15_000 });
    for (let i = 0; i < 10; i++) {
      const { status, body } = await send(`during the outage ${i}`);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe("SERVICE_UNAVAILABLE");
      expect(body.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
      expect(status).toBe(503);
    }
    const list = await postGql(server.url, "{ conversations(first: 5) { edges { node { id } } } }");
    const listed = (await list.json()) as Answer;
    expect(listed.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    const during = server.output().split("\n").slice(linesBefore);
    const records = logRecords(during.join("\n"));
    // One line for the outage, however many requests (11) and probes met it; none of them logged on its own.
    expect(records.filter((r) => r.msg === "database unavailable")).toHaveLength(1);
    expect(records.filter((r) => r.msg === "unexpected error")).toEqual([]);
    expect(during.filter((l) => l.trim() && !l.startsWith("{"))).toEqual([]);

    await relay.open();
    await waitFor("/readyz to answer 200 again", async () => (await ready()) === 200, { timeoutMs: 30_000 });
    const after = await send("after the outage");
    expect(after.body.errors).toBeUndefined();
    expect(logRecords(server.output()).filter((r) => r.msg === "database available again")).toHaveLength(1);
  }, 120_000);
});
