/**
 * `putInTurn` spreads the puts of a long list over short tasks: at most `PUTS_AHEAD` waiting,
 * and no more than `PUT_RUN_MS` of puts in one task while one is waiting, so a request the
 * emulator's worker receives during a compaction is not held behind eight large clones.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PUT_RUN_MS, PUTS_AHEAD, putInTurn } from './idb';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A store whose puts succeed only when the test says so; each put takes `cloneMs` of the clock. */
function fakeStore(cloneMs: number) {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const put: string[] = [];
  const pending: { onsuccess: (() => void) | null }[] = [];
  const store = {
    put(_value: unknown, key: string) {
      clock += cloneMs;
      put.push(key);
      const request = { onsuccess: null as (() => void) | null };
      pending.push(request);
      return request;
    },
  } as unknown as IDBObjectStore;
  /** One success, as its own task: returns how many puts that task made. */
  const succeed = () => {
    const before = put.length;
    pending.shift()?.onsuccess?.();
    return put.length - before;
  };
  return { store, put, pending, succeed };
}

const records = (n: number) =>
  Array.from({ length: n }, (_, i): [string, unknown] => [`k${String(i)}`, { i }]);

describe('putInTurn', () => {
  it('puts up to PUTS_AHEAD at once when puts are quick', () => {
    const { store, put } = fakeStore(0.1);
    putInTurn(store, records(20), () => undefined);
    expect(put).toHaveLength(PUTS_AHEAD);
  });

  it('stops a task after PUT_RUN_MS of cloning while a put waits, and still puts every record in order', () => {
    const cloneMs = PUT_RUN_MS * 0.75;
    const { store, put, succeed, pending } = fakeStore(cloneMs);
    let finished = false;
    putInTurn(store, records(12), () => {
      finished = true;
    });
    // The first put runs 0.75 of the budget, the second crosses it: two, not eight.
    expect(put).toHaveLength(2);
    const runs: number[] = [];
    while (pending.length > 0) runs.push(succeed());
    expect(Math.max(...runs)).toBeLessThanOrEqual(2);
    expect(put).toEqual(records(12).map(([key]) => key));
    expect(finished).toBe(true);
  });

  it('a single slow put still goes out (nothing else is waiting)', () => {
    const { store, put, succeed } = fakeStore(PUT_RUN_MS * 10);
    putInTurn(store, records(3), () => undefined);
    expect(put).toHaveLength(1);
    succeed();
    expect(put).toHaveLength(2);
  });
});
