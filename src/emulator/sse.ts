import type { ServerResponse } from "node:http";
import type { Fault } from "./faults.ts";
import { sleep } from "./http.ts";
import type { StoredEvent } from "./store.ts";

/** Resolves when the client has gone (or the server closed the socket). */
export const closed = (res: ServerResponse) =>
  new Promise<void>((resolve) => {
    if (res.destroyed || res.writableFinished) return resolve();
    res.once("close", () => resolve());
  });

/** An AbortSignal that fires when the client disconnects, so tails stop waiting. */
export function disconnectSignal(res: ServerResponse): AbortSignal {
  const ctl = new AbortController();
  res.once("close", () => ctl.abort());
  return ctl.signal;
}

/**
 * Writes events as upstream frames them (`event:` + `data:` JSON with
 * `event_type`, then `data: [DONE]`), honouring stream faults: a cut closes
 * the socket mid-body, a stall goes silent with the socket open, slow deltas
 * pause before each `step.delta`.
 */
export async function writeSse(res: ServerResponse, events: AsyncIterable<StoredEvent>, fault?: Fault): Promise<void> {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
  res.flushHeaders();
  let sent = 0;
  let flushed: Promise<void> = Promise.resolve();
  const interrupt = async (): Promise<boolean> => {
    if (fault?.cutAfter !== undefined && sent >= fault.cutAfter) {
      // Let the events already written reach the client, then drop the socket mid-body.
      await flushed;
      res.destroy();
      return true;
    }
    if (fault?.stallAfter !== undefined && sent >= fault.stallAfter) {
      await closed(res);
      return true;
    }
    return false;
  };
  for await (const ev of events) {
    if (res.destroyed || (await interrupt())) return;
    if (fault?.deltaDelayMs && ev.event_type === "step.delta") await sleep(fault.deltaDelayMs);
    if (res.destroyed) return;
    flushed = new Promise((resolve) =>
      res.write(`event: ${ev.event_type}\ndata: ${JSON.stringify(ev)}\n\n`, () => resolve()),
    );
    sent += 1;
  }
  // A cut or stall after the last event still withholds [DONE].
  if (res.destroyed || (await interrupt())) return;
  res.end("event: done\ndata: [DONE]\n\n");
}
