import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUpstream } from "../src/gemini/client.ts";
import { createEnvironments } from "../src/gemini/environments.ts";
import { EnvironmentFilesDocument } from "./generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * A sandbox file of several MB comes from upstream as a stream: the server
 * answers with its first bytes while upstream still holds the rest. The
 * upstream here is a stub of the environments resource that sends the first
 * megabyte, then waits until the client has received bytes from the server
 * before it sends the rest: a server that read the whole file first never
 * answers (the test times out).
 */

const ENV = "env_streamed";
const MB = 1024 * 1024;
const big = Buffer.alloc(6 * MB);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 12)) & 0xff;

let stub: Server;
let stubUrl = "";
let h: Harness;
/** Resolves the stub's hold on the rest of the file (only the first download is held). */
let letRestGo: (() => void) | undefined;
let held = false;

beforeAll(async () => {
  stub = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://stub").pathname;
    const at = `/v1beta/environments/${ENV}`;
    const json = (body: unknown) =>
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (path === at) return json({ id: ENV, status: "active", file_count: 1, size_bytes: String(big.length) });
    if (path === `${at}/files/` || path === `${at}/files`)
      return json({ files: [{ path: "data.bin", size_bytes: String(big.length), type: "file" }] });
    if (path === `${at}/files/data.bin` && req.url?.includes("alt=media")) {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(big.length) });
      if (held) return void res.end(big);
      held = true;
      res.write(big.subarray(0, MB));
      void new Promise<void>((resolve) => {
        letRestGo = resolve;
      }).then(() => res.end(big.subarray(MB)));
      return;
    }
    res.writeHead(404, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => stub.listen(0, "127.0.0.1", resolve));
  const address = stub.address();
  stubUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const base = createUpstream({ apiKey: "stub-key", baseUrl: stubUrl, emulated: true });
  h = await startHarness({
    app: { upstream: { ...base, environments: createEnvironments({ apiKey: "stub-key", baseUrl: stubUrl }) } },
  });
}, 60_000);
afterAll(async () => {
  letRestGo?.();
  await h?.close();
  await new Promise((resolve) => stub?.close(resolve));
});

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("sandbox files streamed from upstream", () => {
  it("sends a 6 MB file's first bytes before upstream has sent the rest, then every byte; a range skips to its start", async () => {
    const owner = await userWithKey(h.database.prisma);
    // The owner's run used the sandbox: that is what gives them access to it.
    await h.database.prisma.interaction.create({
      data: { ownerId: owner.user.id, status: "completed", completedAt: new Date(), environmentId: ENV },
    });
    const { environment } = await h.ok(EnvironmentFilesDocument, { id: ENV }, owner.headers);
    const url = environment?.files.edges[0]?.node.url as string;
    expect(url).toContain(`/environments/${ENV}/files/data.bin`);

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(big.length));
    const reader = res.body?.getReader();
    const chunks: Uint8Array[] = [];
    const first = await reader?.read();
    if (first?.value) chunks.push(first.value);
    // Bytes arrived while upstream still holds the last 5 MB: now it may send them.
    letRestGo?.();
    for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) chunks.push(next.value);
    const got = Buffer.concat(chunks);
    expect(got.length).toBe(big.length);
    expect(sha(got)).toBe(sha(big));

    const ranged = await fetch(url, { headers: { range: `bytes=${3 * MB}-${3 * MB + 99}` } });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer())).toEqual(big.subarray(3 * MB, 3 * MB + 100));
  });
});
