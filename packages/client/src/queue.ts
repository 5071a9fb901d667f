/** A one-consumer async queue: the producer pushes, ends or fails; the iterator drains what was pushed first. */
export class EventQueue<T> implements AsyncIterable<T> {
  private items: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | null = null;
  private failWaiting: ((e: unknown) => void) | null = null;
  private ended = false;
  private failure: unknown = null;

  push(item: T): void {
    if (this.ended) return;
    if (this.waiting) this.settle().resolve({ value: item, done: false });
    else this.items.push(item);
  }

  end(): void {
    this.ended = true;
    if (this.waiting) this.settle().resolve({ value: undefined, done: true });
  }

  fail(e: unknown): void {
    if (this.ended) return;
    this.failure = e;
    this.ended = true;
    if (this.waiting) this.settle().reject(e);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return { next: () => this.next() };
  }

  private next(): Promise<IteratorResult<T>> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve({ value: item, done: false });
    if (this.failure !== null) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  private settle() {
    const resolve = this.waiting ?? (() => undefined);
    const reject = this.failWaiting ?? (() => undefined);
    this.waiting = null;
    this.failWaiting = null;
    return { resolve, reject };
  }
}
