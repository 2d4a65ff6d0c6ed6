/**
 * The `large` seed: 100,000 people and licensed groups of up to 60,000 members, processed. Built
 * for speed: no per-user audit records (the group-level Set/Start/Finish records are kept). Its
 * people joined over the 700 days before the seed's day (as the default seed's), so their
 * sign-ins have the same spread as there (active, idle for months, never, disabled).
 */
import { createUser } from '../graph/directory-users';
import { addMember, assignGroupLicenses, createGroup } from '../graph/directory-groups';
import { drainInSteps, type SeedBuild } from './build';
import {
  addAdmins,
  adminActor,
  DAY,
  E3_BASE_PLANS,
  newStore,
  onlyPlans,
  person,
  SEED_NOW,
  subscribe,
} from './kit';
import type { ProfilePatch } from '../graph/user-input';
import { random } from './prng';
import { giveSignIns } from './sign-ins';

const PEOPLE = 100_000;
/** The tenant's age when it starts serving, as the default seed's: people joined over this span. */
const AGE = 700 * DAY;
/** When the licensing groups were made and processed: two days before the seed's day. */
const ROLL_OUT = SEED_NOW - 2 * DAY;

/**
 * Builds the large tenant, processed, with its clock at 2026-11-01T09:00:00Z. `scale` shrinks
 * every count (people, group ranges, seats) for tests; at 1 it is the 100,000-user tenant.
 */
export function* largeSeed(scale = 1): SeedBuild {
  const n = (count: number) => Math.round(count * scale);
  const store = newStore('large', SEED_NOW - AGE);
  store.auditEnabled = false;
  store.perUserAudit = false;
  addAdmins(store);
  const e3 = subscribe(store, 'ENTERPRISEPACK', n(70_000));
  const e5 = subscribe(store, 'ENTERPRISEPREMIUM', n(6_000));
  const ems = subscribe(store, 'EMS', n(50_000));
  const audio = subscribe(store, 'MCOMEETADV', n(2_500));
  const p1 = subscribe(store, 'AAD_PREMIUM', n(20_000));
  subscribe(store, 'POWER_BI_STANDARD', 1_000_000);
  const rng = random(100_000);
  const taken = new Set<string>();
  const app = { kind: 'app' } as const;
  const people: string[] = [];
  // People joined evenly over the tenant's life up to a day before the roll-out, so their sign-ins
  // (sign-ins.ts, never before an account exists) can be months old, as on a real tenant.
  const joinEvery = Math.floor((ROLL_OUT - DAY - store.clock.now()) / Math.max(1, n(PEOPLE)));
  for (let i = 0; i < n(PEOPLE); i++) {
    // person() hands out a new object: set the attribute on it rather than copy it per person.
    const p: ProfilePatch & { userPrincipalName: string } = person(rng, i, taken);
    p.extensionAttributes = { extensionAttribute1: i % 5 < 2 ? 'EMS;' : null };
    people.push(createUser(store, p, app));
    store.clock.advance(joinEvery);
    if (i % 16 === 15) yield;
  }
  store.clock.advance(ROLL_OUT - store.clock.now());
  const ga = adminActor(store);
  function* group(
    displayName: string,
    mailNickname: string,
    members: readonly string[],
    rule?: string,
  ): Generator<void, string, void> {
    const compiled = rule === undefined ? null : store.compileRule(rule);
    if (compiled && !compiled.ok) throw new Error(`Seed rule does not compile: ${rule ?? ''}`);
    const id = createGroup(
      store,
      {
        displayName,
        mailNickname,
        mailEnabled: false,
        securityEnabled: true,
        groupTypes: compiled ? ['DynamicMembership'] : [],
        ...(compiled?.ok ? { membershipRule: { text: rule ?? '', rule: compiled.rule } } : {}),
      },
      ga,
    );
    for (let i = 0; i < members.length; i++) {
      addMember(store, id, members[i] ?? '', ga);
      if (i % 64 === 63) yield;
    }
    yield;
    return id;
  }
  const base = yield* group('E3 base services', 'E3baseservices', people.slice(0, n(60_000)));
  const extended = yield* group(
    'E3 extended services',
    'E3extendedservices',
    people.slice(n(40_000), n(60_000)),
  );
  const exchange = yield* group(
    'O365 E5 - Exchange only',
    'O365E5Exchangeonly',
    people.slice(n(60_000), n(65_000)),
  );
  const audioGroup = yield* group(
    'Audio Conferencing users',
    'AudioConferencingusers',
    people.slice(0, n(3_000)),
  );
  const emsGroup = yield* group(
    'EMS licensed users',
    'EMSlicensedusers',
    [],
    'user.extensionAttribute1 -contains "EMS"',
  );
  const engineering = yield* group(
    'Engineering - Entra ID P1',
    'EngineeringEntraP1',
    [],
    'user.department -eq "Engineering"',
  );
  store.clock.advance(DAY);
  store.auditEnabled = true;
  function* assign(
    groupId: string,
    skuId: string,
    disabledPlans: string[] = [],
  ): Generator<void, void, void> {
    assignGroupLicenses(store, groupId, [{ skuId, disabledPlans }], [], ga);
    yield* drainInSteps(store);
    store.clock.advance(3_600_000);
  }
  yield* assign(base, e3, onlyPlans('ENTERPRISEPACK', E3_BASE_PLANS));
  yield* assign(
    extended,
    e3,
    onlyPlans('ENTERPRISEPACK', [
      'SHAREPOINTENTERPRISE',
      'YAMMER_ENTERPRISE',
      'STREAM_O365_E3',
      'SWAY',
    ]),
  );
  yield* assign(exchange, e5, onlyPlans('ENTERPRISEPREMIUM', ['EXCHANGE_S_ENTERPRISE']));
  yield* assign(emsGroup, ems);
  yield* assign(engineering, p1);
  assignGroupLicenses(
    store,
    audioGroup,
    [
      { skuId: audio, disabledPlans: [] },
      { skuId: e3, disabledPlans: onlyPlans('ENTERPRISEPACK', ['MCOSTANDARD', 'TEAMS1']) },
    ],
    [],
    ga,
  );
  yield* drainInSteps(store);
  store.perUserAudit = true;
  store.clock.advance(SEED_NOW - store.clock.now());
  yield* giveSignIns(store, 100_001);
  return store;
}
