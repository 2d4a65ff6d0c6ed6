/**
 * Seeded property tests: random small tenants and command sequences run on the fast engine and on
 * the reference resolver, compared after every command (see harness.ts for every check).
 *
 * Environment: PROPERTY_SEED=<n> runs only that sequence; PROPERTY_RUNS=<n> sequences per file
 * (default 1,000 here and 1,000 in property-b.test.ts, which vitest runs on another worker);
 * PROPERTY_SKIP=a,b leaves out the checks of known open bugs (see `Harness.skip`). A failure prints
 * the seed and the command log as JSON, which `replay()` in runner.ts runs again.
 */
import { describe, expect, it } from 'vitest';
import { propertyEnv, runRange } from './runner';

const { seed, runs } = propertyEnv;

describe('fast engine agrees with the reference resolver', () => {
  it(
    seed === null ? `${runs} random sequences from seed 1` : `seed ${seed}`,
    () => {
      const started = performance.now();
      const elapsed = (): number => performance.now() - started;
      expect(seed === null ? runRange(1, runs, elapsed) : runRange(seed, 1, elapsed)).toEqual([]);
    },
    120_000,
  );
});
