/**
 * The tenant copy in IndexedDB (fake-indexeddb): saved in parts and read back equal, kept apart
 * per tenant and account, replaced whole by a later save, cleared on sign-out.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import {
  clearTenantCopy,
  openCopyStore,
  readTenantCopy,
  saveTenantCopy,
} from '../../src/lib/tenant-copy/copy-store';
import { loadTenantCopy } from '../../src/lib/tenant-copy/load-copy';
import { Emulator } from '../graph/emulator';
import { emulatorGraph } from './emulator-client';

// Loads the default tenant through Graph and saves 8,000 users in fake-indexeddb three times:
// 12-13 s alone at a load of 15, over the 10 s default.
vi.setConfig({ testTimeout: 60_000 });

describe('the tenant copy in IndexedDB', () => {
  it('reads back what was saved, per tenant and account, and forgets it on sign-out', async () => {
    const emulator = new Emulator({ seed: 'default', clock: 'manual' });
    emulator.pump.stop();
    const { client } = await emulatorGraph(emulator);
    const loaded = await loadTenantCopy(client, { now: () => emulator.store.clock.now() });
    // More than one part of 5,000 users.
    const copy = {
      ...loaded,
      users: [0, 1, 2, 3].flatMap((n) =>
        loaded.users.map((u) => ({ ...u, id: `${u.id}-${String(n)}` })),
      ),
    };
    expect(copy.users.length).toBeGreaterThan(5_000);
    const db = await openCopyStore(indexedDB);
    const admin = { tenantId: 't1', account: 'Admin@contoso.com' };
    const other = { tenantId: 't1', account: 'someone@contoso.com' };
    expect(await readTenantCopy(db, admin)).toBeNull();
    await saveTenantCopy(db, admin, copy);
    expect(await readTenantCopy(db, { ...admin, account: 'admin@contoso.com' })).toEqual(copy);
    expect(await readTenantCopy(db, other)).toBeNull();
    const smaller = { ...copy, users: copy.users.slice(0, 10) };
    await saveTenantCopy(db, admin, smaller);
    expect(await readTenantCopy(db, admin)).toEqual(smaller);
    await saveTenantCopy(db, other, copy);
    await clearTenantCopy(db, admin);
    expect(await readTenantCopy(db, admin)).toBeNull();
    expect((await readTenantCopy(db, other))?.users).toHaveLength(copy.users.length);
    db.close();
  });
});
