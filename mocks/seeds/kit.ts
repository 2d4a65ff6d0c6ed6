/** Building blocks shared by the seeds: a fresh store, admin accounts, subscriptions, people. */
import { catalog } from '../../src/engine';
import { compileRule } from '../../src/engine/rules';
import { ROLE_NAMES, type RoleName } from '../graph/auth';
import { manualClock } from '../graph/clock';
import { createUser } from '../graph/directory-users';
import { seededIds } from '../graph/ids';
import type { Actor } from '../graph/model';
import { TenantStore } from '../graph/store';
import { withWarningPeriod } from '../graph/subscriptions';
import type { ProfilePatch } from '../graph/user-input';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES, PLACES, TITLES } from './people';
import type { Random } from './prng';

/** Emulator time when a seeded tenant starts serving: 2026-11-01T09:00:00Z. */
export const SEED_NOW = Date.UTC(2026, 10, 1, 9, 0, 0);
/** One day in milliseconds. */
export const DAY = 86_400_000;

/** The initial domain, where admin accounts live. */
export const ADMIN_DOMAIN = 'contoso.onmicrosoft.com';

/** Admin UPN local parts per role. */
export const ADMIN_UPNS: Readonly<Record<RoleName, string>> = {
  'Global Administrator': `admin@${ADMIN_DOMAIN}`,
  'License Administrator': `license.admin@${ADMIN_DOMAIN}`,
  'Groups Administrator': `groups.admin@${ADMIN_DOMAIN}`,
  'User Administrator': `user.admin@${ADMIN_DOMAIN}`,
  'Global Reader': `global.reader@${ADMIN_DOMAIN}`,
  'Reports Reader': `reports.reader@${ADMIN_DOMAIN}`,
};

/** A store for a seed: Contoso, country US, deterministic ids, a manual clock at `start`. */
export function newStore(seed: string, start: number): TenantStore {
  return new TenantStore({
    organization: {
      id: seededIds('contoso-tenant').guid(),
      displayName: 'Contoso',
      countryLetterCode: 'US',
      defaultDomain: 'contoso.com',
      createdDateTime: Date.UTC(2019, 2, 4, 16, 0, 0),
    },
    clock: manualClock(start),
    ids: seededIds(`${seed}-objects`),
    auditIds: seededIds(`${seed}-audit`),
    compileRule,
  });
}

/** The Global Administrator's actor (set up by `addAdmins`). */
export function adminActor(store: TenantStore): Actor {
  const id = store.findUserId(ADMIN_UPNS['Global Administrator']);
  if (id === undefined) throw new Error('The seed has no Global Administrator yet.');
  return store.actorOf(id);
}

/** Creates one admin account per role (or only the listed ones). */
export function addAdmins(store: TenantStore, roles: readonly RoleName[] = ROLE_NAMES): void {
  for (const role of roles) {
    const upn = ADMIN_UPNS[role];
    const local = upn.split('@')[0] ?? 'admin';
    const displayName = role === 'Global Administrator' ? 'MOD Administrator' : role;
    const actor: Actor = store.admins.size > 0 ? adminActor(store) : { kind: 'app' };
    const id = createUser(
      store,
      {
        userPrincipalName: upn,
        displayName,
        mailNickname: local.replace('.', ''),
        mail: upn,
        usageLocation: 'US',
        jobTitle: role,
        department: 'IT',
        companyName: 'Contoso',
        accountEnabled: true,
      },
      actor,
    );
    store.admins.set(id, [role]);
  }
}

/**
 * Adds a subscription by part number; `warning` units are in their grace period until
 * `warningEndsAt` (30 days from the seed's clock when not given).
 */
export function subscribe(
  store: TenantStore,
  skuPartNumber: string,
  enabled: number,
  warning = 0,
  warningEndsAt?: number,
): string {
  const product = catalog.productByPartNumber(skuPartNumber);
  if (!product) throw new Error(`No product ${skuPartNumber} in the catalog`);
  store.tenant.addSubscription(product.skuId, { enabled, warning, suspended: 0, lockedOut: 0 });
  const now = store.clock.now();
  const extras = withWarningPeriod(
    { subscriptionId: store.ids.guid(), createdDateTime: now },
    warning,
    now,
  );
  store.skus.set(
    product.skuId,
    warning > 0 && warningEndsAt !== undefined ? { ...extras, warningEndsAt } : extras,
  );
  return product.skuId;
}

/** The plans of the documentation's *E3 base services* group (with *E3 extended services*: 7 of E3). */
export const E3_BASE_PLANS: readonly string[] = [
  'EXCHANGE_S_ENTERPRISE',
  'SHAREPOINTENTERPRISE',
  'OFFICESUBSCRIPTION',
  'MCOSTANDARD',
];

/** Disabled plans leaving only `enabled` (plan names) on in a product. */
export function onlyPlans(skuPartNumber: string, enabled: readonly string[]): string[] {
  const product = catalog.productByPartNumber(skuPartNumber);
  if (!product) throw new Error(`No product ${skuPartNumber} in the catalog`);
  const keep = new Set(enabled);
  const missing = enabled.filter(
    (name) => !product.servicePlanIds.some((id) => catalog.plan(id)?.servicePlanName === name),
  );
  if (missing.length > 0) throw new Error(`${skuPartNumber} has no plans ${missing.join(', ')}`);
  return product.servicePlanIds.filter((id) => !keep.has(catalog.plan(id)?.servicePlanName ?? ''));
}

/**
 * Per set of taken nicknames, the suffix to try first for each base: every smaller one is taken
 * (nicknames are only ever added), so the search resumes there instead of counting from 2 again.
 * The large seed has ~4,000 name pairs for 100,000 people: counting from 2 each time was a
 * quadratic ~1.2 million lookups, a third of building the seed.
 */
const nextSuffix = new WeakMap<Set<string>, Map<string, number>>();

/** The first of `base`, `base2`, `base3`, ... not in `taken`, which it is added to. */
function uniqueNick(base: string, taken: Set<string>): string {
  if (!taken.has(base)) {
    taken.add(base);
    return base;
  }
  let suffixes = nextSuffix.get(taken);
  if (!suffixes) {
    suffixes = new Map();
    nextSuffix.set(taken, suffixes);
  }
  let n = suffixes.get(base) ?? 2;
  while (taken.has(`${base}${String(n)}`)) n++;
  suffixes.set(base, n + 1);
  const nick = `${base}${String(n)}`;
  taken.add(nick);
  return nick;
}

/** A person's attributes; `taken` keeps mail nicknames unique. Some people have no usage location. */
export function person(
  rng: Random,
  index: number,
  taken: Set<string>,
  domain = 'contoso.com',
): ProfilePatch & { userPrincipalName: string } {
  const givenName = rng.pick(FIRST_NAMES);
  const surname = rng.pick(LAST_NAMES);
  const department = rng.pick(DEPARTMENTS);
  const roll = rng.int(100);
  let acc = 0;
  const place = PLACES.find((p) => (acc += p.weight) > roll) ??
    PLACES[0] ?? { code: 'US', country: 'United States', cities: ['Redmond'], weight: 1 };
  const nick = uniqueNick(`${givenName}.${surname}`.toLowerCase(), taken);
  const mail = `${nick}@${domain}`;
  return {
    userPrincipalName: mail,
    mail,
    mailNickname: nick.replaceAll('.', ''),
    displayName: `${givenName} ${surname}`,
    givenName,
    surname,
    department,
    jobTitle: rng.pick(TITLES[department] ?? ['Specialist']),
    companyName: 'Contoso',
    city: rng.pick(place.cities),
    country: place.country,
    usageLocation: rng.chance(0.03) ? null : place.code,
    employeeId: String(100000 + index),
    officeLocation: `${String(rng.int(40) + 1)}/${String(rng.int(3000) + 1000)}`,
    preferredLanguage: 'en-US',
    accountEnabled: !rng.chance(0.01),
    proxyAddresses: [`SMTP:${mail}`],
  };
}
