import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { Upstream } from "../../gemini/client.ts";
import { type CreateBody, isObj as isJsonObject, type JsonObject } from "../../gemini/types.ts";
import { AppError, ValidationError } from "../../infra/errors.ts";
import type { ToolInput, TurnSettings } from "./body.ts";

/**
 * Credentials a turn carries for upstream (today: `mcpServer.headers`, e.g. a
 * bearer token for the MCP server). They are sealed the moment a turn arrives:
 * what is saved (Conversation.settings, Interaction.request) and returned holds
 * the header names and an AES-256-GCM box bound to the user who sent them; the
 * plaintext exists only in the body handed to upstream (withSecrets), and a
 * turn by anyone else drops the box instead of re-sending it.
 */
export interface SealedHeaders {
  /** The user whose turn sent them: also the box's additional data, so it cannot be moved to another user. */
  owner: string;
  /** v1.<iv>.<tag>.<ciphertext>, base64url. */
  box: string;
}

const SEALED = "sealed_headers";
const VERSION = "v1";

export class Secrets {
  private readonly key: Buffer | undefined;
  constructor(secret: string | undefined) {
    // A derived key: SECRETS_KEY may be any long string, and the same one could serve another purpose unharmed.
    this.key = secret ? Buffer.from(hkdfSync("sha256", secret, "gig-secrets", "mcp-headers", 32)) : undefined;
  }

  /** Whether SECRETS_KEY is set (else nothing can be sealed). */
  get enabled(): boolean {
    return this.key !== undefined;
  }

  seal(headers: Record<string, string>, owner: string): SealedHeaders {
    if (!this.key)
      throw new AppError("SECRETS_KEY_MISSING", "This server keeps no credentials: SECRETS_KEY is not set", {
        field: "tools.mcpServer.headers",
      });
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    cipher.setAAD(Buffer.from(owner));
    const data = Buffer.concat([cipher.update(JSON.stringify(headers), "utf8"), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url"));
    return { owner, box: [VERSION, ...parts].join(".") };
  }

  /** The headers, or undefined when the box does not open (another key, another owner, tampered). */
  open(sealed: SealedHeaders): Record<string, string> | undefined {
    const [version, iv, tag, data] = sealed.box.split(".");
    if (!this.key || version !== VERSION || !iv || !tag || !data) return undefined;
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"));
      decipher.setAAD(Buffer.from(sealed.owner));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      const text = Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
      const parsed: unknown = JSON.parse(text);
      return isHeaderMap(parsed) ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
}

function isHeaderMap(value: unknown): value is Record<string, string> {
  return isJsonObject(value) && Object.values(value).every((v) => typeof v === "string");
}

function sealedOf(value: unknown): SealedHeaders | undefined {
  if (!isJsonObject(value)) return undefined;
  const { owner, box } = value;
  return typeof owner === "string" && typeof box === "string" ? { owner, box } : undefined;
}

/** One mcp_server config as a client sent it, with its header values sealed. */
function sealServer(server: JsonObject, owner: string, secrets: Secrets, field: string): JsonObject {
  const { headers, ...rest } = server;
  if (headers === undefined || headers === null) return rest;
  if (!isHeaderMap(headers))
    throw new ValidationError(
      "mcpServer.headers must be an object of header names to string values",
      `${field}.headers`,
    );
  if (!Object.keys(headers).length) return rest;
  const sealed = secrets.seal(headers, owner);
  return { ...rest, headers: Object.keys(headers), [SEALED]: { owner: sealed.owner, box: sealed.box } };
}

/** A turn's settings as they arrived, with every credential sealed for the user sending the turn. */
export function sealSettings(settings: TurnSettings, owner: string, secrets: Secrets): TurnSettings {
  if (!settings.tools?.some((t) => t.mcpServer)) return settings;
  const tools = settings.tools.map((t, i): ToolInput => {
    if (!t.mcpServer) return t;
    const field = `tools.${i}.mcpServer`;
    if (!isJsonObject(t.mcpServer)) throw new ValidationError("mcpServer must be an object", field);
    if (t.mcpServer[SEALED] !== undefined) throw new ValidationError(`${SEALED} is written by the server`, field);
    return { mcpServer: sealServer(t.mcpServer, owner, secrets, field) };
  });
  return { ...settings, tools };
}

/**
 * A create body as a turn of `owner` sends it: header values still in clear
 * (createInteraction) sealed, and credentials of anyone else dropped, names
 * included (an admin's turn in a user's conversation, an answer to another
 * user's function calls): the body is what Interaction.request keeps.
 */
export function sealBody(body: CreateBody, owner: string, secrets: Secrets): CreateBody {
  if (!body.tools?.some((t) => t.type === "mcp_server")) return body;
  const tools = body.tools.map((t, i) => {
    if (t.type !== "mcp_server") return t;
    return t[SEALED] === undefined ? sealServer(t, owner, secrets, `tools.${i}.mcpServer`) : ownOnly(t, owner);
  });
  return { ...body, tools };
}

/** A server config without the credentials of anyone but `owner` (names included: nothing will be sent for them). */
function ownOnly(server: JsonObject, owner: string): JsonObject {
  const sealed = sealedOf(server[SEALED]);
  if (!sealed || sealed.owner === owner) return server;
  const { headers: _names, [SEALED]: _box, ...rest } = server;
  return rest;
}

/** What the API shows of saved settings: header names, never the box. */
export function publicSettings(settings: TurnSettings): TurnSettings {
  if (!settings.tools?.some((t) => isJsonObject(t.mcpServer))) return settings;
  const tools = settings.tools.map((t): ToolInput => {
    if (!isJsonObject(t.mcpServer)) return t;
    const { [SEALED]: _box, ...server } = t.mcpServer;
    return { ...t, mcpServer: server };
  });
  return { ...settings, tools };
}

/** The body as upstream needs it: sealed headers opened; one that does not open goes without them. */
function openBody(body: CreateBody, secrets: Secrets): CreateBody {
  if (!body.tools?.some((t) => t[SEALED] !== undefined)) return body;
  const tools = body.tools.map((t) => {
    if (t[SEALED] === undefined) return t;
    const { [SEALED]: box, headers: _names, ...rest } = t;
    const sealed = sealedOf(box);
    const headers = sealed && secrets.open(sealed);
    return headers ? { ...rest, headers } : rest;
  });
  return { ...body, tools };
}

/** Upstream calls with credentials opened at the last moment: nothing before this ever holds them in clear. */
export function withSecrets(upstream: Upstream, secrets: Secrets): Upstream {
  return {
    emulated: upstream.emulated,
    create: (body, opts) => upstream.create(openBody(body, secrets), opts),
    stream: (body, opts) => upstream.stream(openBody(body, secrets), opts),
    get: (id, opts) => upstream.get(id, opts),
    follow: (id, last, opts) => upstream.follow(id, last, opts),
    cancel: (id, opts) => upstream.cancel(id, opts),
    delete: (id, opts) => upstream.delete(id, opts),
    environments: upstream.environments,
  };
}
