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
