import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { request, type Subscription, subscribe, upload } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  type ChatEventFieldsFragment,
  ChatModelsDocument,
  type ChatModelsQuery,
  type ContentFieldsFragment,
  type ContentInput,
  ConversationHeadDocument,
  ConversationViewDocument,
  type ConversationViewQuery,
  EditTurnDocument,
  JobProgressDocument,
  RegenerateTurnDocument,
  SendBackgroundTurnDocument,
  StopTurnDocument,
  SwitchBranchDocument,
} from "../generated/graphql.ts";
import { jobLive } from "../status.ts";
import { Composer, safetyFor, type TurnOptions } from "./Composer.tsx";
import { type Branch, Message } from "./Message.tsx";
import { Sidebar } from "./Sidebar.tsx";
import { followTurn, sendChat, type TurnStream } from "./stream.ts";
import { applyEvent, fromRecord, isRunning, pending, type TurnView } from "./turn.ts";

type Family = NonNullable<ConversationViewQuery["conversation"]>["interactions"]["edges"][number]["node"][];
type Model = ChatModelsQuery["models"][number];

const conversationFromUrl = () => new URLSearchParams(location.search).get("c");

/** Where a branch ends if the user switches to it: its newest descendant at every level. */
function tipOf(id: string, family: Family): string {
  let tip = id;
  for (let i = 0; i < 1000; i++) {
    const kids = family.filter((f) => f.parent?.id === tip).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const last = kids[kids.length - 1];
    if (!last) return tip;
    tip = last.id;
  }
  return tip;
}

function branchOf(turn: TurnView, family: Family): Branch {
  const sibs = family
    .filter((f) => (f.parent?.id ?? null) === turn.parentId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const i = sibs.findIndex((s) => s.id === turn.id);
  if (i < 0) return { index: 1, count: 1 };
  return { index: i + 1, count: sibs.length, prev: sibs[i - 1]?.id, next: sibs[i + 1]?.id };
}

export function ChatPage() {
  const [conversationId, setConversationId] = useState<string | null>(conversationFromUrl);
  const [turns, setTurns] = useState<TurnView[]>([]);
  const [family, setFamily] = useState<Family>([]);
  const [models, setModels] = useState<Model[]>([]);
  const [model, setModel] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [listVersion, setListVersion] = useState(0);
  const streams = useRef(new Map<string, TurnStream | Subscription>());
  const log = useRef<HTMLDivElement>(null);

  const stopAll = () => {
    for (const s of streams.current.values()) s.stop();
    streams.current.clear();
  };

  const update = (id: string, fn: (t: TurnView) => TurnView) =>
    setTurns((ts) => ts.map((t) => (t.id === id ? fn(t) : t)));

  /** Follows a running turn from its first event: the replay rebuilds it exactly once. */
  const follow = useCallback((id: string) => {
    streams.current.get(id)?.stop();
    update(id, (t) => ({ ...t, steps: [] }));
    const s = followTurn(id, null, {
      event: (e) => update(id, (t) => applyEvent(t, e)),
      done: (err) => {
        streams.current.delete(id);
        if (err) setError(errorText(err));
      },
    });
    streams.current.set(id, s);
  }, []);

  const watchJob = useCallback((turnId: string, jobId: string) => {
    const key = `job:${jobId}`;
    streams.current.get(key)?.stop();
    const s = subscribe(
      JobProgressDocument,
      { id: jobId },
      (d) => update(turnId, (t) => ({ ...t, job: { ...d.jobUpdates } })),
      () => streams.current.delete(key),
    );
    streams.current.set(key, s);
  }, []);

  const load = useCallback(
    async (id: string | null) => {
      stopAll();
      setError(null);
      if (!id) {
        setTurns([]);
        setFamily([]);
        return;
      }
      try {
        const d = await request(ConversationViewDocument, { id });
        if (!d.conversation) {
          setError("That conversation does not exist, or is not yours.");
          setTurns([]);
          return;
        }
        setTurns(d.conversation.messages.map((m) => fromRecord(m)));
        setFamily(d.conversation.interactions.edges.map((e) => e.node));
        for (const m of d.conversation.messages) {
          if (isRunning(m.status)) follow(m.id);
          if (m.job && jobLive(m.job.status)) watchJob(m.id, m.job.id);
        }
      } catch (err) {
        setError(errorText(err));
      }
    },
    [follow, watchJob],
  );

  useEffect(() => {
    request(ChatModelsDocument)
      .then((d) => {
        setModels(d.models);
        setModel((d.models.find((m) => m.isDefault) ?? d.models[0])?.id ?? "");
      })
      .catch((err) => setError(errorText(err)));
    const onPop = () => setConversationId(conversationFromUrl());
    addEventListener("popstate", onPop);
    return () => {
      removeEventListener("popstate", onPop);
      stopAll();
    };
  }, []);

  useEffect(() => {
    void load(conversationId);
  }, [conversationId, load]);

  // The view follows the stream unless the reader scrolled up; back at the bottom, it follows again.
  // Decided by the reader's direction: a scroll event comes a frame late, when the stream may have grown.
  const following = useRef(true);
  const lastTop = useRef(0);
  const onScroll = () => {
    const el = log.current;
    if (!el) return;
    const gap = el.scrollHeight - el.scrollTop - el.clientHeight;
    if (el.scrollTop < lastTop.current) following.current = gap < 40;
    else if (gap < el.clientHeight / 2) following.current = true;
    lastTop.current = el.scrollTop;
  };
  useEffect(() => {
    const el = log.current;
    if (!el) return;
    // Moved up since the last look, though its scroll event has not come yet: stop following now.
    if (el.scrollTop < lastTop.current) following.current = false;
    if (following.current) el.scrollTop = el.scrollHeight;
    lastTop.current = el.scrollTop;
  }, [turns]);

  const open = (id: string | null) => {
    history.pushState(null, "", id ? `/?c=${encodeURIComponent(id)}` : "/");
    setConversationId(id);
  };

  const adopt = (id: string) => {
    history.replaceState(null, "", `/?c=${encodeURIComponent(id)}`);
    setListVersion((v) => v + 1);
  };

  async function send(text: string, files: File[], options: TurnOptions) {
    setError(null);
    const chosen = models.find((m) => m.id === model);
    const parts: ContentInput[] = [];
    const shown: ContentFieldsFragment[] = text ? [{ __typename: "TextContent", text, annotations: null }] : [];
    setBusy("send");
    try {
      for (const f of files) {
        const u = await upload(f);
        parts.push({ fileId: u.id });
        shown.push({ __typename: "ImageContent", url: u.url, mimeType: u.mimeType });
      }
    } catch (err) {
      setBusy(null);
      setError(errorText(err));
      return;
    }
    const pick = chosen?.kind === "AGENT" ? { agent: chosen.id } : { model: chosen?.id };
    const input = {
      conversationId,
      ...(text ? { text } : {}),
      ...(parts.length ? { parts } : {}),
      ...pick,
      ...(options.tools.length ? { tools: options.tools } : {}),
      ...(options.responseFormat !== undefined ? { responseFormat: options.responseFormat } : {}),
      ...(options.serviceTier ? { serviceTier: options.serviceTier } : {}),
      ...(options.safetyThreshold ? { safetySettings: safetyFor(options.safetyThreshold) } : {}),
    };
    if (chosen?.backgroundOnly || chosen?.kind === "AGENT") {
      try {
        const d = await request(SendBackgroundTurnDocument, { input: { ...input, background: true } });
        const cid = d.sendMessage.conversation?.id ?? null;
        if (cid && cid !== conversationId) {
          adopt(cid);
          setConversationId(cid);
        } else await load(cid);
      } catch (err) {
        setError(errorText(err));
      } finally {
        setBusy(null);
      }
      return;
    }
    const parentId = turns[turns.length - 1]?.id ?? null;
    let id = `pending-${Date.now()}`;
    setTurns((ts) => [...ts, pending(id, shown, parentId)]);
    let newConversation: string | null = null;
    const s = sendChat(input, {
      event: (e: ChatEventFieldsFragment) => {
        if (id.startsWith("pending-")) {
          const was = id;
          id = e.interactionId;
          streams.current.delete(was);
          streams.current.set(id, s);
          update(was, (t) => ({ ...t, id }));
          const cid = e.__typename === "InteractionCreatedEvent" ? e.conversationId : null;
          if (cid && cid !== conversationId) {
            newConversation = cid;
            adopt(cid);
          }
        }
        update(id, (t) => applyEvent(t, e));
      },
      done: (err) => {
        streams.current.delete(id);
        setBusy(null);
        if (err) {
          setError(errorText(err));
          if (id.startsWith("pending-")) setTurns((ts) => ts.filter((t) => t.id !== id));
          return;
        }
        // Settled: the record has the branch structure (siblings) too.
        if (newConversation) setConversationId(newConversation);
        else void refreshFamily();
      },
    });
    streams.current.set(id, s);
  }

  async function refreshFamily() {
    if (!conversationId) return;
    try {
      const d = await request(ConversationViewDocument, { id: conversationId });
      if (d.conversation) setFamily(d.conversation.interactions.edges.map((e) => e.node));
    } catch {
      // The page still shows the turn; the branch counter updates on the next load.
    }
  }

  /**
   * Regenerate and edit answer only when their run has ended, but the new turn
   * is the conversation's head from its start: watch the head (bounded), and
   * once it moves, load the branch, which streams the running turn.
   */
  async function branchAct(label: string, fn: () => Promise<unknown>) {
    const id = conversationId;
    if (!id) return;
    setBusy(label);
    setError(null);
    const before = turns[turns.length - 1]?.id;
    let settled = false;
    const done = fn().finally(() => {
      settled = true;
    });
    for (let i = 0; i < 60 && !settled; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const head = await request(ConversationHeadDocument, { id }).catch(() => null);
      const now = head?.conversation?.head;
      if (now && now.id !== before && !settled) {
        await load(id);
        break;
      }
    }
    try {
      await done;
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
      await load(id);
    }
  }

  async function act(label: string, fn: () => Promise<unknown>) {
    setBusy(label);
    setError(null);
    try {
      await fn();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
      await load(conversationId);
    }
  }

  const running = turns.some((t) => isRunning(t.status));
  return (
    <div class="chat">
      <Sidebar current={conversationId} version={listVersion} onOpen={open} />
      <main class="conversation" aria-label="Conversation">
        {error && (
          <p class="error banner" role="alert">
            {error}
          </p>
        )}
        <div class="log" ref={log} onScroll={onScroll} role="log" aria-label="Messages" aria-busy={running}>
          {!turns.length && <p class="muted empty">Ask anything to start a conversation.</p>}
          {turns.map((t, i) => (
            <Message
              key={t.id}
              turn={t}
              last={i === turns.length - 1}
              branch={branchOf(t, family)}
              busy={busy !== null || running}
              onStop={() => void request(StopTurnDocument, { id: t.id }).catch((err) => setError(errorText(err)))}
              onRegenerate={() => branchAct("Regenerating…", () => request(RegenerateTurnDocument, { id: t.id }))}
              onEdit={(text) =>
                branchAct("Sending the edit…", () => request(EditTurnDocument, { id: t.id, input: { text } }))
              }
              onSwitch={(sib) =>
                conversationId &&
                act("Switching…", () =>
                  request(SwitchBranchDocument, { conversationId, interactionId: tipOf(sib, family) }),
                )
              }
            />
          ))}
          {busy && busy !== "send" && (
            <p class="status" role="status">
              {busy}
            </p>
          )}
        </div>
        <Composer models={models} model={model} onModel={setModel} disabled={busy !== null || running} onSend={send} />
      </main>
    </div>
  );
}
