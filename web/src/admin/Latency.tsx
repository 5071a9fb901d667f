import { useEffect, useMemo, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import { RunLatencyDocument, type RunLatencyQuery } from "../generated/graphql.ts";
import { Notices } from "./Notices.tsx";

type Row = RunLatencyQuery["usage"][number];

const seconds = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? "—" : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const DAYS = 30;

/**
 * Latency percentiles per model or agent over the last 30 days, every run
 * (chats and background jobs): time to first token and to the run's end,
 * as the API computes them, with the runs that failed.
 */
export function Latency() {
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState<string | null>(null);
  const from = useMemo(() => new Date(Date.now() - DAYS * 86_400_000).toISOString(), []);
  useEffect(() => {
    request(RunLatencyDocument, { from })
      .then((d) => setRows(d.usage))
      .catch((err) => setError(errorText(err)));
  }, [from]);
  return (
    <section aria-labelledby="latency-title">
      <h2 id="latency-title">Latency and errors, last {DAYS} days</h2>
      <Notices error={error} />
      {rows.length ? (
        <div class="table-wrap">
          <table class="latency">
            <thead>
              <tr>
                <th scope="col">Model / agent</th>
                <th scope="col">Runs</th>
                <th scope="col">Errors</th>
                <th scope="col">First token p50</th>
                <th scope="col">First token p95</th>
                <th scope="col">Total p50</th>
                <th scope="col">Total p95</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.key}</th>
                  <td>{r.interactions}</td>
                  <td>{r.errors}</td>
                  <td>{seconds(r.ttftP50Ms)}</td>
                  <td>{seconds(r.ttftP95Ms)}</td>
                  <td>{seconds(r.latencyP50Ms)}</td>
                  <td>{seconds(r.latencyP95Ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        !error && <p class="muted">No runs yet.</p>
      )}
    </section>
  );
}
