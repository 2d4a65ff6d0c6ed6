import type { SeedBuild } from './build';
import { addAdmins, newStore, SEED_NOW } from './kit';

/** The `empty` seed: the organization (country US) and one Global Administrator, nothing else. */
export function* emptySeed(): SeedBuild {
  const store = newStore('empty', SEED_NOW);
  store.auditEnabled = false;
  addAdmins(store, ['Global Administrator']);
  yield;
  store.auditEnabled = true;
  return store;
}
