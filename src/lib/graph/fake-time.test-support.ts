/** A virtual clock for tests of code that waits: `sleep` only resolves when `run` moves time on. */
import type { Scheduler } from './request-gate';

export class FakeTime implements Scheduler {
  #now = 0;
  #timers: { at: number; resolve: () => void; reject: (e: unknown) => void }[] = [];

  now(): number {
    return this.#now;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      signal?.throwIfAborted();
      const timer = { at: this.#now + ms, resolve, reject };
      this.#timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.#timers = this.#timers.filter((t) => t !== timer);
        reject(signal.reason as Error);
      });
    });
  }

  /** Runs until `work` settles, moving time to the next timer whenever nothing else can happen. */
  async run<T>(work: Promise<T>): Promise<T> {
    const state = { settled: false };
    const watched = work.finally(() => {
      state.settled = true;
    });
    watched.catch(() => undefined);
    for (let guard = 0; guard < 100_000; guard++) {
      await new Promise((r) => setImmediate(r));
      if (state.settled) return watched;
      this.#timers.sort((a, b) => a.at - b.at);
      const next = this.#timers.shift();
      if (!next) continue;
      this.#now = Math.max(this.#now, next.at);
      next.resolve();
    }
    throw new Error('FakeTime.run: the work never settled');
  }
}
