import { existsSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { resolve } from "node:path";
import sirv from "sirv";
import { refuse } from "../security/origin.ts";

/**
 * The pages' policy: scripts, styles, images, sockets only from this origin
 * (plus data:/blob: images for media fetched with a key). The browser itself
 * then refuses any request that would leave the server's origin.
 */
const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  // Chart.js sizes its canvas through the style attribute.
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

export type WebHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Serves the built web app (web/dist): hashed assets cached for good, and
 * index.html for `/`, `/admin` and any other page path (the app routes
 * itself). `/graphql` never reaches it. When the app was not built, pages
 * answer 503 with the command that builds it.
 */
export function createWebHandler(dir: string): WebHandler {
  const root = resolve(dir);
  const built = () => existsSync(resolve(root, "index.html"));
  const serve = sirv(root, {
    etag: true,
    single: true,
    dotfiles: false,
    setHeaders: (res, pathname) => {
      if (pathname.startsWith("/assets/")) res.setHeader("cache-control", "public, max-age=31536000, immutable");
      else res.setHeader("cache-control", "no-cache");
      res.setHeader("content-security-policy", CSP);
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader("referrer-policy", "no-referrer");
    },
  });
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (!built()) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("The web app is not built: run `npm run build:web` (npm ci and npm start do it).\n");
      return true;
    }
    await new Promise<void>((done) => {
      res.once("finish", done);
      res.once("close", done);
      serve(req, res, () => {
        refuse(res, "NOT_FOUND", `No page or file at ${req.url?.split("?")[0]}`, { status: 404 });
      });
    });
    return true;
  };
}
