import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PARSED_BODY_BYTES } from "../src/security/body-limit.ts";
import { type Harness, startHarness } from "./support/harness.ts";

const LIMIT = 1024 * 1024;
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { FILE_MAX_BYTES: String(LIMIT) } });
});
afterAll(async () => {
  await h?.close();
});

/**
 * Streams a multipart upload of `size` bytes (generated chunk by chunk, never
 * held whole) and reports what the server answered and how much of the body
 * it took before answering.
 */
const boundary = "----gigboundary";
const multipartHead = () =>
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
      JSON.stringify({ query: "mutation($f: Upload!) { uploadFile(file: $f) { id } }", variables: { f: null } }) +
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}` +
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );

function streamUpload(size: number): Promise<{ status: number; body: string; sentBeforeAnswer: number }> {
  const head = multipartHead();
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL(`${h.url}/graphql`);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = -1;
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST" }, (res) => {
      answered = sent;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sentBeforeAnswer: answered });
      });
    });
    req.setHeader("content-type", `multipart/form-data; boundary=${boundary}`);
    req.setHeader("x-graphql-yoga-csrf", "1");
    req.on("error", (err) => (answered >= 0 ? undefined : reject(err)));
    const chunk = Buffer.alloc(64 * 1024, 7);
    req.write(head);
    const pump = () => {
      while (answered < 0 && sent < size) {
        sent += chunk.byteLength;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (answered < 0) req.end(tail);
    };
    pump();
  });
}

describe("upload size limit", () => {
  it("cuts an over-size upload at the limit: 413, memory flat, the rest never read, nothing stored", async () => {
    const before = { files: await h.database.prisma.file.count(), blobs: await h.database.prisma.blob.count() };
    const body = 512 * 1024 * 1024;
    global.gc?.();
    const start = process.memoryUsage();
    let peakRss = start.rss;
    let peakHeap = start.heapUsed;
    let peakBuffers = start.arrayBuffers;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
    }, 5);
    const res = await streamUpload(body);
    clearInterval(sampler);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe("REQUEST_TOO_LARGE");
    // The server answered long before the client could send the whole body.
    expect(res.sentBeforeAnswer).toBeLessThan(body / 8);
    // Memory stays within a few times the limit, not the body (512 MB).
    expect(peakHeap - start.heapUsed).toBeLessThan(64 * 1024 * 1024);
    expect(peakBuffers - start.arrayBuffers).toBeLessThan(64 * 1024 * 1024);
    expect(peakRss - start.rss).toBeLessThan(128 * 1024 * 1024);
    expect({ files: await h.database.prisma.file.count(), blobs: await h.database.prisma.blob.count() }).toEqual(
      before,
    );
    console.log(
      `upload-limit: body ${body >> 20} MiB, sent before answer ${(res.sentBeforeAnswer / 2 ** 20).toFixed(1)} MiB, ` +
        `heap +${((peakHeap - start.heapUsed) / 2 ** 20).toFixed(1)} MiB, ` +
        `buffers +${((peakBuffers - start.arrayBuffers) / 2 ** 20).toFixed(1)} MiB, rss +${((peakRss - start.rss) / 2 ** 20).toFixed(1)} MiB`,
    );
  });

  it("still accepts a file just under the limit", async () => {
    const res = await streamUpload(LIMIT - 64 * 1024);
    expect(res.status).toBe(200);
    // Zeros-like filler is no media type: refused on its type, not on its size.
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe("FILE_TYPE_NOT_ALLOWED");
  });

  it("refuses an upload that declares a length over the parse limit before reading its body", async () => {
    const url = new URL(`${h.url}/graphql`);
    const declared = MAX_PARSED_BODY_BYTES + 1;
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST" }, (r) => {
        let body = "";
        r.setEncoding("utf8");
        r.on("data", (d) => {
          body += d;
        });
        r.on("end", () => {
          req.destroy();
          resolve({ status: r.statusCode ?? 0, body });
        });
      });
      req.setHeader("content-type", "multipart/form-data; boundary=x");
      req.setHeader("content-length", String(declared));
      req.setHeader("x-graphql-yoga-csrf", "1");
      req.on("error", reject);
      req.write("--x\r\n"); // the rest never comes: the answer must not wait for it
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe("REQUEST_TOO_LARGE");
  });
});

describe("Node's fetch sees the 413 of an oversize upload", () => {
  const form = (size: number) => {
    const f = new FormData();
    f.append(
      "operations",
      JSON.stringify({ query: "mutation($f: Upload!) { uploadFile(file: $f) { id } }", variables: { f: null } }),
    );
    f.append("map", JSON.stringify({ 0: ["variables.f"] }));
    f.append("0", new Blob([Buffer.alloc(size, 7)], { type: "application/octet-stream" }), "big.bin");
    return f;
  };
  const send = (body: FormData) =>
    fetch(`${h.url}/graphql`, { method: "POST", body, headers: { "x-graphql-yoga-csrf": "1" } });

  it("a file over FILE_MAX_BYTES in a body under the parse limit: 413 REQUEST_TOO_LARGE, not a network error", async () => {
    const res = await send(form(5 * LIMIT));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe("REQUEST_TOO_LARGE");
  });

  it("a body over the parse limit: 413 REQUEST_TOO_LARGE, not a network error", async () => {
    const res = await send(form(MAX_PARSED_BODY_BYTES + 1024));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe("REQUEST_TOO_LARGE");
  });
});
