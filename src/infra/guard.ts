import type { Logger } from "./logger.ts";
import { unhandledErrors } from "./metrics.ts";

/**
 * The process-level guard: a promise rejection nobody handled (a library's
 * un-awaited command during a Redis outage, say) is logged and counted
 * instead of ending the process, which Node does by default. The logger's
 * redaction keeps credentials out of the line. Uncaught exceptions still end
 * the process: after one, its state is unknown.
 */
export function guardUnhandledRejections(logger: Logger): () => void {
  const onRejection = (reason: unknown) => {
    unhandledErrors.inc({ kind: "rejection" });
    logger.error("unhandled promise rejection (kept running)", {
      err: reason instanceof Error ? reason : new Error(String(reason)),
    });
  };
  process.on("unhandledRejection", onRejection);
  return () => void process.off("unhandledRejection", onRejection);
}
