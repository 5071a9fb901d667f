import { useCallback, useEffect, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import { AdminActiveRunsDocument, type AdminActiveRunsQuery, StopTurnDocument } from "../generated/graphql.ts";
import { statusText } from "../status.ts";
import { Notices } from "./Notices.tsx";

type Run = AdminActiveRunsQuery["activeRuns"]["edges"][number]["node"];

/** How often the list is read again: runs last seconds, so a poll keeps it live without a socket per run. */
const POLL_MS = 1_500;

/**
 * Every user's interactions in progress, foreground chats and background jobs
 * alike (the activeRuns query), refreshed while the page is open, each with Stop.
 */
export function LiveRuns() {
  const [runs, setRuns] = useState<Run[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(
    () =>
      request(AdminActiveRunsDocument, { first: 50 })
        .then((d) => {
          setRuns(d.activeRuns.edges.map((e) => e.node));
          setError(null);
        })
        .catch((err) => setError(errorText(err))),
    [],
  );
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load]);
  async function stop(run: Run) {
    setNotice(null);
    try {
      const r = (await request(StopTurnDocument, { id: run.id })).cancelInteraction;
      setNotice(`Run ${run.id} of ${run.owner?.name ?? "?"} is now ${statusText(r.status)}.`);
    } catch (err) {
      setError(errorText(err));
    }
    void load();
  }
  return (
    <section aria-labelledby="live-title">
      <h2 id="live-title">Live runs</h2>
      <Notices error={error} notice={notice} />
      {runs === null ? (
        <p class="muted">Loading…</p>
      ) : runs.length ? (
        <ul class="live" aria-live="polite">
          {runs.map((r) => (
            <li key={r.id} data-run={r.id}>
              <span class={`pill pill-${r.status.toLowerCase()}`}>{statusText(r.status)}</span>{" "}
              <strong>{r.owner?.name ?? "?"}</strong> · {r.agent ?? r.model ?? "?"} ·{" "}
              {r.job ? `background job ${r.job.id}` : `chat “${r.conversation?.title ?? "one-off"}”`} · since{" "}
              {new Date(r.createdAt).toLocaleTimeString()}{" "}
              <button type="button" class="secondary" onClick={() => stop(r)} aria-label={`Stop run ${r.id}`}>
                Stop
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">Nothing running.</p>
      )}
    </section>
  );
}
