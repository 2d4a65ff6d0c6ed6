/** Seeded tenants by name. */
import type { TenantStore } from '../graph/store';
import { defaultSeed } from './default';
import { emptySeed } from './empty';
import { largeSeed } from './large';
import type { SeedName } from './names';

export { SEED_NAMES, isSeedName, type SeedName } from './names';

/** A fresh store for a seed; every call builds a new, identical tenant. */
export function createSeedStore(seed: SeedName): TenantStore {
  switch (seed) {
    case 'empty': return emptySeed();
    case 'large': return largeSeed();
    default: return defaultSeed();
  }
}
