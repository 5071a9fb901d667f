/** How long a shared read is reused by the subscribers handling the same update (ms). */
const KEEP_MS = 2_000;

/**
 * One database read per published update, however many subscribers of this
 * process handle it: the first to ask reads, the others get the same promise.
 * The key names the update (a job update's tag, an event's seq), so a later
 * update always reads again; entries go after KEEP_MS.
 */
export class SharedReads {
  private reads = new Map<string, { value: Promise<unknown>; at: number }>();

  once<T>(key: string, read: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.reads.get(key);
    if (hit && now - hit.at < KEEP_MS) return hit.value as Promise<T>;
    if (this.reads.size > 1_000) this.prune(now);
    const value = read();
    this.reads.set(key, { value, at: now });
    // A failed read is not kept: the next subscriber tries again.
    value.catch(() => this.reads.delete(key));
    return value;
  }

  private prune(now: number): void {
    for (const [k, v] of this.reads) if (now - v.at >= KEEP_MS) this.reads.delete(k);
  }
}
