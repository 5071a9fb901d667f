import type { IncomingMessage, ServerResponse } from "node:http";
import type { Viewer } from "../engine/access/policy.ts";
import { refuse } from "../security/origin.ts";
import { type StreamLimits, userKey } from "../ws/limits.ts";

const wantsEventStream = (req: IncomingMessage) => /text\/event-stream/i.test(req.headers.accept ?? "");

/**
 * SSE streams count against the same limits as WebSockets (StreamLimits): per
 * client address and per user, held until the response closes. Returns true
 * when the request was refused (429 TOO_MANY_STREAMS, answered here).
 */
export function createSseGate(deps: {
  limits: StreamLimits;
  viewerOf: (req: IncomingMessage) => Promise<Viewer | null>;
}) {
  const { limits } = deps;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!wantsEventStream(req)) return false;
    const releaseAddress = limits.hold(limits.addressKey(req));
    if (!releaseAddress) {
      refuse(res, "TOO_MANY_STREAMS", "Too many streams from this address (STREAM_MAX_PER_ADDRESS)", {
        headers: { "retry-after": "5" },
      });
      return true;
    }
    res.once("close", releaseAddress);
    // A bad credential is GraphQL's to answer (401 with its reason): it counts by address only.
    const viewer = await deps.viewerOf(req).catch(() => null);
    if (!viewer) return false;
    const releaseUser = limits.hold(userKey(viewer.id));
    if (!releaseUser) {
      refuse(res, "TOO_MANY_STREAMS", "Too many streams for this user (STREAM_MAX_PER_USER)", {
        headers: { "retry-after": "5" },
      });
      return true;
    }
    res.once("close", releaseUser);
    return false;
  };
}
