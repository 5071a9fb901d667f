export { type AdminKey, type AdminRun, type AdminUser, type AdminView, loadAdminView } from "./admin.ts";
export {
  type ChatMessage,
  type ChatSend,
  type ChatState,
  type ChatStatus,
  type ChatStore,
  type ChatStoreOptions,
  createChatStore,
  type TurnStorage,
} from "./chat-store.ts";
export { type ChatClient, type ChatClientOptions, createChatClient } from "./client.ts";
export {
  type ConversationItem,
  type ConversationList,
  type ConversationListState,
  createConversationList,
} from "./conversations.ts";
export { ChatError, CLOSE_CODES } from "./errors.ts";
export type { ChatTurn, SavedTurn, TurnResult } from "./turn.ts";
export type * from "./types.ts";
