/** Test-only: finds seeded users for the users blades' tests (reads the emulator's store). */
import { catalog } from '../../engine';
import { resetTestTenant, testEmulator, type SeedName } from '../../test/emulator';
import type { RenderRouteResult } from '../../test/render-route';

type Store = RenderRouteResult['emulator']['store'];

/** The store of a freshly reset seed (ids are deterministic, so they hold for the next `renderRoute`). */
export function seededStore(seed: SeedName = 'default'): Store {
  resetTestTenant(seed);
  return testEmulator().emulator.store;
}

export const E3 = catalog.productByPartNumber('ENTERPRISEPACK')?.skuId ?? '';

export function groupIdNamed(store: Store, name: string): string {
  const entry = [...store.groups.entries()].find(([, g]) => g.displayName === name);
  if (!entry) throw new Error(`No group ${name}`);
  return entry[0];
}

/** A located user whose only licence is E3 from "E3 base services", applied without error. */
export function e3BaseOnlyUser(store: Store): string {
  const group = groupIdNamed(store, 'E3 base services');
  const id = store.tenant.userIds().find((userId) => {
    const states = store.tenant.license(userId)?.licenseAssignmentStates ?? [];
    return (
      states.length === 1 &&
      states[0]?.assignedByGroup === group &&
      states[0].state === 'Active' &&
      store.tenant.profile(userId)?.usageLocation !== null
    );
  });
  if (!id) throw new Error('No E3 base user');
  return id;
}

/** A user with neither a usage location nor any licence. */
export function unlocatedUser(store: Store): string {
  const id = store.tenant
    .userIds()
    .find(
      (userId) =>
        store.tenant.profile(userId)?.usageLocation === null &&
        (store.tenant.license(userId)?.licenseAssignmentStates.length ?? 0) === 0,
    );
  if (!id) throw new Error('No user without usage location');
  return id;
}

/** A user with a licence error of this kind. */
export function userWithError(store: Store, error: string): string {
  const id = store.tenant
    .userIds()
    .find((userId) =>
      (store.tenant.license(userId)?.licenseAssignmentStates ?? []).some((s) => s.error === error),
    );
  if (!id) throw new Error(`No user with ${error}`);
  return id;
}
