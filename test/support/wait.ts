/**
 * Polls `probe` until it returns a value (not undefined/null/false), or fails
 * after `timeoutMs` with the last value seen: a bounded wait for a condition,
 * never a sleep used as an assertion.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false> | T | undefined | null | false,
  { timeoutMs = 20_000, everyMs = 50 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    last = await probe();
    if (last !== undefined && last !== null && last !== false) return last as T;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/**
 * Lets time pass. Only for what no condition can show: a quiet period before a
 * "nothing more happened" check, or a timer that must get its chance to fire.
 * To wait for something to happen, use `waitFor`.
 */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
