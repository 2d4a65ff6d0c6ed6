/**
 * Differential test of the impact summaries: the engine reads a change's impact from its entries
 * (`entriesImpact`, no snapshots); the definition is the comparison of the two snapshots
 * (`snapshotImpact`). On random tenants and commands (the property tests' generator, the reference
 * resolver keeping it honest), every what-if is summarised both ways and must agree exactly,
 * order of every list included.
 */
import { describe, expect, it } from 'vitest';
import {
  changeImpact,
  entriesImpact,
  groupLicenseImpact,
  snapshotImpact,
  type UserImpact,
} from './impact';
import { applyCommand, type Command } from './reference/commands';
import { CaseGenerator } from './reference/generator';
import { Harness } from './reference/harness';
import type { LicenseRequest, UserLicenseChange, WhatIfResult } from './types';
import { LazyUserChange } from './views';

const SEQUENCES = Number(process.env.PROPERTY_RUNS ?? 300);

/** The same result with plain changes: the summaries then take the snapshot path. */
function withPlainChanges<T extends WhatIfResult>(result: T): T {
  const plain = result.changes.map((c): UserLicenseChange => ({
    userId: c.userId,
    before: c.before,
    after: c.after,
  }));
  return { ...result, changes: plain };
}

/** What the random cases exercised, so the test cannot pass on cases that show nothing. */
const seen = {
  changes: 0,
  gainedSkus: 0,
  lostSkus: 0,
  gainedPlans: 0,
  regainedPlans: 0,
  lostPlans: 0,
  newErrors: 0,
  losers: 0,
  keepers: 0,
};

function count(impact: UserImpact, change: LazyUserChange): void {
  seen.changes++;
  if (impact.gainedSkus.length > 0) seen.gainedSkus++;
  if (impact.lostSkus.length > 0) seen.lostSkus++;
  if (impact.gainedPlans.length > 0) seen.gainedPlans++;
  if (impact.gainedPlans.some((id) => change.beforeLost?.has(id))) seen.regainedPlans++;
  if (impact.lostPlans.length > 0) seen.lostPlans++;
  if (impact.newErrors.length > 0) seen.newErrors++;
}

/** Runs `cmd` in a what-if on the harness's engine and checks both summaries agree. */
function checkWhatIf(h: Harness, cmd: Command): void {
  let result: WhatIfResult & { readonly value: unknown };
  try {
    result = h.fast.whatIf((t) => applyCommand(t, cmd, () => undefined));
  } catch {
    return; // refused: nothing to summarise
  }
  for (const change of result.changes) {
    if (!(change instanceof LazyUserChange)) throw new Error('what-if changes are lazy');
    const fast = entriesImpact(change);
    expect(fast).toEqual(snapshotImpact(change));
    count(fast, change);
  }
  expect(changeImpact(result)).toEqual(changeImpact(withPlainChanges(result)));
  if (cmd.op === 'assignGroupLicenses') {
    const licenses = result as WhatIfResult & {
      readonly value: { before: readonly LicenseRequest[]; after: readonly LicenseRequest[] };
    };
    const fast = groupLicenseImpact(licenses);
    expect(fast).toEqual(groupLicenseImpact(withPlainChanges(licenses)));
    for (const effect of fast.disabledPlanEffects) {
      if (effect.lose > 0) seen.losers++;
      if (effect.keep > 0) seen.keepers++;
    }
  }
}

describe('impact read from entries equals impact read from snapshots', () => {
  it(`${SEQUENCES} random sequences, every command through a what-if`, () => {
    for (let seed = 1; seed <= SEQUENCES; seed++) {
      const gen = new CaseGenerator(seed);
      const h = new Harness();
      for (const cmd of gen.setup()) h.run(cmd);
      const length = gen.rng.int(10, 40);
      for (let i = 0; i < length; i++) {
        const cmd = gen.next(h.ref);
        if (cmd.op !== 'tick') checkWhatIf(h, cmd);
        h.run(cmd);
      }
    }
    for (const [what, n] of Object.entries(seen))
      expect(n, `random cases with ${what}`).toBeGreaterThan(0);
  }, 120_000);
});
