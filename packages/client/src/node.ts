// The Node entry: Node 20 has no global WebSocket, so the client uses the `ws` package unless told otherwise.
import WebSocket from "ws";
import { type ChatClient, type ChatClientOptions, createChatClient as create } from "./client.ts";

export * from "./index.ts";

export function createChatClient(opts: ChatClientOptions): ChatClient {
  return create({ webSocketImpl: globalThis.WebSocket ?? WebSocket, ...opts });
}
