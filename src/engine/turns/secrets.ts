import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { Upstream } from "../../gemini/client.ts";
import { type CreateBody, isObj as isJsonObject, type JsonObject } from "../../gemini/types.ts";
import { AppError, ValidationError } from "../../infra/errors.ts";
import type { ToolInput, TurnSettings } from "./body.ts";

/**
 * Credentials a turn or a custom agent carries for upstream (`mcpServer.headers`,
 * e.g. a bearer token for the MCP server; an environment's network allowlist
 * `transform`, headers its egress proxy injects). They are sealed the moment a turn arrives:
 * what is saved (Conversation.settings, Interaction.request, Agent.tools and
 * baseEnvironment) and returned holds
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

  /** `field`: the input that carried them, named by the refusal when there is no key. */
  seal(headers: Record<string, string>, owner: string, field = "tools.mcpServer.headers"): SealedHeaders {
    if (!this.key)
      throw new AppError("SECRETS_KEY_MISSING", "This server keeps no credentials: SECRETS_KEY is not set", { field });
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

/** A header map, or upstream's list of them (a network allowlist's `transform`), as one map; undefined otherwise. */
function headerMapOf(value: unknown): Record<string, string> | undefined {
  if (isHeaderMap(value)) return value;
  if (!Array.isArray(value) || !value.every(isHeaderMap)) return undefined;
  return Object.assign({}, ...value);
}

/**
 * The one sealing rule: an object carrying header values under `key` (an
 * mcp_server's `headers`, an allowlist entry's `transform`) keeps their names
 * there and their values in a box for `owner`.
 */
function sealHeaders(obj: JsonObject, key: string, owner: string, secrets: Secrets, field: string): JsonObject {
  if (obj[SEALED] !== undefined) throw new ValidationError(`${SEALED} is written by the server`, field);
  const { [key]: headers, ...rest } = obj;
  if (headers === undefined || headers === null) return rest;
  const map = headerMapOf(headers);
  if (!map) throw new ValidationError(`${key} must be an object of header names to string values`, `${field}.${key}`);
  if (!Object.keys(map).length) return rest;
  const sealed = secrets.seal(map, owner, `${field}.${key}`);
  return { ...rest, [key]: Object.keys(map), [SEALED]: { owner: sealed.owner, box: sealed.box } };
}

/** Sealed as they arrive; already sealed ones kept only for `owner` (names included: nothing will be sent for them). */
function sealOrOwn(obj: JsonObject, key: string, owner: string, secrets: Secrets, field: string): JsonObject {
  if (obj[SEALED] === undefined) return sealHeaders(obj, key, owner, secrets, field);
  const sealed = sealedOf(obj[SEALED]);
  if (!sealed || sealed.owner === owner) return obj;
  const { [key]: _names, [SEALED]: _box, ...rest } = obj;
  return rest;
}

/** The headers opened back under `key`; a box that does not open goes without them. */
function openHeaders(obj: JsonObject, key: string, secrets: Secrets): JsonObject {
  if (obj[SEALED] === undefined) return obj;
  const { [SEALED]: box, [key]: _names, ...rest } = obj;
  const sealed = sealedOf(box);
  const headers = sealed && secrets.open(sealed);
  return headers ? { ...rest, [key]: headers } : rest;
}

/** Header values as the API shows them: by name only, sealed or (rows from before sealing) not. */
function namesOnly(obj: JsonObject, key: string): JsonObject {
  const { [SEALED]: _box, ...rest } = obj;
  const map = headerMapOf(rest[key]);
  return map ? { ...rest, [key]: Object.keys(map) } : rest;
}

/** Each network allowlist entry of an environment value ("remote", an id, or a config) through `f`. */
function mapAllowlist<T>(env: T, f: (entry: JsonObject, field: string) => JsonObject): T | JsonObject {
  if (!isJsonObject(env) || !isJsonObject(env.network) || !Array.isArray(env.network.allowlist)) return env;
  const allowlist = env.network.allowlist.map((e, i) =>
    isJsonObject(e) ? f(e, `environment.config.network.allowlist.${i}`) : e,
  );
  return { ...env, network: { ...env.network, allowlist } };
}

/** Each mcp_server tool (upstream's shape) through `f`. */
function mapMcp(tools: JsonObject[], f: (server: JsonObject, field: string) => JsonObject): JsonObject[] {
  return tools.map((t, i) => (t.type === "mcp_server" ? f(t, `tools.${i}.mcpServer`) : t));
}

const TRANSFORM = "transform";
const HEADERS = "headers";

/** An environment value with its injected header values sealed for `owner`. */
export const sealEnvironment = <T>(env: T, owner: string, secrets: Secrets): T | JsonObject =>
  mapAllowlist(env, (e, field) => sealHeaders(e, TRANSFORM, owner, secrets, field));

/** Upstream tools with each MCP server's header values sealed for `owner`. */
export const sealTools = (tools: JsonObject[], owner: string, secrets: Secrets): JsonObject[] =>
  mapMcp(tools, (t, field) => sealHeaders(t, HEADERS, owner, secrets, field));

/** An environment value as the API shows it: injected headers by name only. */
export const publicEnvironment = <T>(env: T): T | JsonObject => mapAllowlist(env, (e) => namesOnly(e, TRANSFORM));

/** A retrieval config as the API shows it: a search provider's API key only as whether one is set. */
export function publicRetrieval<T>(retrieval: T): T | JsonObject {
  if (!isJsonObject(retrieval)) return retrieval;
  const out: JsonObject = { ...retrieval };
  for (const [k, v] of Object.entries(retrieval)) {
    if (!isJsonObject(v) || !("api_key" in v)) continue;
    const { api_key: key, ...config } = v;
    out[k] = { ...config, api_key_set: typeof key === "string" };
  }
  return out;
}

/** Upstream tools as the API shows them: an MCP server's headers by name only, a retrieval's API keys hidden. */
export const publicTools = (tools: JsonObject[]): JsonObject[] =>
  mapMcp(tools, (t) => namesOnly(t, HEADERS)).map((t) => (t.type === "retrieval" ? publicRetrieval(t) : t));

/** Upstream tools and environment as upstream needs them (a custom agent kept upstream). */
export const openTools = (tools: JsonObject[], secrets: Secrets): JsonObject[] =>
  mapMcp(tools, (t) => openHeaders(t, HEADERS, secrets));
export const openEnvironment = <T>(env: T, secrets: Secrets): T | JsonObject =>
  mapAllowlist(env, (e) => openHeaders(e, TRANSFORM, secrets));

/** A turn's settings as they arrived, with every credential sealed for the user sending the turn. */
export function sealSettings(settings: TurnSettings, owner: string, secrets: Secrets): TurnSettings {
  const environment =
    settings.environment === undefined ? {} : { environment: sealEnvironment(settings.environment, owner, secrets) };
  if (!settings.tools?.some((t) => t.mcpServer)) return { ...settings, ...environment };
  const tools = settings.tools.map((t, i): ToolInput => {
    if (!t.mcpServer) return t;
    const field = `tools.${i}.mcpServer`;
    if (!isJsonObject(t.mcpServer)) throw new ValidationError("mcpServer must be an object", field);
    return { mcpServer: sealHeaders(t.mcpServer, HEADERS, owner, secrets, field) };
  });
  return { ...settings, ...environment, tools };
}

/**
 * A create body as a turn of `owner` sends it: header values still in clear
 * (createInteraction) sealed, and credentials of anyone else dropped, names
 * included (an admin's turn in a user's conversation, an answer to another
 * user's function calls, another user's shared agent): the body is what
 * Interaction.request keeps.
 */
export function sealBody(body: CreateBody, owner: string, secrets: Secrets): CreateBody {
  const out: CreateBody = { ...body };
  if (body.tools?.some((t) => t.type === "mcp_server"))
    out.tools = mapMcp(body.tools, (t, field) => sealOrOwn(t, HEADERS, owner, secrets, field));
  if (body.environment !== undefined)
    out.environment = mapAllowlist(body.environment, (e, field) => sealOrOwn(e, TRANSFORM, owner, secrets, field));
  return out;
}

/** What the API shows of saved settings: header names, never the box. */
export function publicSettings(settings: TurnSettings): TurnSettings {
  const out: TurnSettings = { ...settings };
  if (settings.environment !== undefined) out.environment = publicEnvironment(settings.environment);
  if (!settings.tools?.some((t) => isJsonObject(t.mcpServer) || t.retrieval)) return out;
  out.tools = settings.tools.map((t): ToolInput => {
    if (t.retrieval) return { ...t, retrieval: publicRetrieval(t.retrieval) };
    if (!isJsonObject(t.mcpServer)) return t;
    return { ...t, mcpServer: namesOnly(t.mcpServer, HEADERS) };
  });
  return out;
}

/** The body as upstream needs it: sealed headers opened; one that does not open goes without them. */
function openBody(body: CreateBody, secrets: Secrets): CreateBody {
  const out: CreateBody = { ...body };
  if (body.tools) out.tools = openTools(body.tools, secrets);
  if (body.environment !== undefined) out.environment = openEnvironment(body.environment, secrets);
  return out;
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
