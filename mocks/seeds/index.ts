/** Seeded tenants by name. */
import type { TenantStore } from '../graph/store';
import { copyStore } from '../graph/store-parts';
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

/** Seed builds kept by `copySeedStore`, one a seed, never handed out themselves. */
const kept = new Map<SeedName, TenantStore>();

/**
 * `createSeedStore` for a process that resets to the same seed again and again (component tests
 * reset before every test): the seed is built once and kept, and every call hands out a copy of
 * that build (`copyStore`), the same tenant in a fraction of the time. The kept build stays in
 * memory for the life of the process.
 */
export function copySeedStore(seed: SeedName): TenantStore {
  let build = kept.get(seed);
  if (!build) {
    build = createSeedStore(seed);
    kept.set(seed, build);
  }
  return built(seed, copyStore(build));
}
