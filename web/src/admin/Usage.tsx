import { useEffect, useMemo, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import { UsageByDocument, type UsageByQuery, type UsageGroupBy } from "../generated/graphql.ts";
import { BarChart, type Series } from "./Chart.tsx";

type Row = UsageByQuery["usage"][number];

const tokenSeries = (rows: Row[]): Series[] => [
  { label: "Input tokens", values: rows.map((r) => r.inputTokens), color: "#4f7cff" },
  { label: "Output tokens", values: rows.map((r) => r.outputTokens), color: "#22a06b" },
  { label: "Thought tokens", values: rows.map((r) => r.thoughtTokens), color: "#c27c0e" },
];

const DAYS = 30;

/** Token usage over the last 30 days: by day, by model, by user (every user's, as an admin). */
export function Usage() {
  const [rows, setRows] = useState<Partial<Record<UsageGroupBy, Row[]>>>({});
  const [error, setError] = useState<string | null>(null);
  const from = useMemo(() => new Date(Date.now() - DAYS * 86_400_000).toISOString(), []);
  useEffect(() => {
    const groups: UsageGroupBy[] = ["DAY", "MODEL", "USER"];
    Promise.all(groups.map((g) => request(UsageByDocument, { groupBy: g, from }).then((d) => [g, d.usage] as const)))
      .then((all) => setRows(Object.fromEntries(all)))
      .catch((err) => setError(errorText(err)));
  }, [from]);
  const byDay = rows.DAY ?? [];
  const byModel = rows.MODEL ?? [];
  const byUser = rows.USER ?? [];
  const total = byDay.reduce((n, r) => n + r.totalTokens, 0);
  const interactions = byDay.reduce((n, r) => n + r.interactions, 0);
  return (
    <section aria-labelledby="usage-title">
      <h2 id="usage-title">Usage, last {DAYS} days</h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <dl class="stats">
        <div>
          <dt>Tokens</dt>
          <dd data-testid="total-tokens">{total.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Interactions</dt>
          <dd>{interactions.toLocaleString()}</dd>
        </div>
      </dl>
      <div class="charts">
        <BarChart title="Tokens by day" labels={byDay.map((r) => r.key)} series={tokenSeries(byDay)} />
        <BarChart title="Tokens by model" labels={byModel.map((r) => r.key)} series={tokenSeries(byModel)} horizontal />
        <BarChart title="Tokens by user" labels={byUser.map((r) => r.key)} series={tokenSeries(byUser)} horizontal />
      </div>
      <p class="muted">Cost appears here once the API reports it.</p>
    </section>
  );
}
