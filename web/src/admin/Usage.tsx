import { useEffect, useMemo, useState } from "preact/hooks";
import { request } from "../api/client.ts";
import { errorText } from "../api/errors.ts";
import { usd } from "../format.ts";
import { UsageByDocument, type UsageByQuery, type UsageGroupBy } from "../generated/graphql.ts";
import { BarChart, type Series } from "./Chart.tsx";
import { Notices } from "./Notices.tsx";

type Row = UsageByQuery["usage"][number];

const tokenSeries = (rows: Row[]): Series[] => [
  { label: "Input tokens", values: rows.map((r) => r.inputTokens), color: "#4f7cff" },
  { label: "Output tokens", values: rows.map((r) => r.outputTokens), color: "#22a06b" },
  { label: "Thought tokens", values: rows.map((r) => r.thoughtTokens), color: "#c27c0e" },
];
const costSeries = (rows: Row[]): Series[] => [
  { label: "Cost (USD)", values: rows.map((r) => r.costUsd), color: "#9b51e0" },
];

/** A user's rows are labelled by name (the id when the user is gone). */
const labelOf = (r: Row) => r.user?.name ?? r.key;

const DAYS = 30;
const GROUPS: { by: UsageGroupBy; title: string; horizontal: boolean }[] = [
  { by: "DAY", title: "day", horizontal: false },
  { by: "MODEL", title: "model", horizontal: true },
  { by: "USER", title: "user", horizontal: true },
];

/** Tokens and estimated cost over the last 30 days: by day, by model, by user (every user's, as an admin). */
export function Usage() {
  const [rows, setRows] = useState<Partial<Record<UsageGroupBy, Row[]>>>({});
  const [error, setError] = useState<string | null>(null);
  const from = useMemo(() => new Date(Date.now() - DAYS * 86_400_000).toISOString(), []);
  useEffect(() => {
    Promise.all(
      GROUPS.map(({ by }) => request(UsageByDocument, { groupBy: by, from }).then((d) => [by, d.usage] as const)),
    )
      .then((all) => setRows(Object.fromEntries(all)))
      .catch((err) => setError(errorText(err)));
  }, [from]);
  const byDay = rows.DAY ?? [];
  const total = byDay.reduce((n, r) => n + r.totalTokens, 0);
  const cost = byDay.reduce((n, r) => n + r.costUsd, 0);
  const interactions = byDay.reduce((n, r) => n + r.interactions, 0);
  return (
    <section aria-labelledby="usage-title">
      <h2 id="usage-title">Usage, last {DAYS} days</h2>
      <Notices error={error} />
      <dl class="stats">
        <div>
          <dt>Tokens</dt>
          <dd data-testid="total-tokens">{total.toLocaleString("en-US")}</dd>
        </div>
        <div>
          <dt>Estimated cost</dt>
          <dd data-testid="total-cost">{usd(cost)}</dd>
        </div>
        <div>
          <dt>Interactions</dt>
          <dd>{interactions.toLocaleString("en-US")}</dd>
        </div>
      </dl>
      <div class="charts">
        {GROUPS.map(({ by, title, horizontal }) => {
          const r = rows[by] ?? [];
          const labels = r.map(labelOf);
          return [
            <BarChart
              key={`tokens-${by}`}
              title={`Tokens by ${title}`}
              labels={labels}
              series={tokenSeries(r)}
              horizontal={horizontal}
            />,
            <BarChart
              key={`cost-${by}`}
              title={`Cost by ${title}`}
              labels={labels}
              series={costSeries(r)}
              horizontal={horizontal}
              format={usd}
            />,
          ];
        })}
      </div>
      <p class="muted">Cost is estimated from the server's price table (input, cached and output tokens).</p>
    </section>
  );
}
