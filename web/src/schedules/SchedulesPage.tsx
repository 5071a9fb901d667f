import { useCallback, useEffect, useState } from "preact/hooks";
import { Notices } from "../admin/Notices.tsx";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  WebCreateScheduleDocument,
  WebDeleteScheduleDocument,
  WebPauseScheduleDocument,
  WebResumeScheduleDocument,
  WebRunScheduleNowDocument,
  type WebScheduleFragment,
  WebScheduleRunsDocument,
  type WebScheduleRunsQuery,
  WebSchedulesDocument,
} from "../generated/graphql.ts";

type Run = WebScheduleRunsQuery["scheduleRuns"]["edges"][number]["node"];

/** Cron rules people ask for most, as a starting point for the rule field. */
const PRESETS: [string, string][] = [
  ["Every hour", "0 * * * *"],
  ["Every day at 08:00", "0 8 * * *"],
  ["Weekdays at 08:00", "0 8 * * 1-5"],
  ["Mondays at 08:00", "0 8 * * 1"],
  ["First of the month at 08:00", "0 8 1 * *"],
];

const when = (v: unknown) => (typeof v === "string" ? new Date(v).toLocaleString() : "—");

function CreateForm({ onCreated }: { onCreated(): void }) {
  const [name, setName] = useState("");
  const [cron, setCron] = useState("0 8 * * 1");
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [kind, setKind] = useState<"model" | "agent">("model");
  const [runner, setRunner] = useState("gemini-3.5-flash");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await request(WebCreateScheduleDocument, {
        input: { name, cron, timeZone, text, ...(kind === "agent" ? { agent: runner } : { model: runner }) },
      });
      setError(null);
      setName("");
      setText("");
      onCreated();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <form class="stack" onSubmit={submit} aria-labelledby="new-schedule">
      <h2 id="new-schedule">New schedule</h2>
      <label>
        Name <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <div class="row">
        <label>
          Rule (cron){" "}
          <input required value={cron} onInput={(e) => setCron(e.currentTarget.value)} aria-describedby="cron-help" />
        </label>
        <label>
          Preset{" "}
          <select value={cron} onChange={(e) => setCron(e.currentTarget.value)}>
            <option value={cron}>Custom</option>
            {PRESETS.map(([label, rule]) => (
              <option key={rule} value={rule}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Time zone <input required value={timeZone} onInput={(e) => setTimeZone(e.currentTarget.value)} />
        </label>
      </div>
      <p id="cron-help" class="muted">
        minute hour day-of-month month day-of-week, read in the time zone (e.g. Europe/Berlin).
      </p>
      <div class="row">
        <label>
          Runs{" "}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value === "agent" ? "agent" : "model")}>
            <option value="model">a model</option>
            <option value="agent">an agent</option>
          </select>
        </label>
        <label>
          {kind === "agent" ? "Agent id" : "Model"}{" "}
          <input
            required
            value={runner}
            placeholder={kind === "agent" ? "deep-research-preview-04-2026 or a custom agent's id" : "gemini-3.5-flash"}
            onInput={(e) => setRunner(e.currentTarget.value)}
          />
        </label>
      </div>
      <label>
        Message <textarea required value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <Notices error={error} />
      <button type="submit">Create schedule</button>
    </form>
  );
}

function History({ id }: { id: string }) {
  const [runs, setRuns] = useState<Run[] | null>(null);
  useEffect(() => {
    request(WebScheduleRunsDocument, { id })
      .then((d) => setRuns(d.scheduleRuns.edges.map((e) => e.node)))
      .catch(() => setRuns([]));
  }, [id]);
  if (!runs) return <p class="muted">Loading…</p>;
  if (!runs.length) return <p class="muted">No runs yet.</p>;
  return (
    <ul>
      {runs.map((r) => (
        <li key={r.id}>
          {when(r.scheduledFor)} {r.manual ? "(run now) " : ""}
          {r.job ? `job ${r.job.id}: ${r.job.state}` : `refused: ${r.errorCode ?? ""} ${r.error ?? ""}`}
        </li>
      ))}
    </ul>
  );
}

/** The viewer's schedules: create one with a cron helper, see next runs and history, pause, resume, run now. */
export function SchedulesPage() {
  const [schedules, setSchedules] = useState<WebScheduleFragment[]>([]);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => {
    request(WebSchedulesDocument)
      .then((d) => setSchedules(d.schedules.edges.map((e) => e.node)))
      .catch((err) => setError(errorText(err)));
  }, []);
  useEffect(load, [load]);
  async function act(s: WebScheduleFragment, what: "pause" | "resume" | "run" | "delete") {
    try {
      if (what === "pause") await request(WebPauseScheduleDocument, { id: s.id });
      if (what === "resume") await request(WebResumeScheduleDocument, { id: s.id });
      if (what === "delete") await request(WebDeleteScheduleDocument, { id: s.id });
      if (what === "run") {
        const job = (await request(WebRunScheduleNowDocument, { id: s.id })).runScheduleNow;
        setNotice(`${s.name}: started job ${job.id}.`);
      } else setNotice(`${s.name}: ${what === "delete" ? "deleted" : `${what}d`}.`);
      setError(null);
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <main class="pad">
      <h1>Schedules</h1>
      <CreateForm onCreated={load} />
      <section aria-labelledby="schedules-title">
        <h2 id="schedules-title">Your schedules</h2>
        <Notices error={error} notice={notice} />
        {!schedules.length && <p class="muted">No schedules yet.</p>}
        {schedules.map((s) => (
          <article key={s.id} class="card" data-schedule={s.id}>
            <h3>{s.name}</h3>
            <p>
              <code>{s.cron}</code> in {s.timeZone} · {s.agent ?? s.model} · {s.state}
              {s.pausedReason ? ` (${s.pausedReason})` : ""}
            </p>
            <p>
              Next run: {when(s.nextRunAt)} · Last run:{" "}
              {s.lastRun ? `${when(s.lastRun.scheduledFor)} ${s.lastRun.job?.state ?? s.lastRun.errorCode ?? ""}` : "—"}
            </p>
            <div class="row">
              {s.state === "ACTIVE" ? (
                <button type="button" class="secondary" onClick={() => act(s, "pause")}>
                  Pause
                </button>
              ) : (
                <button type="button" class="secondary" onClick={() => act(s, "resume")}>
                  Resume
                </button>
              )}
              <button type="button" onClick={() => act(s, "run")}>
                Run now
              </button>
              <button type="button" class="secondary" onClick={() => setOpen(open === s.id ? null : s.id)}>
                {open === s.id ? "Hide history" : "History"}
              </button>
              <button type="button" class="secondary" onClick={() => act(s, "delete")}>
                Delete
              </button>
            </div>
            {open === s.id && <History id={s.id} />}
          </article>
        ))}
      </section>
    </main>
  );
}
