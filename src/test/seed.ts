/**
 * Seeded objects of the test tenant, found in the emulator's store (ids are deterministic per
 * seed, so an id found after a reset holds for the next `renderRoute` of the same seed).
 */
import { catalog } from '../engine';
import { toGroupId, toSkuId, toUserId, type GroupId, type SkuId, type UserId } from '../lib/ids';
import { resetTestTenant, testEmulator, type SeedName } from './emulator';

type Store = ReturnType<typeof testEmulator>['emulator']['store'];

/** A catalog product's id, by part number (`ENTERPRISEPACK`). */
export const skuIdOf = (partNumber: string): SkuId => {
  const product = catalog.productByPartNumber(partNumber);
  if (!product) throw new Error(`No product ${partNumber} in the catalog`);
  return toSkuId(product.skuId);
};

export const E3 = skuIdOf('ENTERPRISEPACK');

/** The store of a freshly reset seed. */
export function seededStore(seed: SeedName = 'default'): Store {
  resetTestTenant(seed);
  return testEmulator().emulator.store;
}

/** A group's id by display name, in the current tenant. */
export function groupIdNamed(name: string, store: Store = testEmulator().emulator.store): GroupId {
  const found = [...store.groups].find(([, group]) => group.displayName === name);
  if (!found) throw new Error(`No group named ${name}`);
  return toGroupId(found[0]);
}

/** A group of the default seed, by name (resets the tenant to the seed). */
export const seededGroupId = (name: string): GroupId => groupIdNamed(name, seededStore());

function findUser(store: Store, what: string, test: (userId: string) => boolean): UserId {
  const id = store.tenant.userIds().find(test);
  if (!id) throw new Error(`No ${what}`);
  return toUserId(id);
}

/** A located user whose only licence is E3 from "E3 base services", applied without error. */
export function e3BaseOnlyUser(store: Store): UserId {
  const group = groupIdNamed('E3 base services', store);
  return findUser(store, 'E3 base user', (userId) => {
    const states = store.tenant.license(userId)?.licenseAssignmentStates ?? [];
    return (
      states.length === 1 &&
      states[0]?.assignedByGroup === group &&
      states[0].state === 'Active' &&
      store.tenant.profile(userId)?.usageLocation !== null
    );
  });
}

/** A user with neither a usage location nor any licence. */
export const unlocatedUser = (store: Store): UserId =>
  findUser(
    store,
    'user without usage location',
    (userId) =>
      store.tenant.profile(userId)?.usageLocation === null &&
      (store.tenant.license(userId)?.licenseAssignmentStates.length ?? 0) === 0,
  );

/** A user with a licence error of this kind. */
export const userWithError = (store: Store, error: string): UserId =>
  findUser(store, `user with ${error}`, (userId) =>
    (store.tenant.license(userId)?.licenseAssignmentStates ?? []).some((s) => s.error === error),
  );

/**
 * A small tenant whose costs are worked out by hand in the cost tests (built on the `empty` seed
 * through Graph, as an admin would): E3 (ENTERPRISEPACK) 10 seats, EMS (EMS) 5 seats, Power BI Pro
 * (POWER_BI_PRO) 3 seats, and four users:
 * - Ann, Sales, NL: E3 and EMS directly;
 * - Bob, Sales, DE: E3 from "E3 staff";
 * - Cas, IT, NL: E3 from both "E3 staff" and "E3 extra", Power BI Pro directly;
 * - Dee, no department, NL: EMS from "EMS all".
 */
export async function buildCostTenant(store: Store): Promise<void> {
  const { subscribe } = await import('../../mocks/seeds/kit');
  const { graph } = await import('../lib/graph/graph');
  const { control } = await import('./control');
  subscribe(store, 'ENTERPRISEPACK', 10);
  subscribe(store, 'EMS', 5);
  subscribe(store, 'POWER_BI_PRO', 3);
  const [e3, ems, pbi] = [skuIdOf('ENTERPRISEPACK'), skuIdOf('EMS'), skuIdOf('POWER_BI_PRO')];
  const user = async (name: string, department: string | null, usageLocation: string) => {
    const created = await graph.post<{ id: string }>('/users', {
      accountEnabled: true,
      displayName: name,
      mailNickname: name.toLowerCase(),
      userPrincipalName: `${name.toLowerCase()}@contoso.com`,
      passwordProfile: { forceChangePasswordNextSignIn: true, password: 'Pa55w.rd-test' },
      usageLocation,
      ...(department === null ? {} : { department }),
    });
    return created.id;
  };
  const assign = (path: string, skus: readonly SkuId[]) =>
    graph.post(`${path}/assignLicense`, {
      addLicenses: skus.map((skuId) => ({ skuId, disabledPlans: [] })),
      removeLicenses: [],
    });
  const group = async (name: string, members: readonly string[], skus: readonly SkuId[]) => {
    const created = await graph.post<{ id: string }>('/groups', {
      displayName: name,
      mailEnabled: false,
      mailNickname: name.replaceAll(' ', '').toLowerCase(),
      securityEnabled: true,
    });
    for (const member of members)
      await graph.post(`/groups/${created.id}/members/$ref`, {
        '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${member}`,
      });
    await assign(`/groups/${created.id}`, skus);
  };
  const ann = await user('Ann', 'Sales', 'NL');
  const bob = await user('Bob', 'Sales', 'DE');
  const cas = await user('Cas', 'IT', 'NL');
  const dee = await user('Dee', null, 'NL');
  await assign(`/users/${ann}`, [e3, ems]);
  await assign(`/users/${cas}`, [pbi]);
  await group('E3 staff', [bob, cas], [e3]);
  await group('E3 extra', [cas], [e3]);
  await group('EMS all', [dee], [ems]);
  await control('POST', '/processing/wait');
}
