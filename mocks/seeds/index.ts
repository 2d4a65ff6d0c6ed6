/** Seeded tenants by name. */
import type { TenantStore } from '../graph/store';
import { buildInSlices, buildNow, type SeedBuild, type SliceOptions } from './build';
import { defaultSeed } from './default';
import { emptySeed } from './empty';
import { largeSeed } from './large';
import type { SeedName } from './names';

export { SEED_NAMES, isSeedName, type SeedName } from './names';

/** The build of a seed, to run with `buildNow` or `buildInSlices`. */
export function seedBuild(seed: SeedName): SeedBuild {
  switch (seed) {
    case 'empty':
      return emptySeed();
    case 'large':
      return largeSeed();
    default:
      return defaultSeed();
  }
}

/** Marks a store as the seed's build as it stands (`TenantStore.origin`). */
function built(seed: SeedName, store: TenantStore): TenantStore {
  store.origin = { seed, version: store.version };
  return store;
}

/** A fresh store for a seed; every call builds a new, identical tenant. */
export function createSeedStore(seed: SeedName): TenantStore {
  return built(seed, buildNow(seedBuild(seed)));
}

/** `createSeedStore` in slices that yield to the event loop (the browser); the same tenant. */
export async function createSeedStoreInSlices(
  seed: SeedName,
  options: SliceOptions = {},
): Promise<TenantStore> {
  return built(seed, await buildInSlices(seedBuild(seed), options));
}
