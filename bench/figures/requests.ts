// Per-request cost: req/s of small queries against a bare Yoga server on the
// same machine, with the same load generator and connection count.
import autocannon from "autocannon";
import type { Proc } from "../lib/procs.ts";
import { median, round } from "../lib/stats.ts";

export async function reqPerSecond(url: string, query: string, connections: number, seconds: number): Promise<number> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: "POST",
    connections,
    duration: seconds,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  if (result.non2xx || result.errors) throw new Error(`${query}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/** Medians of interleaved runs: gateway, bare Yoga, gateway, bare Yoga, ... */
export async function requestRates(
  server: Proc,
  bare: Proc,
  opts: { connections: number; seconds: number; rounds: number },
) {
  const out: Record<string, { gateway: number; bareYoga: number; ratio: number }> = {};
  for (const query of ["{ viewer { id } }", "{ __typename }"]) {
    const gw: number[] = [];
    const base: number[] = [];
    await reqPerSecond(server.url, query, opts.connections, 1); // warm-up
    await reqPerSecond(bare.url, query, opts.connections, 1);
    for (let i = 0; i < opts.rounds; i++) {
      gw.push(await reqPerSecond(server.url, query, opts.connections, opts.seconds));
      base.push(await reqPerSecond(bare.url, query, opts.connections, opts.seconds));
    }
    out[query] = {
      gateway: round(median(gw), 0),
      bareYoga: round(median(base), 0),
      ratio: round(median(gw) / median(base), 3),
    };
  }
  return out;
}
