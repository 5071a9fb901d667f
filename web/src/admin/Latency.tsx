import { useEffect, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import { RunLatencyDocument } from "../generated/graphql.ts";
import { Notices } from "./Notices.tsx";

/** The p-th percentile (nearest rank) of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
const SAMPLE = 100;

/**
 * Latency percentiles of background runs: from a run's start to its end, over
 * the newest finished jobs. (The API has no latency aggregate yet; this uses
 * the timestamps it does expose.)
 */
export function Latency() {
  const [rows, setRows] = useState<{ key: string; n: number; p50: number; p90: number; p99: number }[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request(RunLatencyDocument, { first: SAMPLE })
      .then((d) => {
        const by = new Map<string, number[]>();
        for (const { node } of d.jobs.edges) {
          const i = node.interaction;
          if (!i.completedAt) continue;
          const ms = Date.parse(i.completedAt) - Date.parse(i.createdAt);
          if (!(ms >= 0)) continue;
          for (const key of ["all runs", i.agent ?? i.model ?? "?"]) by.set(key, [...(by.get(key) ?? []), ms]);
        }
        setRows(
          [...by].map(([key, values]) => {
            const s = values.sort((a, b) => a - b);
            return { key, n: s.length, p50: percentile(s, 50), p90: percentile(s, 90), p99: percentile(s, 99) };
          }),
        );
      })
      .catch((err) => setError(errorText(err)));
  }, []);
  return (
    <section aria-labelledby="latency-title">
      <h2 id="latency-title">Run latency</h2>
      <p class="muted">Background runs, start to end, over the newest {SAMPLE} jobs.</p>
      <Notices error={error} />
      {rows.length ? (
        <div class="table-wrap">
          <table class="latency">
            <thead>
              <tr>
                <th scope="col">Model / agent</th>
                <th scope="col">Runs</th>
                <th scope="col">p50</th>
                <th scope="col">p90</th>
                <th scope="col">p99</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.key}</th>
                  <td>{r.n}</td>
                  <td>{seconds(r.p50)}</td>
                  <td>{seconds(r.p90)}</td>
                  <td>{seconds(r.p99)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        !error && <p class="muted">No finished background runs yet.</p>
      )}
    </section>
  );
}
