import { ChatError, createChatClient } from "@gemini-interactions-graphql/client";

/** Asks one question, shows the answer as it streams, and says what went wrong in words. */
export async function ask(url: string, text: string, show: (more: string) => void, apiKey?: string) {
  const client = createChatClient({ url, apiKey }); // no apiKey: a keyless local server
  try {
    const turn = client.chat({ text }); // makes the clientMessageId; a dropped socket resumes by itself
    for await (const e of turn.events) {
      if (e.__typename === "StepDeltaEvent" && e.delta.__typename === "TextDelta") show(e.delta.text);
      sessionStorage.setItem("pending", JSON.stringify(turn.saved)); // after a reload: client.resume(saved)
    }
    const { text: answer, conversationId, reason, error } = await turn.done;
    return { answer, conversationId, reason, error: error?.message };
  } catch (e) {
    const err = ChatError.from(e); // one shape: GraphQL errors, refused or revoked keys (4401, 4403)
    return { answer: "", conversationId: null, reason: "FAILED", error: `${err.code}: ${err.message}` };
  } finally {
    sessionStorage.removeItem("pending");
    await client.close();
  }
}
