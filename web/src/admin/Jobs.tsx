import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { request, subscribe } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import {
  AdminCancelJobDocument,
  AdminJobsDocument,
  type AdminJobsQuery,
  AdminRetryJobDocument,
  AdminUserNamesDocument,
  type InteractionStatus,
  JobProgressDocument,
} from "../generated/graphql.ts";
import { jobFailed, jobLive, statusText } from "../status.ts";
import { Notices } from "./Notices.tsx";

type Job = AdminJobsQuery["jobs"]["edges"][number]["node"];
const STATUSES: InteractionStatus[] = ["QUEUED", "IN_PROGRESS", "COMPLETED", "FAILED", "CANCELLED"];

/** Every user's background jobs with their owner, filterable by status and owner, with cancel and retry; updates live. */
export function Jobs() {
  const [status, setStatus] = useState<InteractionStatus | "">("");
  const [owner, setOwner] = useState("");
  const [owners, setOwners] = useState<{ id: string; name: string }[]>([]);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Filters change faster than answers come back: only the newest request's answer is shown.
  const latest = useRef(0);
  const load = useCallback(() => {
    const n = ++latest.current;
    request(AdminJobsDocument, { state: status || null, userId: owner || null, first: 50 })
      .then((d) => {
        if (n !== latest.current) return;
        setJobs(d.jobs.edges.map((e) => e.node));
        setError(null);
      })
      .catch((err) => setError(errorText(err)));
  }, [status, owner]);
  useEffect(load, [load]);
  useEffect(() => {
    request(AdminUserNamesDocument)
      .then((d) => setOwners(d.users.edges.map((e) => e.node)))
      .catch((err) => setError(errorText(err)));
  }, []);
  // Live: each change to any job the admin may see patches its row.
  useEffect(() => {
    const sub = subscribe(
      JobProgressDocument,
      { id: null },
      (d) => {
        const j = d.jobUpdates;
        setJobs((all) =>
          all.some((x) => x.id === j.id)
            ? all.map((x) => (x.id === j.id ? { ...x, ...j, interaction: { ...x.interaction, ...j.interaction } } : x))
            : all,
        );
      },
      () => undefined,
    );
    return () => sub.stop();
  }, []);
  async function act(job: Job, what: "cancel" | "retry") {
    // A cancel answers once the run has stopped upstream too, which can take seconds: say so at once.
    setNotice(`${what === "cancel" ? "Cancelling" : "Retrying"} job ${job.id}…`);
    try {
      const r =
        what === "cancel"
          ? (await request(AdminCancelJobDocument, { id: job.id })).cancelJob
          : (await request(AdminRetryJobDocument, { id: job.id })).retryJob;
      setNotice(`Job ${job.id} is now ${statusText(r.status)}.`);
      load();
    } catch (err) {
      setError(errorText(err));
    }
  }
  return (
    <section aria-labelledby="jobs-title">
      <h2 id="jobs-title">Jobs</h2>
      <div class="row">
        <label>
          Status{" "}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as InteractionStatus | "")}>
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusText(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner{" "}
          <select value={owner} onChange={(e) => setOwner(e.currentTarget.value)}>
            <option value="">Everyone</option>
            {owners.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="secondary" onClick={load}>
          Refresh
        </button>
      </div>
      <Notices error={error} notice={notice} />
      <div class="table-wrap">
        <table class="jobs">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Owner</th>
              <th scope="col">Status</th>
              <th scope="col">Model / agent</th>
              <th scope="col">Attempts</th>
              <th scope="col">Updated</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id} data-job={j.id}>
                <td>
                  <code>{j.id}</code>
                </td>
                <td>{j.owner?.name ?? ""}</td>
                <td>
                  <span class={`pill pill-${j.status.toLowerCase()}`}>{statusText(j.status)}</span>
                  {j.lastError && <div class="muted">{j.lastError}</div>}
                </td>
                <td>{j.interaction.agent ?? j.interaction.model ?? ""}</td>
                <td>{j.attempts}</td>
                <td>{new Date(j.updatedAt).toLocaleString()}</td>
                <td>
                  {jobLive(j.status) && (
                    <button type="button" onClick={() => act(j, "cancel")} aria-label={`Cancel job ${j.id}`}>
                      Cancel
                    </button>
                  )}
                  {jobFailed(j.status) && (
                    <button type="button" onClick={() => act(j, "retry")} aria-label={`Retry job ${j.id}`}>
                      Retry
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {!jobs.length && (
              <tr>
                <td colSpan={7} class="muted">
                  No jobs{status ? ` with status ${statusText(status)}` : ""}
                  {owner ? " of this owner" : ""}.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
