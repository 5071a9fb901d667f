import type { ChatClient } from "./client.ts";
import { ChatError } from "./errors.ts";
import type { ChatTurn, SavedTurn, TurnResult } from "./turn.ts";
import type { FunctionCall, FunctionResult, SendInput, UploadedFile } from "./types.ts";

/** One bubble of the chat: the user's message or the model's answer to it. */
export interface ChatMessage {
  /** `<interaction id>:user` / `<interaction id>:model`; a local id while the turn has none yet. */
  id: string;
  role: "user" | "model";
  text: string;
  /** Image URLs: the user's uploads, the model's generated images (signed, expiring: a reload refreshes them). */
  images: string[];
  /** The turn this message belongs to (what regenerate, edit and switchVersion take); null until known. */
  interactionId: string | null;
  /** The versions of this turn (regenerated or edited): show "index + 1 / count" and switch with ids. */
  versions: { index: number; count: number; ids: string[] };
}

export type ChatStatus = "loading" | "ready" | "streaming" | "error";

export interface ChatState {
  conversationId: string | null;
  /** The active branch, oldest first, the streaming answer last while a turn runs. */
  messages: ChatMessage[];
  /** The text streamed so far of the answer in progress; null when no turn runs. */
  streaming: string | null;
  status: ChatStatus;
  error: ChatError | null;
  /** The client functions the model called: answer them with submitFunctionResults. */
  functionCalls: FunctionCall[];
  /** Files uploaded by `attach`, sent as parts of the next message. */
  attachments: UploadedFile[];
}

/** Where a running turn is kept so that a reload resumes it (sessionStorage in a browser by default). */
export interface TurnStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ChatStoreOptions {
  client: ChatClient;
  /** Absent: a new conversation, created by the first send. */
  conversationId?: string | null;
  /** Default: sessionStorage where there is one, else nothing is kept. */
  storage?: TurnStorage | null;
  /** Called once a new conversation has its id (e.g. to put it in the URL). */
  onConversation?: (id: string) => void;
  /**
   * Answers a client function the model called (declared in `send({ tools })`): its return value is
   * the result, and the turn goes on. Absent: the calls wait in `functionCalls` for submitFunctionResults.
   */
  onToolCall?: (call: FunctionCall) => unknown;
}

/** A message: its text, or a whole SendMessageInput (e.g. with `tools`; the store sets the conversation). */
export type ChatSend = string | SendInput;

export interface ChatStore {
  getState(): ChatState;
  subscribe(listener: () => void): () => void;
  /** Sends a message with the attached files as its first parts. */
  send(input: ChatSend): Promise<void>;
  /** Uploads files for the next message (they show in `attachments`); takes an `<input type=file>`'s `files`. */
  attach(files: Blob | Iterable<Blob> | null | undefined): Promise<void>;
  /** Stops the running answer on the server. */
  stop(): Promise<void>;
  regenerate(interactionId: string): Promise<void>;
  edit(interactionId: string, text: string): Promise<void>;
  /** Shows another version of a turn (an id of its `versions.ids`). */
  switchVersion(interactionId: string): Promise<void>;
  submitFunctionResults(results: FunctionResult[]): Promise<void>;
  /** Stops listening (the run goes on and a later store resumes it). */
  dispose(): void;
}

const THREAD = `query ChatThread($id: ID!) {
  conversation(id: $id) {
    branch(last: 100) {
      edges { node {
        id status siblingIndex siblingCount siblings(first: 100) { id }
        input { ... on TextContent { text } ... on ImageContent { url } }
        lastRound { outputText steps { ... on ModelOutputStep { content { ... on ImageContent { url } } } } }
      } }
    }
  }
}`;
// To the version's newest leaf: the version shows with the follow-ups it had.
const SWITCH = `mutation ChatSwitch($c: ID!, $i: ID!) {
  setActiveHead(conversationId: $c, interactionId: $i, toLatestLeaf: true) { id }
}`;

interface ThreadNode {
  id: string;
  status: string;
  siblingIndex: number;
  siblingCount: number;
  siblings: { id: string }[];
  input: { text?: string; url?: string | null }[];
  lastRound: { outputText: string | null; steps: { content?: { url?: string | null }[] }[] };
}
type Thread = { conversation: { branch: { edges: { node: ThreadNode }[] } } | null };

/** The bubbles of one recorded turn. */
function bubbles(n: ThreadNode): ChatMessage[] {
  const versions = { index: n.siblingIndex, count: n.siblingCount, ids: n.siblings.map((s) => s.id) };
  const user = n.input.map((c) => c.text ?? "").join("");
  const made = n.lastRound.steps.flatMap((s) => s.content ?? []);
  const [own, out] = [urls(n.input), urls(made)];
  const text = n.lastRound.outputText ?? "";
  return [
    { id: `${n.id}:user`, role: "user", text: user, images: own, interactionId: n.id, versions },
    { id: `${n.id}:model`, role: "model", text, images: out, interactionId: n.id, versions },
  ];
}

const urls = (content: { url?: string | null }[]) => content.flatMap((c) => (c.url ? [c.url] : []));

const single = { index: 0, count: 1, ids: [] };

function defaultStorage(): TurnStorage | null {
  const g: { sessionStorage?: TurnStorage } = globalThis; // absent in Node
  try {
    return g.sessionStorage ?? null;
  } catch {
    return null; // storage disabled (e.g. a sandboxed frame)
  }
}

/**
 * The state of one chat view and what a user can do in it, without a UI framework: the React hook
 * (`./react`) is this store plus useSyncExternalStore. Each turn streams into `streaming`, is kept in
 * storage while it runs (a reload resumes it, shown once) and is replaced by the server's record when it ends.
 */
export function createChatStore(opts: ChatStoreOptions): ChatStore {
  const store = new Store(opts);
  void store.start();
  return store;
}

class Store implements ChatStore {
  private readonly client: ChatClient;
  private readonly storage: TurnStorage | null;
  private readonly listeners = new Set<() => void>();
  private state: ChatState;
  private turn: ChatTurn | null = null;
  /** The round whose function calls wait for results (the last round of the turn that asked). */
  private asking: string | null = null;
  private disposed = false;

  constructor(private readonly opts: ChatStoreOptions) {
    this.client = opts.client;
    this.storage = opts.storage === undefined ? defaultStorage() : opts.storage;
    this.state = {
      conversationId: opts.conversationId ?? null,
      messages: [],
      streaming: null,
      status: opts.conversationId ? "loading" : "ready",
      error: null,
      functionCalls: [],
      attachments: [],
    };
  }

  // Arrow properties: React calls these detached (useSyncExternalStore(store.subscribe, store.getState)).
  getState = (): ChatState => this.state;
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  send = (input: ChatSend) => {
    const message = typeof input === "string" ? { text: input } : input;
    const conversationId = this.state.conversationId ?? undefined;
    const files = this.state.attachments;
    const parts = [...files.map((f) => ({ fileId: f.id })), ...(message.parts ?? [])];
    const shown = [...this.state.messages, userBubble(message.text ?? "", urls(files))];
    this.set({ attachments: [] });
    const turn = this.client.chat({
      ...message,
      ...(parts.length ? { parts } : {}),
      ...(conversationId ? { conversationId } : {}),
    });
    return this.run(turn, shown);
  };
  attach = async (files: Blob | Iterable<Blob> | null | undefined) => {
    try {
      const uploaded = await Promise.all(
        [...(files instanceof Blob ? [files] : (files ?? []))].map((f) => this.client.upload(f)),
      );
      this.set({ attachments: [...this.state.attachments, ...uploaded] });
    } catch (e) {
      this.fail(e);
    }
  };
  stop = async () => {
    await this.turn?.cancel();
  };
  regenerate = (interactionId: string) => {
    const own = this.state.messages.filter((m) => m.id === `${interactionId}:user`);
    return this.run(this.client.regenerate(interactionId), [...this.before(interactionId), ...own]);
  };
  edit = (interactionId: string, text: string) =>
    this.run(this.client.edit(interactionId, { text }), [...this.before(interactionId), userBubble(text)]);
  switchVersion = async (interactionId: string) => {
    try {
      await this.client.mutate(SWITCH, { c: this.state.conversationId, i: interactionId });
      this.set({ messages: await this.load() });
    } catch (e) {
      this.fail(e);
    }
  };
  submitFunctionResults = (results: FunctionResult[]) => {
    if (!this.asking) return Promise.reject(new ChatError("BAD_USER_INPUT", "No function call to answer"));
    return this.run(this.client.submitFunctionResults(this.asking, results), this.state.messages.slice(0, -1));
  };
  dispose = () => {
    this.disposed = true;
    this.turn?.unsubscribe();
    this.listeners.clear();
  };

  /** Loads the branch, then resumes the turn a previous page left running (from its start: shown once). */
  async start(): Promise<void> {
    try {
      const saved = this.storage?.getItem(this.key());
      const messages = await this.load();
      if (!saved) return this.set({ messages, status: "ready" });
      const pending: SavedTurn = JSON.parse(saved);
      const input = pending.variables.input;
      const asked = typeof input === "object" && input !== null && "text" in input ? String(input.text) : null;
      const shown = asked !== null && !this.state.conversationId ? [...messages, userBubble(asked)] : messages;
      await this.run(this.client.resume({ ...pending, cursor: "" }), shown);
    } catch (e) {
      this.fail(e);
    }
  }

  private set(patch: Partial<ChatState>) {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
  private key = () => `gig-chat:${this.state.conversationId ?? "new"}`;
  private fail(e: unknown) {
    this.set({ status: "error", error: ChatError.from(e), streaming: null });
  }

  private async load(): Promise<ChatMessage[]> {
    if (!this.state.conversationId) return [];
    const data = await this.client.query<Thread>(THREAD, { id: this.state.conversationId });
    if (!data.conversation) throw new ChatError("NOT_FOUND", "This conversation does not exist");
    const shown: ChatMessage[] = [];
    for (const { node } of data.conversation.branch.edges) {
      const last = shown.at(-1);
      const [user, answer] = bubbles(node);
      // A round of client function results has no user message: its answer continues the turn that asked.
      if (node.input.length || !last || !answer) shown.push(...(user && answer ? [user, answer] : []));
      else shown[shown.length - 1] = { ...last, text: answer.text, images: answer.images };
    }
    return shown;
  }

  /** The bubbles up to (not including) the given turn: what a new version of it replaces. */
  private before(interactionId: string) {
    const i = this.state.messages.findIndex((m) => m.interactionId === interactionId);
    return i < 0 ? this.state.messages : this.state.messages.slice(0, i);
  }

  /** Streams a turn into the state; `shown` are the messages above the streaming bubble. */
  private async run(next: ChatTurn, shown: ChatMessage[]): Promise<void> {
    this.turn = next;
    const pendingKey = this.key();
    let text = "";
    let own: string | null = null;
    this.set({ messages: shown, streaming: "", status: "streaming", error: null, functionCalls: [] });
    try {
      for await (const e of next.events) {
        if (e.__typename === "InteractionCreatedEvent" && own === null) {
          own = e.interactionId;
          // A resumed turn may already be in the loaded history: it is shown once, from the stream.
          shown = shown.filter((m) => m.interactionId !== own);
        }
        if (e.__typename === "StepDeltaEvent" && e.delta.__typename === "TextDelta") text += e.delta.text;
        this.storage?.setItem(pendingKey, JSON.stringify(next.saved));
        this.set({ messages: [...shown, streamingBubble(text)], streaming: text });
      }
      await this.settle(await next.done);
      this.storage?.removeItem(pendingKey);
      if (this.asking && this.opts.onToolCall) await this.answerCalls(this.opts.onToolCall);
    } catch (e) {
      if (!(e instanceof ChatError && e.code === "ABORTED")) this.storage?.removeItem(pendingKey);
      this.fail(e);
    } finally {
      if (this.turn === next) this.turn = null;
    }
  }

  /** Answers the waiting calls with `onToolCall`: the turn goes on with their results. */
  private async answerCalls(onToolCall: (call: FunctionCall) => unknown) {
    const results = await Promise.all(
      this.state.functionCalls.map(async (c) => ({
        callId: c.callId ?? "",
        name: c.name,
        result: await onToolCall(c),
      })),
    );
    await this.submitFunctionResults(results);
  }

  /** A turn ended: the branch as the server recorded it replaces the streamed bubbles. */
  private async settle(result: TurnResult) {
    const fresh = !this.state.conversationId && result.conversationId;
    if (result.conversationId) this.set({ conversationId: result.conversationId });
    if (fresh && result.conversationId) this.opts.onConversation?.(result.conversationId);
    const messages = await this.load();
    this.asking = result.functionCalls.length ? result.interaction.id : null;
    const { error, functionCalls } = result;
    this.set({ messages, streaming: null, status: error ? "error" : "ready", error, functionCalls });
  }
}

function userBubble(text: string, images: string[] = []): ChatMessage {
  return { id: `local-${Date.now()}:user`, role: "user", text, images, interactionId: null, versions: single };
}

function streamingBubble(text: string): ChatMessage {
  return { id: "streaming:model", role: "model", text, images: [], interactionId: null, versions: single };
}
