import { createApiKey } from "../../src/engine/access/accounts.ts";
import type { Scope } from "../../src/engine/access/policy.ts";
import type { Db } from "../../src/infra/db.ts";

let n = 0;
const next = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

/** A second user with an API key: `headers` authenticate as them. */
export async function userWithKey(db: Db, role: "USER" | "ADMIN" = "USER", scopes?: Scope[]) {
  const user = await db.user.create({ data: { name: `user ${next()}`, role } });
  const { key, secret } = await createApiKey({ db }, null, user, { name: "test", scopes });
  return { user, key, secret, headers: { authorization: `Bearer ${secret}` } };
}

/** A finished conversation of `turns` chained turns, written straight to the database. */
export async function seedConversation(db: Db, ownerId: string, turns: number, title = `seeded ${next()}`) {
  const conv = await db.conversation.create({ data: { ownerId, title } });
  let parentId: string | null = null;
  for (let i = 0; i < turns; i++) {
    const text = `message ${i + 1}`;
    const row: { id: string } = await db.interaction.create({
      data: {
        ownerId,
        conversationId: conv.id,
        parentId,
        model: "gemini-3.5-flash",
        status: "completed",
        input: [{ type: "text", text }],
        inputText: text,
        steps: [{ type: "model_output", content: [{ type: "text", text: `reply ${i + 1}` }] }],
        outputText: `reply ${i + 1}`,
        completedAt: new Date(),
      },
      select: { id: true },
    });
    parentId = row.id;
  }
  return db.conversation.update({ where: { id: conv.id }, data: { headId: parentId } });
}

/** A prompt long enough that the emulator's reply to it streams in many deltas. */
export const longText = (tag: string, { words = 60, stem = "word" }: { words?: number; stem?: string } = {}) =>
  `${tag} ${Array.from({ length: words }, (_, i) => `${stem}${i}`).join(" ")}`;
