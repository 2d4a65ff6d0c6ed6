import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportStore } from '../persistence/codec';
import { buildInSlices, buildNow } from './build';
import { defaultSeed } from './default';
import { largeSeed } from './large';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('seeds built in slices', () => {
  it('the large seed (at 1/20 scale) is byte for byte the same built in slices as in one go', async () => {
    const whole = hash(exportStore(buildNow(largeSeed(0.05))));
    const slices: number[] = [];
    let turns = 0;
    const sliced = await buildInSlices(largeSeed(0.05), {
      sliceMs: 10,
      onSlice: (ms) => slices.push(ms),
      scheduler: (run) => {
        turns++;
        setTimeout(run, 0);
      },
    });
    expect(hash(exportStore(sliced))).toBe(whole);
    expect(sliced.users.size).toBe(5_000 + 6);
    // It did give the event loop back, many times, in slices of about 10 ms (the bound leaves room for a loaded CI machine).
    expect(turns).toBeGreaterThan(5);
    expect(turns).toBe(slices.length - 1);
    expect(Math.max(...slices)).toBeLessThan(250);
  }, 60_000);

  it('the default seed is the same built in slices as in one go', async () => {
    const whole = hash(exportStore(buildNow(defaultSeed())));
    const sliced = await buildInSlices(defaultSeed(), { sliceMs: 5 });
    expect(hash(exportStore(sliced))).toBe(whole);
  }, 60_000);
});
