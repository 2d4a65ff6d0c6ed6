/**
 * Work that would hold the event loop too long (scanning 100,000 users, sorting them) runs in
 * slices of a few milliseconds with a yield in between, so every other request, and in the
 * browser the page, keeps getting its turn. A request never holds the loop for more than a slice.
 */

/** Resolves on a later macrotask: `setImmediate` in Node, a `MessageChannel` in browsers. */
export function nextTask(): Promise<void> {
  if (typeof setImmediate === 'function')
    return new Promise((resolve) => {
      setImmediate(resolve);
    });
  if (typeof MessageChannel !== 'undefined') {
    const channel = new MessageChannel();
    return new Promise((resolve) => {
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Milliseconds of work between yields. */
export const SLICE_MS = 8;

/** A time budget: `due()` is cheap enough to ask every few hundred rows. */
export class TimeSlice {
  #start = performance.now();
  readonly #ms: number;

  constructor(ms = SLICE_MS) {
    this.#ms = ms;
  }

  /** Whether the slice has run out. */
  due(): boolean {
    return performance.now() - this.#start >= this.#ms;
  }

  /** Yields to the event loop and starts a new slice. */
  async yield(): Promise<void> {
    await nextTask();
    this.#start = performance.now();
  }
}

/**
 * A stable sort in slices: runs of 1,024 sorted with `Array.prototype.sort`, then merged pairwise,
 * yielding whenever the slice is used up. Sorts `items` and returns it (or a same-length copy).
 */
export async function sortInSlices<T>(
  items: T[],
  compare: (a: T, b: T) => number,
  slice: TimeSlice,
): Promise<T[]> {
  const RUN = 1024;
  const n = items.length;
  for (let lo = 0; lo < n; lo += RUN) {
    const run = items.slice(lo, lo + RUN).sort(compare);
    for (let i = 0; i < run.length; i++) items[lo + i] = run[i] as T;
    if (slice.due()) await slice.yield();
  }
  let source = items;
  let target: T[] = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      for (let k = lo; k < hi; k++) {
        if (i < mid && (j >= hi || compare(source[i] as T, source[j] as T) <= 0))
          target[k] = source[i++] as T;
        else target[k] = source[j++] as T;
        if ((k & 4095) === 0 && slice.due()) await slice.yield();
      }
    }
    [source, target] = [target, source];
  }
  return source;
}
