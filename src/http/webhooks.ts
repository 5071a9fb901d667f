import type { IncomingMessage, ServerResponse } from "node:http";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { Webhook } from "standardwebhooks";
import { z } from "zod";
import { acceptUpstreamEvent, type UpstreamEvent } from "../engine/webhooks/incoming.ts";
import type { Config } from "../infra/config.ts";
import type { Db } from "../infra/db.ts";
import type { Logger } from "../infra/logger.ts";
import { refuse } from "../security/origin.ts";

export const GEMINI_WEBHOOK_PATH = "/webhooks/gemini";
const MAX_BODY = 256 * 1024;
/** Standard Webhooks' tolerance, also the oldest JWT accepted. */
const TOLERANCE_S = 300;

/** The thin upstream payload: `{ type, data: { id } }`; anything else in it is not needed here. */
const Payload = z.object({ type: z.string(), data: z.object({ id: z.string().optional() }).optional() });

class Refused extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    if (!Buffer.isBuffer(chunk)) continue;
    size += chunk.byteLength;
    if (size > MAX_BODY) throw new Refused("body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return typeof v === "string" ? v : "";
};

/**
 * POST /webhooks/gemini: events upstream pushes. Verified with Standard
 * Webhooks against every active secret (a rotation's overlap), or, for a
 * dynamic webhook, an RS256 JWT (`authorization: Bearer`) against the JWKS;
 * the library checks the 300 s window and compares in constant time.
 * Anything unverified answers 401 and is logged; a verified one is handed to
 * `accept` (deduplicated there by webhook-id) and answered 200 at once.
 */
export function createGeminiReceiver(deps: {
  secrets: string[];
  jwksUrl?: string;
  logger: Logger;
  accept: (event: UpstreamEvent) => Promise<boolean>;
}) {
  const signers = deps.secrets.map((s) => new Webhook(s));
  const jwks: JWTVerifyGetKey | undefined = deps.jwksUrl ? createRemoteJWKSet(new URL(deps.jwksUrl)) : undefined;
  const logger = deps.logger.child({ component: "gemini-webhooks" });

  async function verify(req: IncomingMessage, body: string): Promise<unknown> {
    const bearer = /^Bearer (.+)$/.exec(header(req, "authorization"))?.[1];
    if (bearer) {
      if (!jwks) throw new Refused("a JWT came but GEMINI_WEBHOOK_JWKS_URL is not set");
      await jwtVerify(bearer, jwks, { algorithms: ["RS256"], maxTokenAge: TOLERANCE_S }).catch((err: unknown) => {
        throw new Refused(`JWT refused: ${err instanceof Error ? err.message : String(err)}`);
      });
      return JSON.parse(body);
    }
    const headers = {
      "webhook-id": header(req, "webhook-id"),
      "webhook-timestamp": header(req, "webhook-timestamp"),
      "webhook-signature": header(req, "webhook-signature"),
    };
    for (const signer of signers) {
      try {
        return signer.verify(body, headers);
      } catch {
        // The next active secret may have signed it (a rotation's overlap).
      }
    }
    throw new Refused(signers.length ? "no active secret verifies the signature" : "no GEMINI_WEBHOOK_SECRETS set");
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.url?.split("?")[0] ?? "") !== GEMINI_WEBHOOK_PATH) return false;
    if (req.method !== "POST") {
      refuse(res, "METHOD_NOT_ALLOWED", "Only POST", { headers: { allow: "POST" } });
      return true;
    }
    const webhookId = header(req, "webhook-id");
    try {
      const body = await readBody(req);
      if (!webhookId) throw new Refused("no webhook-id");
      const payload = Payload.parse(await verify(req, body));
      const fresh = await deps.accept({ webhookId, type: payload.type, remoteId: payload.data?.id ?? null });
      res.writeHead(200, { "content-type": "application/json" }).end(fresh ? '{"ok":true}' : '{"duplicate":true}');
    } catch (err) {
      if (!(err instanceof Refused || err instanceof z.ZodError || err instanceof SyntaxError)) throw err;
      logger.warn("incoming webhook refused", { webhookId, reason: err.message });
      refuse(res, "WEBHOOK_SIGNATURE_INVALID", "The webhook's signature was not accepted");
    }
    return true;
  };
}

/** The receiver as the app runs it: the configured secrets and JWKS, events handed to the job engine. */
export const geminiReceiverFor = (deps: {
  config: Config;
  db: Db;
  logger: Logger;
  submit: (jobId: string) => Promise<void>;
  push?: { pushed(remoteId: string): void };
}) =>
  createGeminiReceiver({
    secrets: deps.config.GEMINI_WEBHOOK_SECRETS,
    jwksUrl: deps.config.GEMINI_WEBHOOK_JWKS_URL,
    logger: deps.logger,
    accept: (event) => acceptUpstreamEvent(deps, event),
  });
