import { describe, expect, it } from 'vitest';
import {
  mutatedRule,
  noiseRule,
  Random,
  randomContext,
  randomRule,
  randomUser,
} from './__fixtures__/random-rules';
import { referenceMatches } from './__fixtures__/reference-evaluator';
import { compileRule } from './index';
import { parseRule } from './parser';

/**
 * Seeded property tests. Re-run a failure with RULES_FUZZ_SEED=<seed printed in the message>.
 * 100,000 rules: 40% from a grammar, 40% mutated corpus or grammar rules, 20% character noise.
 */
const SEED = Number(process.env.RULES_FUZZ_SEED ?? 0x5eed2024);
const TOTAL = 100_000;
/** The slowest rule's compile, at its best of five, may not take longer than this. */
const MAX_COMPILE_MS = 250;

describe(`fuzz (seed ${String(SEED)})`, () => {
  it(`compileRule never throws, stays fast, and compiled rules agree with the reference evaluator on ${String(TOTAL)} rules`, () => {
    const r = new Random(SEED);
    const users = Array.from({ length: 12 }, (_, i) => randomUser(r, i));
    const ctx = randomContext(r);
    const stats = { valid: 0, evaluations: 0, maxMs: 0, slowest: '', matched: 0 };
    const started = performance.now();
    for (let i = 0; i < TOTAL; i++) {
      const roll = i % 10;
      const text = roll < 4 ? randomRule(r) : roll < 8 ? mutatedRule(r) : noiseRule(r);
      const where = `seed ${String(SEED)}, case ${String(i)}: ${JSON.stringify(text)}`;
      const t0 = performance.now();
      let result: ReturnType<typeof compileRule>;
      try {
        result = compileRule(text);
      } catch (e) {
        throw new Error(`compileRule threw (${where}): ${String(e)}`, { cause: e });
      }
      const ms = performance.now() - t0;
      if (ms > stats.maxMs) {
        stats.maxMs = ms;
        stats.slowest = text;
      }
      if (!result.ok) {
        expect(result.diagnostics.length, where).toBeGreaterThan(0);
        for (const d of result.diagnostics) {
          expect(d.code, where).not.toBe('internal');
          expect(
            d.span.start <= d.span.end && d.span.start >= 0 && d.span.end <= text.length,
            `${where} span ${JSON.stringify(d.span)}`,
          ).toBe(true);
        }
        continue;
      }
      stats.valid += 1;
      const parsed = parseRule(text);
      if (!parsed.ok) throw new Error(`compiled but does not parse (${where})`);
      for (let k = 0; k < 3; k++) {
        const u = users[(i + k * 5) % users.length];
        if (!u) continue;
        let got: boolean;
        try {
          got = result.rule.matches(u, ctx);
        } catch (e) {
          throw new Error(`matches threw (${where}, user ${u.id}): ${String(e)}`, { cause: e });
        }
        stats.evaluations += 1;
        if (got) stats.matched += 1;
        if (got !== referenceMatches(parsed.ast, u, ctx))
          throw new Error(`compiled and reference disagree (${where}, user ${u.id})`);
      }
    }
    const totalMs = performance.now() - started;
    // One line of figures for the report; the assertions below are what the test guarantees.
    console.info(
      `rules fuzz seed=${String(SEED)} rules=${String(TOTAL)} valid=${String(stats.valid)} evaluations=${String(stats.evaluations)} matched=${String(stats.matched)} total=${totalMs.toFixed(0)}ms maxCompile=${stats.maxMs.toFixed(2)}ms slowest=${JSON.stringify(stats.slowest.slice(0, 80))}`,
    );
    // The slowest compile of the run, timed again at its best of five: a rule whose compile is
    // really slow (runaway parsing) is slow every time; a pause of the machine (garbage
    // collection, other processes on a loaded CI machine: 453 ms seen once) is not.
    const again = Array.from({ length: 5 }, () => {
      const start = performance.now();
      compileRule(stats.slowest);
      return performance.now() - start;
    });
    expect(Math.min(...again), `slowest: ${stats.slowest}`).toBeLessThan(MAX_COMPILE_MS);
    expect(stats.valid).toBeGreaterThan(TOTAL / 10);
    expect(stats.matched).toBeGreaterThan(stats.evaluations / 20);
  }, 60_000);
});
