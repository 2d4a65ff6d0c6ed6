/**
 * Runs generated or recorded command sequences through the {@link Harness}; shared by the property
 * tests, the regression tests and ad-hoc replays (`npx tsx` a script that calls {@link replay}).
 */
import type { Command } from './commands';
import { CaseGenerator } from './generator';
import { Harness, type HarnessStats } from './harness';

/** Empty counters. */
export function emptyStats(): HarnessStats {
  return { commands: 0, refused: 0, whatIfs: 0, events: 0, messageArgumentDiffs: 0 };
}

function report(h: Harness, e: unknown, title: string): string {
  const log = h.log.map((c) => `  ${JSON.stringify(c)}`).join(',\n');
  return (
    `${title} failed at command #${h.log.length}: ${JSON.stringify(h.log[h.log.length - 1])}\n` +
    `${(e as Error).stack ?? String(e)}\ncommands (replay with replay()):\n[\n${log}\n]`
  );
}

/**
 * Runs the sequence of one seed: setup, then 10–40 random commands, each checked, 30% of them
 * also through `whatIf`. Returns null, or a failure report with the seed and the command log.
 */
export function runSeed(
  seed: number,
  totals: HarnessStats,
  skip: readonly string[] = [],
): string | null {
  const { h, error } = playSeed(seed, skip);
  for (const k of Object.keys(totals) as (keyof HarnessStats)[]) totals[k] += h.stats[k];
  if (error !== undefined) return report(h, error, `seed ${seed}`);
  return null;
}

/** Replays a recorded sequence, every command also through `whatIf`; null or a failure report. */
export function replay(commands: readonly Command[], skip: readonly string[] = []): string | null {
  const h = new Harness(skip);
  try {
    for (const cmd of commands) h.run(cmd, undefined, true);
  } catch (e) {
    return report(h, e, 'replay');
  }
  return null;
}

/** Property-test settings from the environment: PROPERTY_SEED, PROPERTY_RUNS, PROPERTY_SKIP. */
export const propertyEnv = {
  seed: process.env.PROPERTY_SEED === undefined ? null : Number(process.env.PROPERTY_SEED),
  /** Sequences per test file (two files run in parallel). */
  runs: Number(process.env.PROPERTY_RUNS ?? 1000),
  skip: (process.env.PROPERTY_SKIP ?? '').split(',').filter(Boolean),
};

/**
 * Runs `count` seeds from `first` (stopping after 3 failures), logs counters and the time
 * `elapsedMs` reports (the test supplies the clock: this module follows the engine's no-clock rule), prints each
 * failure in full and returns their first lines (empty when all passed).
 */
export function runRange(first: number, count: number, elapsedMs: () => number): string[] {
  const totals = emptyStats();
  const failures: string[] = [];
  for (let seed = first; seed < first + count && failures.length < 3; seed++) {
    const failure = runSeed(seed, totals, propertyEnv.skip);
    if (failure) failures.push(failure);
  }
  console.log(
    `property: ${count} sequences from seed ${first}: ${JSON.stringify(totals)}, ${Math.round(elapsedMs())} ms`,
  );
  for (const f of failures) console.error(f);
  return failures.map((f) => f.split('\n')[0] ?? f);
}

/** The commands of a seed's sequence as the generator produces them (up to and including a failure). */
export function commandsOfSeed(seed: number, skip: readonly string[] = []): Command[] {
  return [...playSeed(seed, skip).h.log]; // after a failure, the log ends with the failing command
}

/** Plays the sequence of one seed: setup, then 10–40 random commands, 30% of them also through `whatIf`. */
function playSeed(seed: number, skip: readonly string[]): { h: Harness; error?: unknown } {
  const gen = new CaseGenerator(seed);
  const h = new Harness(skip);
  try {
    for (const cmd of gen.setup()) h.run(cmd);
    const length = gen.rng.int(10, 40);
    for (let i = 0; i < length; i++) h.run(gen.next(h.ref), gen.rng, gen.rng.chance(0.3));
    return { h };
  } catch (error) {
    return { h, error: error ?? new Error('undefined thrown') };
  }
}

/**
 * Shrinks a failing sequence: drops chunks of commands, then single commands, while `replay` still
 * fails with the same first line of the error (e.g. `user u8 differs`). For bug reports.
 */
export function shrink(commands: readonly Command[], skip: readonly string[] = []): Command[] {
  const signature = (cmds: readonly Command[]): string | null => {
    const failure = replay(cmds, skip);
    return failure === null ? null : (failure.split('\n')[1] ?? '');
  };
  const wanted = signature(commands);
  if (wanted === null) return [...commands];
  let current = [...commands];
  for (
    let size = Math.max(1, Math.floor(current.length / 2));
    size >= 1;
    size = Math.floor(size / 2)
  ) {
    for (let at = 0; at < current.length;) {
      const candidate = [...current.slice(0, at), ...current.slice(at + size)];
      if (candidate.length > 0 && signature(candidate) === wanted) current = candidate;
      else at += size;
    }
  }
  return current;
}
