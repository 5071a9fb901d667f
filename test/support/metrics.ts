import { registry } from "../../src/infra/metrics.ts";

/** One scrape of `/metrics` as a map from `name{labels}` (labels sorted, as exposed) to value. */
export async function scrape(baseUrl: string, headers: Record<string, string>): Promise<Map<string, number>> {
  const res = await fetch(`${baseUrl}/metrics`, { headers });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  const out = new Map<string, number>();
  for (const line of (await res.text()).split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

/** The value of one series now (absent counts as 0). */
export const metric = async (baseUrl: string, headers: Record<string, string>, series: string) =>
  (await scrape(baseUrl, headers)).get(series) ?? 0;

/**
 * A counter or gauge of this process's own registry, summed over the series
 * whose labels match: what its /metrics would show, for in-process tests.
 */
export async function local(name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = registry.getSingleMetric(name);
  if (!m) throw new Error(`no metric ${name}`);
  const { values } = await m.get();
  return values
    .filter((v) => Object.entries(labels).every(([k, x]) => v.labels[k] === x))
    .reduce((sum, v) => sum + v.value, 0);
}
