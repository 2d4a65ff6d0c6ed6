/**
 * The `default` seed: a Contoso tenant of about 2,000 people with admins for every role, real
 * subscriptions, the groups of the product documentation, and a month of believable audit history
 * (the licensing roll-out of October 2026). Deterministic: the same tenant on every run.
 */
import { createUser } from '../graph/directory-users';
import type { TenantStore } from '../graph/store';
import type { SeedBuild } from './build';
import { rollOutLicensing } from './default-licensing';
import { addAdmins, DAY, newStore, person, SEED_NOW, subscribe } from './kit';
import { random } from './prng';
import { giveSignIns } from './sign-ins';

/** Number of people besides the admin accounts. */
const PEOPLE = 1994;

/** The people of the default tenant (created before the audit window, so without records). */
function* addPeople(store: TenantStore): Generator<void, string[], void> {
  const rng = random(20261101);
  const taken = new Set<string>(['alex.wilber', 'alexander.wilber']);
  const actor = { kind: 'app' } as const;
  const ids: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const p = person(rng, i, taken);
    const ea1 = i % 25 === 3 ? 'EMS;E5_baseservices;' : i % 4 === 1 ? 'EMS;' : null;
    const extensionAttributes = {
      extensionAttribute1: ea1,
      extensionAttribute2: `CC-${String(1000 + rng.int(40) * 10)}`,
      extensionAttribute3: rng.chance(0.2) ? 'Remote' : 'Onsite',
    };
    ids.push(createUser(store, { ...p, extensionAttributes }, actor));
    store.clock.advance(rng.int(8) * 3_600_000);
    if (i % 16 === 15) yield;
  }
  // A pair with a clashing proxy address: Alexander's secondary address is Alex's primary one.
  ids.push(
    createUser(
      store,
      {
        userPrincipalName: 'alex.wilber@contoso.com',
        mail: 'alex.wilber@contoso.com',
        mailNickname: 'alexw',
        displayName: 'Alex Wilber',
        givenName: 'Alex',
        surname: 'Wilber',
        department: 'Marketing',
        jobTitle: 'Marketing Assistant',
        companyName: 'Contoso',
        country: 'United States',
        city: 'Redmond',
        usageLocation: 'US',
        proxyAddresses: ['SMTP:alex.wilber@contoso.com'],
      },
      actor,
    ),
  );
  ids.push(
    createUser(
      store,
      {
        userPrincipalName: 'alexander.wilber@contoso.com',
        mail: 'alexander.wilber@contoso.com',
        mailNickname: 'alexanderw',
        displayName: 'Alexander Wilber',
        givenName: 'Alexander',
        surname: 'Wilber',
        department: 'Sales',
        jobTitle: 'Account Executive',
        companyName: 'Contoso',
        country: 'United States',
        city: 'Seattle',
        usageLocation: 'US',
        proxyAddresses: ['SMTP:alexander.wilber@contoso.com', 'smtp:alex.wilber@contoso.com'],
      },
      actor,
    ),
  );
  return ids;
}

/** Builds the default tenant, processed, with its clock at 2026-11-01T09:00:00Z. */
export function* defaultSeed(): SeedBuild {
  const start = SEED_NOW - 700 * DAY;
  const store = newStore('default', start);
  store.auditEnabled = false;
  addAdmins(store);
  subscribe(store, 'ENTERPRISEPACK', 1200);
  // 10 units of a renewal not made: in their grace period until 19 days after the seed's day.
  subscribe(store, 'ENTERPRISEPREMIUM', 250, 10, SEED_NOW + 19 * DAY);
  subscribe(store, 'EMS', 600);
  subscribe(store, 'SPE_E3', 250);
  subscribe(store, 'STANDARDPACK', 100);
  subscribe(store, 'AAD_PREMIUM', 300);
  subscribe(store, 'MCOMEETADV', 40);
  subscribe(store, 'POWER_BI_STANDARD', 1_000_000);
  subscribe(store, 'POWER_BI_PRO', 50);
  subscribe(store, 'VISIOCLIENT', 25);
  subscribe(store, 'PROJECTPREMIUM', 10);
  const people = yield* addPeople(store);
  yield* rollOutLicensing(store, people, SEED_NOW - 30 * DAY);
  store.clock.advance(SEED_NOW - store.clock.now());
  yield* giveSignIns(store, 20261201);
  return store;
}
