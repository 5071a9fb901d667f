import { mkdtemp, rm } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../src/emulator/server.ts";
import { ChatDocument, CreateInteractionDocument } from "./generated/graphql.ts";
import { collectWs } from "./support/clients.ts";
import { type ServerProcess, startServerProcess } from "./support/server-process.ts";

const SECRET = "AIzaSy-raw-output-secret-7c1e9d";

let emulator: Emulator | undefined;
let proxy: Server | undefined;
let server: ServerProcess | undefined;
let dataDir: string | undefined;
afterAll(async () => {
  await server?.stop("SIGKILL");
  await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
  await emulator?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** A pass-through to the emulator that records the API key each upstream request carried. */
async function keyRecordingProxy(target: string, keys: string[]): Promise<string> {
  const to = new URL(target);
  proxy = createServer((req, res) => {
    keys.push(String(req.headers["x-goog-api-key"] ?? ""));
    const out = request(
      { host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        // A cut upstream stream (a fault) must reach the server as a cut, not as a stall.
        up.on("aborted", () => res.destroy());
        up.on("error", () => res.destroy());
        up.pipe(res);
      },
    );
    out.on("error", () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((r) => proxy?.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}

async function post(url: string, query: string, variables: unknown) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

it("never writes the upstream API key to the server's raw stdout or stderr, or to a response", async () => {
  emulator = await startEmulator({ deltaDelayMs: 2 });
  const keys: string[] = [];
  const upstream = await keyRecordingProxy(emulator.url, keys);
  dataDir = await mkdtemp(join(tmpdir(), "gig-secrets-"));
  // Started like `npm start`, logging everything; what it prints is read unfiltered.
  server = await startServerProcess(
    { DATA_DIR: dataDir, GEMINI_BASE_URL: upstream, GEMINI_API_KEY: SECRET, LOG_LEVEL: "debug" },
    60_000,
  );
  const { print } = await import("graphql");

  // Upstream refuses the key (401, echoing it back in its message), cuts a stream (resumed), and serves a chat.
  emulator.faults.add([{ op: "create", status: 401, message: `API key not valid: ${SECRET}`, times: 1 }]);
  const refused = await post(server.url, print(CreateInteractionDocument), {
    input: { model: "gemini-3.5-flash", text: "leak?" },
  });
  expect(refused.errors?.[0]?.extensions?.code).toBe("UPSTREAM_UNAUTHORIZED");
  emulator.faults.add([{ op: "stream", cutAfter: 3, times: 1 }]);
  const ok = await post(server.url, print(CreateInteractionDocument), {
    input: { model: "gemini-3.5-flash", text: "Hello there" },
  });
  expect(ok.errors).toBeUndefined();
  const chat = await collectWs(server.url, ChatDocument, { input: { text: "And a chat" } });
  expect(chat.errors).toEqual([]);
  await server.stop("SIGTERM");

  // The key was really in use upstream, so its absence below means something.
  expect(keys.length).toBeGreaterThanOrEqual(3);
  expect(new Set(keys)).toEqual(new Set([SECRET]));
  const raw = server.output();
  expect(raw).toContain("GraphiQL");
  expect(raw).toMatch(/"level":"(debug|info|warn|error)"/);
  expect(raw).not.toContain(SECRET);
  expect(JSON.stringify([refused, ok, chat])).not.toContain(SECRET);
}, 120_000);
