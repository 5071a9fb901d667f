import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userWithKey } from "./support/factories.ts";
import { type GqlError, type Harness, startHarness } from "./support/harness.ts";

const CONSOLE = "gic_viewer-test-console-token";
let h: Harness;
beforeAll(async () => {
  // Anonymous use on (the loopback default) and a console credential: every kind of viewer.
  h = await startHarness({ app: { consoleToken: CONSOLE } });
});
afterAll(async () => {
  await h?.close();
});

type ViewerData = { viewer: Record<string, unknown> | null };

/** Over the real port (a loopback caller), with the SQL statements that touched the User table meanwhile. */
async function ask(query: string, headers: Record<string, string> = {}) {
  const before = h.queries.length;
  const res = await fetch(`${h.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: ViewerData; errors?: GqlError[] };
  const userReads = h.queries.slice(before).filter((q) => q.includes('"User"')).length;
  return { status: res.status, body, userReads };
}

describe("viewer", () => {
  it("`viewer { id }` reads no User row, for the local user, the console and an API key", async () => {
    const key = await userWithKey(h.database.prisma);
    const viewers = [
      [{}, "local"],
      [{ authorization: `Bearer ${CONSOLE}` }, "console"],
      [key.headers, key.user.id],
    ] as const;
    for (const [headers, id] of viewers) {
      await ask("{ viewer { id } }", headers); // the first use of a key looks it up (then cached)
      const res = await ask("{ viewer { id } }", headers);
      expect(res.body).toEqual({ data: { viewer: { id } } });
      expect(res.userReads).toBe(0);
    }
  });

  it("other fields answer from the stored row, read once however many ask", async () => {
    const fields = "{ viewer { id name role builtIn disabled disabledAt quota { overridden } } }";
    const local = await ask(fields);
    expect(local.body.data?.viewer).toEqual({
      id: "local",
      name: "Local user",
      role: "USER",
      builtIn: true,
      disabled: false,
      disabledAt: null,
      quota: { overridden: [] },
    });
    expect(local.userReads).toBe(1);
    const console = await ask(fields, { authorization: `Bearer ${CONSOLE}` });
    expect(console.body.data?.viewer).toMatchObject({
      id: "console",
      name: "Server console (admin.token)",
      role: "ADMIN",
      builtIn: true,
    });
    expect(console.userReads).toBe(1);
  });

  it("role is the user's stored role, not what the key lets it do", async () => {
    // An admin's read-only key: the request acts as a USER, the user is still an ADMIN.
    const admin = await userWithKey(h.database.prisma, "ADMIN", ["READ"]);
    const res = await ask("{ viewer { id name role builtIn } }", admin.headers);
    expect(res.body.data?.viewer).toEqual({ id: admin.user.id, name: admin.user.name, role: "ADMIN", builtIn: false });
  });
});
