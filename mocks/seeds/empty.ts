import type { TenantStore } from '../graph/store';
import { addAdmins, newStore, SEED_NOW } from './kit';

/** The `empty` seed: the organization (country US) and one Global Administrator, nothing else. */
export function emptySeed(): TenantStore {
  const store = newStore('empty', SEED_NOW);
  store.auditEnabled = false;
  addAdmins(store, ['Global Administrator']);
  store.auditEnabled = true;
  return store;
}
