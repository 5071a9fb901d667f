import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatClient } from "../packages/client/src/node.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Keys = {
  apiKeys: {
    edges: { node: { id: string; createdAt: string; owner: { id: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const ALL = `query($first: Int, $after: String) {
  apiKeys(allUsers: true, first: $first, after: $after) {
    edges { node { id createdAt owner { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("apiKeys(allUsers: true)", () => {
  it("lists every user's keys to an admin, newest first in pages, and refuses anyone else", async () => {
    const admin = await userWithKey(h.database.prisma, "ADMIN");
    const a = await userWithKey(h.database.prisma);
    const b = await userWithKey(h.database.prisma);
    const asAdmin = createChatClient({ url: h.url, apiKey: admin.secret });
    const seen: Keys["apiKeys"]["edges"][number]["node"][] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: Keys = await asAdmin.query<Keys>(ALL, { first: 2, after });
      seen.push(...page.apiKeys.edges.map((e) => e.node));
      if (!page.apiKeys.pageInfo.hasNextPage) break;
      after = page.apiKeys.pageInfo.endCursor;
    }
    const ids = seen.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([admin.key.id, a.key.id, b.key.id])); // across users
    const times = seen.map((k) => Date.parse(k.createdAt));
    expect(times).toEqual([...times].sort((x, y) => y - x)); // newest first
    expect(seen.find((k) => k.id === a.key.id)?.owner?.id).toBe(a.user.id);
    await asAdmin.close();

    const asUser = createChatClient({ url: h.url, apiKey: a.secret });
    await expect(asUser.query(ALL, { first: 2 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await asUser.close();
  });
});
