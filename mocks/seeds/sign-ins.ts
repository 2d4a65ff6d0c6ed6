/**
 * The last sign-ins of a seeded tenant (`signInActivity`): a realistic spread, deterministic from
 * the seed and its clock (never the wall clock). Admin accounts signed in within two days; of the
 * others about 60% are active (last sign-in under 14 days ago), 12% 14-29 days, 16% 30-180 days,
 * 6% 181-400 days and 4% never signed in. A disabled account last signed in 20-200 days before
 * the seed's day. Some inactive users still have clients signing in on their behalf
 * (non-interactive sign-ins under 14 days old), and some last interactive attempts failed
 * (their last successful sign-in is older), as on a real tenant.
 */
import type { SignIns } from '../graph/model';
import type { TenantStore } from '../graph/store';
import { DAY } from './kit';
import { random, type Random } from './prng';

const HOUR = 3_600_000;

/** A time `days` (plus some hours) before `now`, never before the account existed. */
function ago(rng: Random, now: number, created: number, minDays: number, maxDays: number): number {
  const days = minDays + rng.int(maxDays - minDays + 1);
  return Math.max(created + HOUR, now - days * DAY - rng.int(24) * HOUR);
}

/** One user's sign-ins. */
function signInsOf(
  rng: Random,
  now: number,
  created: number,
  kind: 'admin' | 'disabled' | 'member',
): SignIns {
  const roll = rng.int(100);
  if (kind === 'member' && roll < 4)
    return { interactive: null, nonInteractive: null, successful: null };
  const [min, max] =
    kind === 'admin'
      ? [0, 2]
      : kind === 'disabled'
        ? [20, 200]
        : roll < 64
          ? [0, 13]
          : roll < 76
            ? [14, 29]
            : roll < 92
              ? [30, 180]
              : [181, 400];
  const interactive = ago(rng, now, created, min, max);
  // A client on the user's behalf: usually around the last interactive sign-in, for some
  // inactive users (a phone's mail app) still recent.
  const clientStillActive = kind === 'member' && min >= 14 && rng.chance(0.1);
  const nonInteractive = rng.chance(0.15)
    ? null
    : clientStillActive
      ? ago(rng, now, created, 0, 10)
      : Math.min(now, interactive + rng.int(72) * HOUR);
  // A failed last interactive attempt: the last success is a few days older.
  const failed = rng.chance(0.05);
  const lastInteractiveSuccess = failed
    ? Math.max(created, interactive - (1 + rng.int(9)) * DAY)
    : interactive;
  const successful = Math.max(lastInteractiveSuccess, nonInteractive ?? 0);
  return { interactive, nonInteractive, successful };
}

/** Gives every user of a seeded store its sign-ins, as of the store's clock. */
export function* giveSignIns(store: TenantStore, seed: number): Generator<void, void, void> {
  const rng = random(seed);
  const now = store.clock.now();
  let i = 0;
  for (const [id, extras] of store.users) {
    const kind = store.admins.has(id)
      ? 'admin'
      : store.tenant.profile(id)?.accountEnabled === false
        ? 'disabled'
        : 'member';
    extras.signIns = signInsOf(rng, now, extras.createdDateTime, kind);
    if (++i % 1024 === 0) yield;
  }
}
