import { describe, expect, it } from 'vitest';
import type { TenantStore } from '../graph/store';
import { buildNow } from './build';
import { defaultSeed } from './default';
import { DAY } from './kit';
import { largeSeed } from './large';

type Bucket = 'active' | 'idle30to180' | 'idleOver180' | 'never' | 'disabled';

/** Every non-admin user's bucket as the report sees it (the last sign-in of any kind). */
function spreadOf(store: TenantStore) {
  const now = store.clock.now();
  const counts: Record<Bucket, number> = {
    active: 0,
    idle30to180: 0,
    idleOver180: 0,
    never: 0,
    disabled: 0,
  };
  const disabledDaysAgo: number[] = [];
  let beforeCreation = 0;
  let people = 0;
  for (const [id, extras] of store.users) {
    if (store.admins.has(id)) continue;
    people++;
    const s = extras.signIns;
    const last = Math.max(s?.interactive ?? 0, s?.nonInteractive ?? 0);
    if (
      s &&
      [s.interactive, s.nonInteractive, s.successful].some(
        (t) => t !== null && t < extras.createdDateTime,
      )
    )
      beforeCreation++;
    if (store.tenant.profile(id)?.accountEnabled === false) {
      counts.disabled++;
      disabledDaysAgo.push((now - last) / DAY);
      continue;
    }
    const daysAgo = (now - last) / DAY;
    counts[
      last === 0
        ? 'never'
        : daysAgo < 30
          ? 'active'
          : daysAgo <= 181
            ? 'idle30to180'
            : 'idleOver180'
    ]++;
  }
  const share = Object.fromEntries(
    Object.entries(counts).map(([k, v]) => [k, v / people]),
  ) as Record<Bucket, number>;
  disabledDaysAgo.sort((a, b) => a - b);
  return {
    share,
    beforeCreation,
    disabledMedian: disabledDaysAgo[disabledDaysAgo.length >> 1] ?? 0,
  };
}

describe('seeded sign-ins', () => {
  // The promised spread (sign-ins.ts): ~76% signed in within 30 days (a few more through a client
  // still signing in), ~16% idle 30-180 days, ~6% longer, ~4% never, ~1% disabled and licensed.
  it.each([
    ['default', () => buildNow(defaultSeed())],
    ['large at a tenth', () => buildNow(largeSeed(0.1))],
  ])(
    '%s: active, idle 30-180 days, idle longer, never, disabled, in plausible shares',
    (_name, build) => {
      const { share, beforeCreation, disabledMedian } = spreadOf(build());
      expect(share.active).toBeGreaterThan(0.65);
      expect(share.active).toBeLessThan(0.85);
      expect(share.idle30to180).toBeGreaterThan(0.1);
      expect(share.idle30to180).toBeLessThan(0.22);
      expect(share.idleOver180).toBeGreaterThan(0.02);
      expect(share.idleOver180).toBeLessThan(0.1);
      expect(share.never).toBeGreaterThan(0.02);
      expect(share.never).toBeLessThan(0.07);
      expect(share.disabled).toBeGreaterThan(0.004);
      expect(share.disabled).toBeLessThan(0.02);
      // Disabled accounts last signed in 20-200 days ago, not in the days the seed was built.
      expect(disabledMedian).toBeGreaterThan(60);
      expect(beforeCreation).toBe(0);
    },
    60_000,
  );
});
