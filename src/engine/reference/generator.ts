/**
 * Seeded random tenants and command sequences for the property tests. The generator reads the
 * reference tenant to aim most commands at existing objects, and deliberately mixes in invalid ones
 * (unknown ids, unsubscribed SKUs, plans not in the SKU, members already there).
 */
import { aliasOf, type Command, type LicenseSpec, type SkuAlias, type UserSpec } from './commands';
import type { ReferenceTenant } from './reference-tenant';
import { mulberry32 } from '../testing/prng';

export { mulberry32 };

/** Random helpers over one PRNG. */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** Up to `n` distinct items. */
  some<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0)
      out.push(...pool.splice(Math.floor(this.next() * pool.length), 1));
    return out;
  }
  /** Picks a key by weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return (entries[entries.length - 1] as [K, number])[0];
  }
}

const ALL_SKUS: readonly SkuAlias[] = [
  'E1',
  'E3',
  'E5',
  'EMS',
  'AUDIO',
  'SKYPE',
  'PSTN1',
  'PSTN2',
  'EXO1',
];
/** Plans worth disabling, per product alias (names; only those the product has). */
const DISABLE: Readonly<Record<string, readonly string[]>> = {
  E1: ['MCOSTANDARD', 'SHAREPOINTSTANDARD', 'EXCHANGE_S_STANDARD', 'TEAMS1'],
  E3: ['MCOSTANDARD', 'SHAREPOINTENTERPRISE', 'EXCHANGE_S_ENTERPRISE', 'RMS_S_ENTERPRISE'],
  E5: ['MCOSTANDARD', 'MCOMEETADV', 'SHAREPOINTENTERPRISE', 'EXCHANGE_S_ENTERPRISE', 'MCOEV'],
  EMS: ['RMS_S_ENTERPRISE', 'INTUNE_A', 'EXCHANGE_S_FOUNDATION'],
  EXO1: ['EXCHANGE_S_STANDARD'],
};
const LOCATIONS = [null, 'US', 'US', 'FR', 'BR', 'KP', null, 'GB'];
const DEPARTMENTS = ['Sales', 'IT', null];

function userSpec(rng: Rng, id: string): UserSpec {
  const proxies = [`SMTP:${id}@contoso.com`];
  if (rng.chance(0.3)) {
    const shared = `shared${rng.int(0, 2)}@contoso.com`;
    proxies.push(rng.chance(0.5) ? `smtp:${shared}` : `SMTP:${shared.toUpperCase()}`);
  }
  return {
    id,
    usageLocation: rng.pick(LOCATIONS),
    proxyAddresses: proxies,
    department: rng.pick(DEPARTMENTS),
  };
}

/** A generated case: the setup commands, then a generator for the random ones. */
export class CaseGenerator {
  readonly rng: Rng;
  #users = 0;
  #groups = 0;
  #subscribed: SkuAlias[] = [];

  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  /** Subscriptions, 3–12 users, 2–6 groups (some not security-enabled, maybe one dynamic), memberships. */
  setup(): Command[] {
    const rng = this.rng;
    const out: Command[] = [];
    this.#subscribed = rng.some(ALL_SKUS, rng.int(4, 7));
    for (const sku of this.#subscribed)
      out.push({
        op: 'addSubscription',
        sku,
        units: rng.int(1, 6),
        warning: rng.chance(0.2) ? 1 : 0,
      });
    const users = rng.int(3, 12);
    for (let i = 0; i < users; i++) out.push(this.#newUser());
    const groups = rng.int(2, 6);
    for (let i = 0; i < groups; i++) out.push(this.#newGroup(i === 0 ? false : rng.chance(0.15)));
    for (let u = 1; u <= users; u++) {
      for (let k = rng.int(0, 2); k > 0; k--)
        out.push({ op: 'addMember', groupId: `g${rng.int(1, groups)}`, memberId: `u${u}` });
    }
    if (rng.chance(0.5))
      out.push({
        op: 'addMember',
        groupId: `g${rng.int(1, groups)}`,
        memberId: `g${rng.int(1, groups)}`,
      });
    return out;
  }

  #newUser(): Command {
    this.#users++;
    return { op: 'addUser', user: userSpec(this.rng, `u${this.#users}`) };
  }

  #newGroup(dynamic: boolean): Command {
    this.#groups++;
    return {
      op: 'createGroup',
      groupId: `g${this.#groups}`,
      securityEnabled: dynamic || this.rng.chance(0.8),
      dynamic,
    };
  }

  #userId(ref: ReferenceTenant): string {
    const ids = ref.userIds();
    return ids.length === 0 || this.rng.chance(0.04) ? 'nobody' : this.rng.pick(ids);
  }

  #groupId(): string {
    return this.rng.chance(0.04) ? 'nogroup' : `g${this.rng.int(1, this.#groups)}`;
  }

  #sku(): SkuAlias {
    const rng = this.rng;
    if (rng.chance(0.03)) return 'BOGUS';
    return rng.chance(0.9) ? rng.pick(this.#subscribed) : rng.pick(ALL_SKUS);
  }

  #licenses(): LicenseSpec[] {
    const rng = this.rng;
    const skus = [...new Set(Array.from({ length: rng.chance(0.75) ? 1 : 2 }, () => this.#sku()))];
    return skus.map((sku) => {
      const candidates = DISABLE[sku] ?? [];
      const disabled =
        rng.chance(0.55) || candidates.length === 0 ? [] : rng.some(candidates, rng.int(1, 2));
      if (rng.chance(0.03)) disabled.push('BOGUSPLAN');
      return { sku, disabled };
    });
  }

  /** One random command aimed mostly at existing users, groups and SKUs. */
  next(ref: ReferenceTenant): Command {
    const rng = this.rng;
    if (rng.chance(0.25))
      return { op: 'tick', ms: rng.int(0, 40) * 86_400_000 + rng.int(1, 3_600_000) };
    const kind = rng.weighted({
      assignGroupLicenses: 20,
      assignUserLicenses: 16,
      addMember: 12,
      removeMember: 8,
      updateUser: 8,
      updateSubscription: 5,
      addServicePlan: 2,
      reprocessGroup: 6,
      reprocessUser: 5,
      setSecurityEnabled: 3,
      addUser: 3,
      deleteUser: 2,
      createGroup: 2,
    });
    switch (kind) {
      case 'assignGroupLicenses': {
        const groupId = this.#groupId();
        const current = ref.groupLicenses(groupId).map(aliasOf);
        const remove =
          current.length > 0 && rng.chance(0.35)
            ? [rng.pick(current)]
            : rng.chance(0.05)
              ? [this.#sku()]
              : [];
        const add = rng.chance(0.85) ? this.#licenses().filter((l) => !remove.includes(l.sku)) : [];
        return { op: 'assignGroupLicenses', groupId, add, remove };
      }
      case 'assignUserLicenses': {
        const userId = this.#userId(ref);
        const held = ref.userSkus(userId).map(aliasOf);
        const remove =
          held.length > 0 && rng.chance(0.35)
            ? [rng.pick(held)]
            : rng.chance(0.05)
              ? [this.#sku()]
              : [];
        const add = rng.chance(0.8) ? this.#licenses().filter((l) => !remove.includes(l.sku)) : [];
        return { op: 'assignUserLicenses', userId, add, remove };
      }
      case 'addMember':
      case 'removeMember': {
        const memberId = rng.chance(0.15) ? this.#groupId() : this.#userId(ref);
        return { op: kind, groupId: this.#groupId(), memberId };
      }
      case 'updateUser': {
        const userId = this.#userId(ref);
        const which = rng.int(0, 2);
        if (which === 0)
          return { op: 'updateUser', userId, patch: { usageLocation: rng.pick(LOCATIONS) } };
        if (which === 1)
          return { op: 'updateUser', userId, patch: { department: rng.pick(DEPARTMENTS) } };
        return {
          op: 'updateUser',
          userId,
          patch: { proxyAddresses: userSpec(rng, userId).proxyAddresses },
        };
      }
      case 'updateSubscription':
        return {
          op: 'updateSubscription',
          sku: this.#sku(),
          units: rng.int(0, 6),
          warning: rng.chance(0.2) ? 1 : 0,
        };
      case 'addServicePlan': {
        // Never a Calling Plan into PSTN2: a product holding two mutually exclusive plans is outside
        // what README defines (reported as an ambiguity).
        const sku = this.#sku();
        const plans =
          sku === 'PSTN2'
            ? ['NEWPLAN_A', 'NEWPLAN_B', 'MCOMEETADV']
            : ['NEWPLAN_A', 'NEWPLAN_B', 'MCOPSTN1', 'MCOMEETADV'];
        return { op: 'addServicePlan', sku, plan: rng.pick(plans) };
      }
      case 'reprocessGroup':
        return { op: 'reprocessGroup', groupId: this.#groupId() };
      case 'reprocessUser':
        return { op: 'reprocessUser', userId: this.#userId(ref) };
      case 'setSecurityEnabled':
        return { op: 'setSecurityEnabled', groupId: this.#groupId(), value: rng.chance(0.5) };
      case 'addUser':
        return this.#newUser();
      case 'deleteUser':
        return { op: 'deleteUser', userId: this.#userId(ref) };
      case 'createGroup':
        return this.#newGroup(false);
    }
  }
}
