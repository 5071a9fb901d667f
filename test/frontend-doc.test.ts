import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { type ChatEvent, chat, connect } from "../docs/frontend/client.ts";
import { SwitchBranchDocument, ThreadDocument } from "../docs/frontend/generated/graphql.ts";
import { userWithKey } from "./support/factories.ts";
import { type Harness, startHarness } from "./support/harness.ts";

/**
 * The chat client of docs/frontend.md, exactly as the guide prints it
 * (checked below), with the operations the guide ships and their generated
 * types, against a real server over graphql-ws.
 */
let h: Harness;
let token = "";
beforeAll(async () => {
  h = await startHarness({ emulator: { deltaDelayMs: 8 } });
  token = (await userWithKey(h.database.prisma)).secret;
});
afterAll(async () => {
  await h?.close();
});

const url = () => `${h.url.replace(/^http/, "ws")}/graphql`;
const text = (evs: ChatEvent[]) =>
  evs.map((e) => (e.__typename === "StepDeltaEvent" && "text" in e.delta ? e.delta.text : "")).join("");
const long = (tag: string) => `${tag} ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ")}`;

/** A query or mutation over the same socket, with the guide's typed documents. */
function request<R, V>(client: ReturnType<typeof connect>, doc: { toString(): string }, variables: V): Promise<R> {
  return new Promise((resolve, reject) => {
    client.subscribe<R>(
      { query: String(doc), variables: variables as Record<string, unknown> },
      {
        next: ({ data, errors }) => (errors ? reject(errors[0]) : resolve(data as R)),
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

describe("docs/frontend.md", () => {
  it("prints the client this test runs, and links it from the README", () => {
    const guide = readFileSync(new URL("../docs/frontend.md", import.meta.url), "utf8");
    const client = readFileSync(new URL("../docs/frontend/client.ts", import.meta.url), "utf8");
    expect(guide).toContain(`\`\`\`ts\n${client}\`\`\``);
    expect(
      client.split("\n").filter((l) => l.trim() && !l.trim().startsWith("//") && !l.trim().startsWith("*")).length,
    ).toBeLessThanOrEqual(30);
    expect(readFileSync(new URL("../README.md", import.meta.url), "utf8")).toContain("docs/frontend.md");
  });

  it("streams, resumes after a refresh, regenerates and branches", async () => {
    const before = h.emulator.requests.length;
    // Stream: a new conversation, token by token.
    let client = connect(url(), token, WebSocket);
    const first: ChatEvent[] = [];
    const end1 = await chat(client, { input: { text: long("hello"), clientMessageId: "doc-1" } }, (e) => first.push(e));
    expect(first.filter((e) => e.__typename === "StepDeltaEvent").length).toBeGreaterThan(5);
    expect(text(first)).toBe(end1.interaction.outputText);
    const conversationId = end1.interaction.conversation?.id as string;

    // Resume after a refresh: the page kept the clientMessageId and the last cursor it showed.
    const shown: ChatEvent[] = [];
    let cursor = "";
    const vars = { input: { text: long("second"), conversationId, clientMessageId: "doc-2" } };
    await new Promise<void>((resolve) => {
      void chat(client, vars, (e) => {
        if (e.__typename !== "StepDeltaEvent" || shown.length >= 6) return;
        shown.push(e);
        cursor = e.cursor;
        if (shown.length === 6) resolve();
      });
    });
    await client.dispose(); // the tab reloads
    client = connect(url(), token, WebSocket);
    const rest: ChatEvent[] = [];
    const end2 = await chat(client, { ...vars, after: cursor }, (e) => rest.push(e));
    expect(Number(rest[0]?.cursor)).toBe(Number(cursor) + 1);
    expect(text([...shown, ...rest])).toBe(end2.interaction.outputText);
    expect(h.emulator.requests.length - before).toBe(2); // the resume started nothing new

    // Regenerate the second answer, then switch back to the first version.
    const regen: ChatEvent[] = [];
    const turn2 = end2.interaction.id;
    const end3 = await chat(client, { regenerate: { interactionId: turn2, clientMessageId: "doc-3" } }, (e) =>
      regen.push(e),
    );
    expect(regen.some((e) => e.__typename === "StepDeltaEvent")).toBe(true);
    type Thread = {
      conversation: {
        branch: {
          edges: { node: { id: string; siblingIndex: number; siblingCount: number; siblings: { id: string }[] } }[];
        };
      };
    };
    const thread = await request<Thread, unknown>(client, ThreadDocument, { id: conversationId });
    const latest = thread.conversation.branch.edges.at(-1)?.node;
    expect(latest).toMatchObject({ id: end3.interaction.id, siblingIndex: 1, siblingCount: 2 });
    await request(client, SwitchBranchDocument, { conversationId, interactionId: latest?.siblings[0]?.id });
    const switched = await request<Thread, unknown>(client, ThreadDocument, { id: conversationId });
    expect(switched.conversation.branch.edges.at(-1)?.node).toMatchObject({ id: turn2, siblingIndex: 0 });
    await client.dispose();
  });
});
