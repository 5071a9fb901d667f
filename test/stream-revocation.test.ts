import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ChatTextDocument,
  DisableUserDocument,
  JobUpdatesDocument,
  RevokeApiKeyDocument,
  SetUserRoleDocument,
} from "./generated/graphql.ts";
import { type Collected, collectSse } from "./support/clients.ts";
import { longText, userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";
import { waitFor } from "./support/wait.ts";

let h: Harness;
beforeAll(async () => {
  // Keys only, and a reply slow enough (a delta every 40 ms) that a chat outlives its revocation by seconds.
  h = await startHarness({ env: { ALLOW_ANONYMOUS: "false" }, emulator: { deltaDelayMs: 40 } });
});
afterAll(async () => {
  await h?.close();
});

async function post<R, V>(doc: TypedDocumentNode<R, V>, variables: V, headers: Record<string, string>) {
  const res = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  return (await res.json()) as { data?: R; errors?: { extensions?: { code?: string } }[] };
}

const codes = (c: Collected<unknown>) =>
  c.errors.map((e) => (e as { extensions?: { code?: string } }).extensions?.code);

/** An SSE chat of `headers`, running; resolves once its first event is in. */
async function runningChat(headers: Record<string, string>) {
  const into: Collected<unknown> = { results: [], errors: [] };
  const done = collectSse(
    h.url,
    ChatTextDocument,
    { input: { text: longText("revoke me", { words: 120 }) } },
    {
      headers,
      into: into as Collected<never>,
    },
  ).then(() => Date.now());
  await waitFor("the chat to stream", () => into.results.length > 0);
  return { into, done };
}

describe("a credential change ends its SSE streams within a second, with a typed reason", () => {
  it("revoking a key ends its SSE chat; another user's chat streams on to its end", async () => {
    const u = await userWithKey(h.database.prisma);
    const other = await userWithKey(h.database.prisma);
    const mine = await runningChat(u.headers);
    const theirs = await runningChat(other.headers);
    const revokedAt = Date.now();
    expect((await post(RevokeApiKeyDocument, { id: u.key.id }, u.headers)).errors).toBeUndefined();
    const ended = await mine.done;
    expect(ended - revokedAt).toBeLessThan(1_000);
    expect(codes(mine.into)).toEqual(["CREDENTIAL_REVOKED"]);
    // The bystander's chat ran on well past that second: without the revocation, this one would have too.
    const theirsEnded = await theirs.done;
    expect(theirsEnded - revokedAt).toBeGreaterThan(1_500);
    expect(codes(theirs.into)).toEqual([]);
  }, 30_000);

  it("disabling a user ends their SSE chat", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const u = await userWithKey(h.database.prisma);
    const chat = await runningChat(u.headers);
    const disabledAt = Date.now();
    expect((await post(DisableUserDocument, { userId: u.user.id }, admin.headers)).errors).toBeUndefined();
    expect((await chat.done) - disabledAt).toBeLessThan(1_000);
    expect(codes(chat.into)).toEqual(["CREDENTIAL_REVOKED"]);
  }, 30_000);

  it("demoting an admin ends their SSE jobUpdates (every user's job output)", async () => {
    const root = await userWithKey(h.database.prisma, "ADMIN");
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const into: Collected<unknown> = { results: [], errors: [] };
    let open = false;
    const done = collectSse(
      h.url,
      JobUpdatesDocument,
      {},
      {
        headers: admin.headers,
        into: into as Collected<never>,
        opened: () => {
          open = true;
        },
      },
    ).then(() => Date.now());
    await waitFor("the stream to open", () => open);
    // The subscription registers as it starts, just after the headers: a stream that outlives a second proves it.
    const still = await Promise.race([done.then(() => "ended"), new Promise((r) => setTimeout(() => r("open"), 300))]);
    expect(still).toBe("open");
    const demotedAt = Date.now();
    const demoted = await post(SetUserRoleDocument, { userId: admin.user.id, role: "USER" }, root.headers);
    expect(demoted.errors).toBeUndefined();
    expect((await done) - demotedAt).toBeLessThan(1_000);
    expect(codes(into)).toEqual(["CREDENTIAL_REVOKED"]);
  }, 30_000);
});
