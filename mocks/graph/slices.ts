/**
 * Work that would hold the event loop too long (scanning 100,000 users, sorting them) runs in
 * slices of a few milliseconds with a yield in between, so every other request, and in the
 * browser the page, keeps getting its turn. A request never holds the loop for more than a slice.
 */

/** Runs a callback on a later macrotask: `setImmediate` in Node, a `MessageChannel` in browsers. */
function macrotask(callback: () => void): void {
  if (typeof setImmediate === 'function') {
    setImmediate(callback);
    return;
  }
  if (typeof MessageChannel !== 'undefined') {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
    return;
  }
  setTimeout(callback, 0);
}

/** Slices waiting for their turn, oldest first. */
const waiting: (() => void)[] = [];
let scheduled = false;

function runOne(): void {
  scheduled = false;
  const next = waiting.shift();
  if (waiting.length > 0) schedule();
  next?.();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  macrotask(runOne);
}

/**
 * Resolves on a later macrotask, one waiting slice per macrotask, oldest first. Four requests
 * scanning at once thus take turns with each other and with everything else on the event loop
 * (I/O, timers, other requests): the loop is never held for more than one slice, however many
 * scans run.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    schedule();
  });
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
