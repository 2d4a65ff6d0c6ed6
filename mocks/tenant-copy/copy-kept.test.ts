/**
 * The copy service keeping the copy in IndexedDB (fake-indexeddb) per tenant and account, as the
 * worker does: a new visit answers from the stored copy at once, with its age, and refreshes it
 * through delta; another account's copy is removed and never shown; signing out removes every
 * copy; a stored copy that cannot be read is dropped and loaded whole, said in the state; a copy
 * that cannot be saved still answers previews.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createCopyService,
  type CopyState,
  type CopyServiceOptions,
} from '../../src/lib/tenant-copy/copy-service';
import {
  createCopyStorage,
  openCopyStore,
  type CopyStorage,
} from '../../src/lib/tenant-copy/copy-store';
import { Emulator } from '../graph/emulator';
import { emulatorGraph, type EmulatorGraph } from './emulator-client';

const ADMIN = { tenantId: 'contoso-id', account: 'admin@contoso.onmicrosoft.com' };
const OTHER = { tenantId: 'contoso-id', account: 'helpdesk@contoso.onmicrosoft.com' };

interface Visit {
  readonly service: ReturnType<typeof createCopyService>;
  readonly states: CopyState[];
  readonly graph: EmulatorGraph;
}

let emulator: Emulator;
let storage: CopyStorage;

/** The portal opened in the browser: a new worker (service) on the same IndexedDB. */
async function visit(
  owner: typeof ADMIN | null,
  extra: Partial<CopyServiceOptions> = {},
  watch?: (state: CopyState) => void,
) {
  const graph = await emulatorGraph(emulator);
  const service = createCopyService({
    createClient: () => graph.client,
    now: () => emulator.store.clock.now(),
    storage,
    ...extra,
  });
  const states: CopyState[] = [];
  service.connect(
    () => Promise.resolve(null),
    (state) => {
      states.push(state);
      watch?.(state);
    },
  );
  await service.setOwner(owner);
  return { service, states, graph } satisfies Visit;
}

/** A group with a product, to preview its removal. */
function licensedGroup() {
  const tenant = emulator.store.tenant;
  const group = tenant
    .groupIds()
    .flatMap((id) => tenant.group(id) ?? [])
    .find((g) => g.assignedLicenses.length > 0 && g.userMemberCount > 0);
  if (!group) throw new Error('default has a licensed group');
  return { id: group.id, skuId: group.assignedLicenses[0]?.skuId ?? '' };
}

beforeEach(() => {
  indexedDB = new IDBFactory();
  emulator = new Emulator({ seed: 'default', clock: 'manual' });
  emulator.pump.stop();
  storage = createCopyStorage(indexedDB);
});

// Each test loads `default` whole once or twice through Graph (seconds each on a shared machine).
describe('the tenant copy kept in IndexedDB', { timeout: 60_000 }, () => {
  it('a new visit answers from the stored copy at once, with its age, then refreshes it through delta', async () => {
    const first = await visit(ADMIN);
    const loadedAt = emulator.store.clock.now();
    expect(await first.service.load()).toMatchObject({ status: 'ready', takenAt: loadedAt });
    const wholeLoad = first.graph.sent.requests;
    expect((await storage.read(ADMIN))?.takenAt).toBe(loadedAt);

    emulator.store.clock.advance(20 * 60_000);
    const group = licensedGroup();
    const before = first.service.previewAssignLicense(group.id, [], [group.skuId]);
    // Shown at once: the stored copy's age, and previews answered from it, before any refresh.
    let during: unknown = null;
    const next = await visit(ADMIN, {}, (state) => {
      if (state.status === 'loading' && state.takenAt === loadedAt)
        during = next.service.previewAssignLicense(group.id, [], [group.skuId]);
    });
    const loading = next.service.load();
    expect(next.states.map((s) => [s.status, s.takenAt])).toEqual([
      ['idle', null],
      ['loading', null],
    ]);
    await loading;
    expect(next.states.map((s) => [s.status, s.takenAt]).slice(0, 4)).toEqual([
      ['idle', null],
      ['loading', null],
      ['loading', loadedAt],
      ['loading', loadedAt],
    ]);
    expect(during).toEqual(before);
    const refreshedAt = emulator.store.clock.now();
    expect(next.service.state()).toMatchObject({
      status: 'ready',
      takenAt: refreshedAt,
      storage: null,
    });
    // Through delta: far fewer requests than the whole load of the first visit.
    expect(next.graph.sent.requests).toBeLessThan(wholeLoad / 2);
    expect((await storage.read(ADMIN))?.takenAt).toBe(refreshedAt);
  });

  it('another account on the same browser never sees the copy, and it is removed', async () => {
    const first = await visit(ADMIN);
    await first.service.load();
    const other = await visit(OTHER);
    expect(await other.service.load()).toMatchObject({ status: 'ready' });
    expect(other.states.some((s) => s.status === 'loading' && s.takenAt !== null)).toBe(false);
    expect(await storage.read(ADMIN)).toBeNull();
    expect(await storage.read(OTHER)).not.toBeNull();
  });

  it('switching account in the same worker drops the copy held; signing out removes every copy', async () => {
    const { service } = await visit(ADMIN);
    await service.load();
    await service.setOwner(OTHER);
    expect(service.state()).toMatchObject({ status: 'idle', takenAt: null });
    expect(service.previewAssignLicense(licensedGroup().id, [], []).ok).toBe(false);
    await service.load();
    expect(await storage.read(OTHER)).not.toBeNull();
    await service.setOwner(null);
    expect(service.state().takenAt).toBeNull();
    const db = await openCopyStore(indexedDB);
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = db.transaction('parts').objectStore('parts').getAllKeys();
      request.onsuccess = () => {
        resolve(request.result);
      };
    });
    db.close();
    expect(keys).toEqual([]);
  });

  it('a stored copy that cannot be read is dropped and loaded whole, with words for the admin', async () => {
    const first = await visit(ADMIN);
    await first.service.load();
    // An older format of the head: what a portal update or a damaged profile would leave.
    const db = await openCopyStore(indexedDB);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('parts', 'readwrite');
      const key = `${ADMIN.tenantId}|${ADMIN.account}|head`;
      tx.objectStore('parts').put({ format: 0, copiedAt: 'yesterday' }, key);
      tx.oncomplete = () => {
        resolve();
      };
      tx.onerror = () => {
        reject(tx.error ?? new Error('not written'));
      };
    });
    db.close();
    const next = await visit(ADMIN);
    const state = await next.service.load();
    expect(state).toMatchObject({ status: 'ready', error: null, storage: null });
    expect(next.states).toContainEqual(
      expect.objectContaining({
        storage: {
          problem: 'unreadable',
          reason: 'it was saved in another format or is damaged',
        },
      }),
    );
    // Whole: as many requests as the first visit's load; and the good copy is stored again.
    expect(next.graph.sent.requests).toBe(first.graph.sent.requests);
    expect((await storage.read(ADMIN))?.takenAt).toBe(state.takenAt);
  });

  it('a copy that cannot be saved still answers previews, and says it was not kept', async () => {
    const full: CopyStorage = {
      ...storage,
      save: () =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    };
    const { service } = await visit(ADMIN, { storage: full });
    const state = await service.load();
    expect(state).toMatchObject({
      status: 'ready',
      storage: { problem: 'unsaved', reason: 'The quota has been exceeded.' },
    });
    const group = licensedGroup();
    expect(service.previewAssignLicense(group.id, [], [group.skuId]).ok).toBe(true);
  });
});
