import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveViewer } from "../src/engine/access/identity.ts";
import { UnauthenticatedError } from "../src/infra/errors.ts";
import {
  ApiKeysDocument,
  AuditLogDocument,
  CreateApiKeyDocument,
  CreateInteractionDocument,
  CreateUserDocument,
  DisableUserDocument,
  EnableUserDocument,
  JobUpdatesDocument,
  ListConversationsDocument,
  ModelsDocument,
  RevokeApiKeyDocument,
  SetUserRoleDocument,
  UsersDocument,
  ViewerApiKeysDocument,
  ViewerDocument,
} from "./generated/graphql.ts";
import { wsClient } from "./support/clients.ts";
import { userWithKey } from "./support/factories.ts";
import { type GqlError, type Harness, startHarness } from "./support/harness.ts";
import { sleep } from "./support/wait.ts";

let h: Harness;
beforeAll(async () => {
  // Auth on: no anonymous fallback, as a shared deployment runs.
  h = await startHarness({ env: { ALLOW_ANONYMOUS: "false" } });
});
afterAll(async () => {
  await h?.close();
});

/** Over the real port, so the HTTP status is the one a client sees. */
async function post<R, V>(doc: TypedDocumentNode<R, V>, variables: V, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R | null; errors?: GqlError[] };
  return { status: res.status, body, code: body.errors?.[0]?.extensions?.code };
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

/**
 * Opens a graphql-ws subscription that stays open (jobUpdates without an id):
 * `connected` resolves once the server acknowledged the socket, `closed` with
 * the close code and reason (rejects after `within` ms).
 */
function socketOf(connectionParams: Record<string, unknown> | undefined, within = 5_000) {
  let acked: () => void = () => undefined;
  const connected = new Promise<void>((r) => {
    acked = r;
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("socket was not closed")), within);
    const client = wsClient(h.url, connectionParams);
    client.on("connected", () => acked());
    client.on("closed", (e) => {
      clearTimeout(timer);
      const ev = e as { code: number; reason: string };
      resolve({ code: ev.code, reason: String(ev.reason) });
    });
    const noop = () => undefined;
    client.subscribe({ query: print(JobUpdatesDocument), variables: {} }, { next: noop, error: noop, complete: noop });
  });
  return { connected, closed };
}

describe("authentication errors a client can act on", () => {
  it("no credentials: UNAUTHENTICATED with HTTP 401 (public fields still answer)", async () => {
    const res = await post(ListConversationsDocument, {});
    expect(res.status).toBe(401);
    expect(res.code).toBe("UNAUTHENTICATED");
    const models = await post(ModelsDocument, {});
    expect(models.status).toBe(200);
    expect(models.body.data?.models.length).toBeGreaterThan(0);
    const viewer = await post(ViewerDocument, {});
    expect(viewer.body.data?.viewer).toBeNull();
  });

  it("a wrong key, a malformed header and a revoked key: UNAUTHENTICATED 401, never anonymous", async () => {
    for (const authorization of ["Bearer gik_not-a-real-key", "Basic abc", "Bearer"]) {
      const res = await post(ListConversationsDocument, {}, { authorization });
      expect(res.status, authorization).toBe(401);
      expect(res.code, authorization).toBe("UNAUTHENTICATED");
    }
    const u = await userWithKey(h.database.prisma);
    expect((await post(ListConversationsDocument, {}, u.headers)).status).toBe(200);
    const revoked = await post(RevokeApiKeyDocument, { id: u.key.id }, u.headers);
    expect(revoked.body.data?.revokeApiKey.revokedAt).toBeTruthy();
    const after = await post(ListConversationsDocument, {}, u.headers);
    expect([after.status, after.code]).toEqual([401, "UNAUTHENTICATED"]);
    // Public fields refuse a bad key too: a client learns its key is bad on its first request.
    expect((await post(ModelsDocument, {}, u.headers)).status).toBe(401);
  });

  it("the wrong role or scope: FORBIDDEN with HTTP 403", async () => {
    const user = await userWithKey(h.database.prisma);
    const res = await post(UsersDocument, {}, user.headers);
    expect([res.status, res.code]).toEqual([403, "FORBIDDEN"]);
    const readOnly = await userWithKey(h.database.prisma, "USER", ["READ"]);
    expect((await post(ListConversationsDocument, {}, readOnly.headers)).status).toBe(200);
    const write = await post(CreateInteractionDocument, { input: { text: "hi" } }, readOnly.headers);
    expect([write.status, write.code]).toEqual([403, "FORBIDDEN"]);
    // An admin's key without the ADMIN scope acts as a plain user.
    const adminAsUser = await userWithKey(h.database.prisma, "ADMIN", ["READ", "WRITE"]);
    expect((await post(UsersDocument, {}, adminAsUser.headers)).code).toBe("FORBIDDEN");
    // ...and cannot mint itself a stronger key.
    const mint = await post(CreateApiKeyDocument, { input: { name: "x", scopes: ["ADMIN"] } }, adminAsUser.headers);
    expect(mint.code).toBe("VALIDATION_ERROR");
  });

  it("graphql-ws: no credentials or a wrong key close the socket with 4401 and a reason", async () => {
    const none = await socketOf(undefined).closed;
    expect(none.code).toBe(4401);
    expect(none.reason).toMatch(/API key/);
    const wrong = await socketOf({ authorization: "Bearer gik_wrong" }).closed;
    expect(wrong.code).toBe(4401);
    expect(wrong.reason).toMatch(/unknown or revoked/);
  });

  it("looks a key up once, not per request, and a revocation still refuses it on the very next request", async () => {
    const u = await userWithKey(h.database.prisma);
    const keyLookups = () => h.queries.filter((q) => q.includes('FROM "ApiKey" k')).length;
    const before = keyLookups();
    for (let i = 0; i < 20; i++) expect((await post(ViewerDocument, {}, u.headers)).status).toBe(200);
    expect(keyLookups() - before).toBe(1);
    await post(RevokeApiKeyDocument, { id: u.key.id }, u.headers);
    expect((await post(ViewerDocument, {}, u.headers)).status).toBe(401);
  });

  it("the server console credential (admin.token) works only from a loopback address", async () => {
    const opts = { allowAnonymous: false, consoleToken: "gic_console-test-token" };
    const header = "Bearer gic_console-test-token";
    const noKeys = async () => null;
    const local = await resolveViewer(noKeys, header, { ...opts, remoteAddress: "127.0.0.1" });
    expect(local?.role).toBe("ADMIN");
    await expect(resolveViewer(noKeys, header, { ...opts, remoteAddress: "10.1.2.3" })).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it("revoking a key closes its open subscription with 4403 within a second", async () => {
    const u = await userWithKey(h.database.prisma);
    const other = await userWithKey(h.database.prisma);
    const watching = socketOf(u.headers, 10_000);
    const bystander = socketOf(other.headers, 10_000);
    await Promise.all([watching.connected, bystander.connected]);
    const started = Date.now();
    await post(RevokeApiKeyDocument, { id: u.key.id }, u.headers);
    const closed = await watching.closed;
    expect(closed.code).toBe(4403);
    expect(Date.now() - started).toBeLessThan(1_000);
    // The other user's socket stays open.
    const still = await Promise.race([bystander.closed.then(() => "closed"), sleep(300).then(() => "open")]);
    expect(still).toBe("open");
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const t0 = Date.now();
    await post(DisableUserDocument, { userId: other.user.id }, admin.headers);
    expect((await bystander.closed).code).toBe(4403);
    expect(Date.now() - t0).toBeLessThan(1_000);
  });
});

describe("users and keys over GraphQL", () => {
  it("an admin creates a user and a key; the secret is shown once and works; the user lists and revokes their own", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const created = await post(CreateUserDocument, { input: { name: "carol" } }, admin.headers);
    const carol = created.body.data?.createUser;
    expect(carol).toMatchObject({ name: "carol", role: "USER", disabled: false, usage: { requests: 0 } });
    const made = await post(CreateApiKeyDocument, { input: { userId: carol?.id, name: "laptop" } }, admin.headers);
    const secret = made.body.data?.createApiKey.secret as string;
    const key = made.body.data?.createApiKey.apiKey;
    expect(secret).toMatch(/^gik_/);
    expect(key).toMatchObject({ name: "laptop", scopes: ["READ", "WRITE"], revokedAt: null, owner: { id: carol?.id } });
    expect(secret.startsWith(key?.prefix as string)).toBe(true);
    // The stored row has no secret: only its hash, which no field exposes.
    const row = await h.database.prisma.apiKey.findUniqueOrThrow({ where: { id: key?.id } });
    expect(row.hash).not.toContain(secret);
    const mine = await post(ViewerApiKeysDocument, {}, bearer(secret));
    expect(mine.body.data?.viewer?.apiKeys.edges.map((e) => e.node.id)).toEqual([key?.id]);
    expect(JSON.stringify(mine.body)).not.toContain(secret);
    // A second key of her own, then she revokes the first with the second.
    const second = await post(CreateApiKeyDocument, { input: { name: "phone" } }, bearer(secret));
    const secret2 = second.body.data?.createApiKey.secret as string;
    await post(RevokeApiKeyDocument, { id: key?.id as string }, bearer(secret2));
    expect((await post(ViewerDocument, {}, bearer(secret))).status).toBe(401);
    expect((await post(ViewerDocument, {}, bearer(secret2))).body.data?.viewer?.name).toBe("carol");
    const listed = await post(ApiKeysDocument, { includeRevoked: false }, bearer(secret2));
    expect(listed.body.data?.apiKeys.edges.map((e) => e.node.name)).toEqual(["phone"]);
  });

  it("a user cannot see, revoke or make keys of another user: those answer like missing ones", async () => {
    const a = await userWithKey(h.database.prisma);
    const b = await userWithKey(h.database.prisma);
    const revoke = await post(RevokeApiKeyDocument, { id: a.key.id }, b.headers);
    expect(revoke.code).toBe("NOT_FOUND");
    const make = await post(CreateApiKeyDocument, { input: { userId: a.user.id, name: "steal" } }, b.headers);
    expect(make.code).toBe("NOT_FOUND");
    const list = await post(ApiKeysDocument, { userId: a.user.id }, b.headers);
    expect(list.code).toBe("FORBIDDEN");
    expect((await post(ViewerDocument, {}, a.headers)).status).toBe(200);
  });

  it("role changes, disable and enable take effect at once, and every admin action is in the audit log", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    expect((await post(UsersDocument, {}, u.headers)).status).toBe(403);
    await post(SetUserRoleDocument, { userId: u.user.id, role: "ADMIN" }, admin.headers);
    // Keys made before scopes existed, and keys with no ADMIN scope stored, follow the role: this one was
    // made with the USER defaults (READ, WRITE), so the promotion alone does not make it an admin key.
    expect((await post(UsersDocument, {}, u.headers)).status).toBe(403);
    const adminKey = await post(CreateApiKeyDocument, { input: { userId: u.user.id, name: "adm" } }, admin.headers);
    const adminSecret = adminKey.body.data?.createApiKey.secret as string;
    expect((await post(UsersDocument, {}, bearer(adminSecret))).status).toBe(200);
    await post(SetUserRoleDocument, { userId: u.user.id, role: "USER" }, admin.headers);
    expect((await post(UsersDocument, {}, bearer(adminSecret))).status).toBe(403);

    const disabled = await post(DisableUserDocument, { userId: u.user.id }, admin.headers);
    expect(disabled.body.data?.disableUser.disabled).toBe(true);
    expect((await post(ViewerDocument, {}, u.headers)).status).toBe(401);
    const listed = await post(UsersDocument, { disabled: true }, admin.headers);
    expect(listed.body.data?.users.edges.map((e) => e.node.id)).toContain(u.user.id);
    await post(EnableUserDocument, { userId: u.user.id }, admin.headers);
    expect((await post(ViewerDocument, {}, u.headers)).status).toBe(200);

    const log = await post(AuditLogDocument, { targetId: u.user.id, first: 10 }, admin.headers);
    expect(log.body.data?.auditLog.edges.map((e) => e.node.action)).toEqual([
      "user.enable",
      "user.disable",
      "user.role",
      "user.role",
    ]);
    expect(log.body.data?.auditLog.edges.every((e) => e.node.actor?.id === admin.user.id)).toBe(true);
    const keyLog = await post(
      AuditLogDocument,
      { targetId: adminKey.body.data?.createApiKey.apiKey.id },
      admin.headers,
    );
    expect(keyLog.body.data?.auditLog.edges[0]?.node).toMatchObject({ action: "key.create", targetType: "ApiKey" });
    expect(JSON.stringify(keyLog.body)).not.toContain(adminSecret);
    expect((await post(AuditLogDocument, {}, u.headers)).status).toBe(403);
  });

  it("pages users with usage totals", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const first = await post(UsersDocument, { first: 2 }, admin.headers);
    expect(first.body.data?.users.edges).toHaveLength(2);
    expect(first.body.data?.users.pageInfo.hasNextPage).toBe(true);
    const next = await post(
      UsersDocument,
      { first: 100, after: first.body.data?.users.pageInfo.endCursor },
      admin.headers,
    );
    const ids = [...(first.body.data?.users.edges ?? []), ...(next.body.data?.users.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(admin.user.id);
  });
});
