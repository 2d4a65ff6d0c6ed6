/**
 * A new tenant saved as the seed that builds it (`SeedRecipe`), and the tenant read back from one.
 * A reset to `large` built 100,000 users in the worker and then wrote all of them to IndexedDB
 * before it answered; a recipe is a few bytes, and the whole tenant is written by the compaction
 * that follows, off the reset's answer.
 */
import type { TenantStore } from '../graph/store';
import { createSeedStoreInSlices, isSeedName } from '../seeds';
import { exportStore, type StoreSnapshot } from './codec';
import { DataFileError } from './errors';
import type { SeedRecipe } from './journal';

/** Counts and id states that any change to a seed's build moves. */
export function seedFingerprint(store: TenantStore): string {
  const users = store.tenant.userIds().length;
  const groups = store.tenant.groupIds().length;
  return `${String(users)}/${String(groups)}/${String(store.ids.state)}/${String(store.auditIds.state)}`;
}

/** The recipe of `store` when it is still exactly its seed's build; null otherwise. */
export function seedRecipeOf(store: TenantStore): SeedRecipe | null {
  const origin = store.origin;
  if (origin?.version !== store.version) return null;
  return {
    seed: origin.seed,
    now: store.clock.now(),
    generation: store.generation,
    fingerprint: seedFingerprint(store),
  };
}

/**
 * The snapshot a recipe stands for: its seed built again (in slices, so a worker stays
 * responsive), at the saved time and generation. A seed this version does not know, or builds
 * differently, is a `DataFileError` naming `where`.
 */
export async function snapshotOfRecipe(recipe: SeedRecipe, where: string): Promise<StoreSnapshot> {
  if (!isSeedName(recipe.seed))
    throw new DataFileError(
      `${where}: the saved tenant is the seed "${recipe.seed}", which this version does not have.`,
    );
  const store = await createSeedStoreInSlices(recipe.seed);
  if (seedFingerprint(store) !== recipe.fingerprint)
    throw new DataFileError(
      `${where}: the saved tenant is the "${recipe.seed}" seed as another version of the emulator built it (${recipe.fingerprint}; this version builds ${seedFingerprint(store)}).`,
    );
  return { ...exportStore(store), now: recipe.now, generation: recipe.generation };
}
