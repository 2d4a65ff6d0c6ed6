/**
 * Second half of the seeded property tests, in its own file so vitest runs it on another worker.
 * Same environment variables as property.test.ts; with PROPERTY_SEED set it runs nothing.
 */
import { describe, expect, it } from 'vitest';
import { propertyEnv, runRange } from './runner';

const { seed, runs } = propertyEnv;

describe('fast engine agrees with the reference resolver (second half)', () => {
  it(`${seed === null ? runs : 0} random sequences from seed 100001`, () => {
    const started = performance.now();
    expect(runRange(100_001, seed === null ? runs : 0, () => performance.now() - started)).toEqual(
      [],
    );
  }, 120_000);
});
