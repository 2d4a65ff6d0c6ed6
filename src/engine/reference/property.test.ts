/**
 * Seeded property tests: random small tenants and command sequences run on the fast engine and on
 * the reference resolver, compared after every command (see harness.ts for every check).
 *
 * Replay: PROPERTY_SEED=<seed> (one sequence, verbose) ; PROPERTY_RUNS=<n> (number of sequences).
 */
import { describe, expect, it } from 'vitest';
import { CaseGenerator } from './generator';
import { Harness, type HarnessStats } from './harness';

const seedEnv = process.env.PROPERTY_SEED;
const runs = seedEnv !== undefined ? 1 : Number(process.env.PROPERTY_RUNS ?? 2500);
const skip = (process.env.PROPERTY_SKIP ?? '').split(',').filter(Boolean);
const firstSeed = seedEnv !== undefined ? Number(seedEnv) : 1;

/** Runs one generated sequence; returns null or a failure report with the seed and the command log. */
export function runSeed(seed: number, totals: HarnessStats): string | null {
  const gen = new CaseGenerator(seed);
  const h = new Harness(skip);
  try {
    for (const cmd of gen.setup()) h.run(cmd);
    const length = gen.rng.int(10, 40);
    for (let i = 0; i < length; i++) h.run(gen.next(h.ref), gen.rng, gen.rng.chance(0.3));
  } catch (e) {
    const log = h.log.map((c) => `  ${JSON.stringify(c)},`).join('\n');
    return `seed ${seed} failed at command #${h.log.length}: ${JSON.stringify(h.log[h.log.length - 1])}\n${(e as Error).stack ?? String(e)}\ncommands:\n[\n${log}\n]`;
  } finally {
    for (const k of Object.keys(totals) as (keyof HarnessStats)[]) totals[k] += h.stats[k];
  }
  return null;
}

describe('fast engine agrees with the reference resolver', () => {
  it(`${runs} random command sequences from seed ${firstSeed}`, () => {
    const totals: HarnessStats = { commands: 0, refused: 0, whatIfs: 0, events: 0, messageArgumentDiffs: 0 };
    const failures: string[] = [];
    const started = performance.now();
    for (let seed = firstSeed; seed < firstSeed + runs && failures.length < 3; seed++) {
      const failure = runSeed(seed, totals);
      if (failure) failures.push(failure);
    }
    console.log(`property: ${runs} sequences, ${JSON.stringify(totals)}, ${Math.round(performance.now() - started)} ms`);
    for (const f of failures) console.error(f);
    expect(failures.map((f) => f.split('\n')[0])).toEqual([]);
  }, 120_000);
});
