import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ConversationList,
  type ConversationListState,
  createChatClient,
  createConversationList,
} from "../packages/client/src/node.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/** The kit's sidebar list (what useConversations renders), against a real server. */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The list's state once `ready` holds (it updates through subscribe). */
function until(list: ConversationList, ready: (s: ConversationListState) => boolean): Promise<ConversationListState> {
  return new Promise((resolve) => {
    const check = () => {
      if (!ready(list.getState())) return;
      stop();
      resolve(list.getState());
    };
    const stop = list.subscribe(check);
    check();
  });
}

describe("createConversationList (useConversations)", () => {
  it("pages the viewer's conversations most recent first and searches them", async () => {
    const client = createChatClient({ url: h.url });
    const tag = `sidebar${Date.now()}`;
    const ids: string[] = [];
    for (const n of ["one", "two", "three"])
      ids.push((await client.chat({ text: `${tag} ${n}` }).done).conversationId ?? "");
    await client.chat({ text: "something else entirely" }).done;

    const list = createConversationList(client, { search: tag, pageSize: 2 });
    const first = await until(list, (s) => s.status === "ready");
    expect(first.items.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    expect(first.hasMore).toBe(true);
    await list.more();
    expect(list.getState().items.map((c) => c.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(list.getState().hasMore).toBe(false);
    await list.refresh();
    expect(list.getState().items).toHaveLength(2);
    await client.close();
  });
});
