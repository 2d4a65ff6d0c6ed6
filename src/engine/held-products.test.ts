import { describe, expect, it } from 'vitest';
import { LicensingError } from './errors';
import { mulberry32 } from './testing/prng';
import { addGroup, addUser, seats, skuOf, testTenant } from './testing/tenant-builder';
import type { Tenant } from './tenant';

const SKUS = ['ENTERPRISEPACK', 'EMS', 'STANDARDPACK', 'MCOMEETADV'].map(skuOf);

/** Each living user's held products as its licence view lists them: the reference. */
function viewHoldings(tenant: Tenant): Map<string, string[]> {
  const byHolding = new Map<string, string[]>();
  for (const id of tenant.userIds()) {
    const key = (tenant.license(id)?.assignedLicenses ?? []).map((l) => l.skuId).join(' ');
    byHolding.set(key, [...(byHolding.get(key) ?? []), id]);
  }
  return byHolding;
}

/** `usersHolding` agrees with the views for every list of products held, and for "any". */
function expectAgreement(tenant: Tenant): void {
  let asked = 0;
  for (const [key, users] of viewHoldings(tenant)) {
    expect(tenant.usersHolding((skuIds) => skuIds.join(' ') === key)).toEqual(users);
    asked++;
  }
  expect(tenant.usersHolding(() => true)).toEqual(tenant.userIds());
  expect(asked).toBeGreaterThan(0);
}

describe('usersHolding', () => {
  it('lists the users by the products their licence views hold, in creation order', () => {
    const { tenant } = testTenant();
    const [e3, ems] = SKUS as [string, string];
    tenant.addSubscription(e3, seats(2));
    tenant.addSubscription(ems, seats(5));
    for (const id of ['ada', 'bob', 'cyd', 'dan']) addUser(tenant, id);
    addGroup(tenant, 'g', ['ada', 'bob', 'cyd']);
    tenant.assignGroupLicenses('g', [{ skuId: e3, disabledPlans: [] }], []);
    tenant.drain();
    tenant.assignUserLicenses('dan', [{ skuId: ems, disabledPlans: [] }], []);
    // Two seats of E3 for three members: cyd's entry is in error and holds nothing.
    expect(tenant.usersHolding((skuIds) => skuIds.includes(e3))).toEqual(['ada', 'bob']);
    expect(tenant.usersHolding((skuIds) => skuIds.length === 0)).toEqual(['cyd']);
    expect(tenant.usersHolding((skuIds) => skuIds.length > 0)).toEqual(['ada', 'bob', 'dan']);
    expectAgreement(tenant);
  });

  it('inside a what-if, answers for the what-if; after it, for the tenant again', () => {
    const { tenant } = testTenant();
    const [e3] = SKUS as [string];
    tenant.addSubscription(e3, seats(5));
    for (const id of ['ada', 'bob']) addUser(tenant, id);
    tenant.assignUserLicenses('ada', [{ skuId: e3, disabledPlans: [] }], []);
    const licensed = (t: Tenant) => t.usersHolding((skuIds) => skuIds.length > 0);
    expect(licensed(tenant)).toEqual(['ada']);
    const inside = tenant.whatIf((t) => {
      addUser(t, 'cyd');
      t.assignUserLicenses('cyd', [{ skuId: e3, disabledPlans: [] }], []);
      t.assignUserLicenses('ada', [], [e3]);
      return licensed(t);
    }).value;
    expect(inside).toEqual(['cyd']);
    expect(licensed(tenant)).toEqual(['ada']);
    expectAgreement(tenant);
  });

  it('random changes, processing in steps and rolled-back what-ifs: always what the views say', () => {
    for (const seed of [1, 2, 3]) {
      const rng = mulberry32(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
      const { tenant } = testTenant();
      for (const sku of SKUS) tenant.addSubscription(sku, seats(25));
      let next = 0;
      const newUser = () => addUser(tenant, `u${String(next++)}`);
      for (let i = 0; i < 30; i++) newUser();
      for (const g of ['g1', 'g2', 'g3'])
        addGroup(
          tenant,
          g,
          tenant.userIds().filter(() => rng() < 0.3),
        );
      // A command the engine refuses (exclusive plans, a member twice) changes nothing.
      const attempt = (command: () => void) => {
        try {
          command();
        } catch (error) {
          if (!(error instanceof LicensingError)) throw error;
        }
      };
      for (let step = 0; step < 60; step++) {
        const users = tenant.userIds();
        attempt(() => {
          switch (Math.floor(rng() * 8)) {
            case 0:
              tenant.assignUserLicenses(
                pick(users),
                [{ skuId: pick(SKUS), disabledPlans: [] }],
                [],
              );
              break;
            case 1: {
              const id = pick(users);
              const held = (tenant.license(id)?.licenseAssignmentStates ?? []).filter(
                (s) => s.assignedByGroup === null,
              );
              if (held[0]) tenant.assignUserLicenses(id, [], [held[0].skuId]);
              break;
            }
            case 2:
              tenant.assignGroupLicenses(
                pick(['g1', 'g2', 'g3']),
                [{ skuId: pick(SKUS), disabledPlans: [] }],
                [],
              );
              break;
            case 3:
              tenant.addMember(pick(['g1', 'g2', 'g3']), pick(users));
              break;
            case 4:
              tenant.deleteUser(pick(users));
              newUser();
              break;
            case 5:
              // Users created, licensed and deleted inside a what-if: all rolled back.
              tenant.whatIf((t) => {
                const id = addUser(t, `what-if-${String(step)}`);
                t.assignUserLicenses(id, [{ skuId: pick(SKUS), disabledPlans: [] }], []);
                t.deleteUser(pick(users));
                t.drain();
              });
              break;
            case 6:
              tenant.step(7);
              break;
            default:
              tenant.drain();
          }
        });
        if (step % 3 === 0) expectAgreement(tenant);
      }
      tenant.drain();
      expectAgreement(tenant);
    }
  });
});
