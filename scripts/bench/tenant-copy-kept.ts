/**
 * Figures of a loaded tenant copy for `npm run bench:tenant-copy` (issue #14 item 5): its size as
 * stored, and the time of a refresh through delta after admin changes made through Graph.
 *
 * Stored size: the records `saveTenantCopy` writes (`copyRecords`), each serialized with V8's
 * `ValueSerializer` (`node:v8`), the structured-clone format Chromium's IndexedDB keeps values in
 * (before any compression of its own on disk), and as JSON beside it. Save and read are timed in
 * fake-indexeddb, an indicator of the copy's shape, not of a browser's disk.
 */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import type { Tenant } from '../../src/engine';
import type { GraphClient } from '../../src/lib/graph/graph-client';
import {
  copyRecords,
  openCopyStore,
  readTenantCopy,
  saveTenantCopy,
} from '../../src/lib/tenant-copy/copy-store';
import type { TenantCopy } from '../../src/lib/tenant-copy/copy-types';
import { tenantFromCopy } from '../../src/lib/tenant-copy/engine-from-copy';
import { refreshTenantCopy } from '../../src/lib/tenant-copy/refresh-copy';
import type { Emulator } from '../../mocks/graph/emulator';
import { tenantDifferences } from '../../mocks/tenant-copy/compare';
import type { EmulatorGraph } from '../../mocks/tenant-copy/emulator-client';
import { makeGraphChanges, type ChangeCounts } from '../../mocks/tenant-copy/graph-changes';

const OWNER = { tenantId: 'bench', account: 'admin@contoso.onmicrosoft.com' };

/** The copy as saved: bytes per format, records, and fake-indexeddb's save and read times. */
export interface StoredFigures {
  readonly records: number;
  readonly v8Bytes: number;
  readonly largestRecordBytes: number;
  readonly jsonBytes: number;
  readonly saveMs: number;
  readonly readMs: number;
}

/** Sizes the copy's records and times one save and one read in fake-indexeddb. */
export async function storedFigures(copy: TenantCopy): Promise<StoredFigures> {
  const records = copyRecords(OWNER, copy);
  const sizes = records.map(([, value]) => serialize(value).byteLength);
  const jsonBytes = records.reduce(
    (sum, [, value]) => sum + Buffer.byteLength(JSON.stringify(value)),
    0,
  );
  const db = await openCopyStore(indexedDB);
  const saving = performance.now();
  await saveTenantCopy(db, OWNER, copy);
  const saveMs = performance.now() - saving;
  const reading = performance.now();
  const read = await readTenantCopy(db, OWNER);
  const readMs = performance.now() - reading;
  if (read?.users.length !== copy.users.length)
    throw new Error('the stored copy did not read back');
  db.close();
  return {
    records: records.length,
    v8Bytes: sizes.reduce((a, b) => a + b, 0),
    largestRecordBytes: Math.max(...sizes),
    jsonBytes,
    saveMs,
    readMs,
  };
}

/** A refresh after changes: its time, requests, and whether the result is the emulator's tenant. */
export interface RefreshFigures {
  readonly counts: ChangeCounts;
  readonly refreshMs: number;
  readonly requests: number;
  readonly batched: number;
  readonly throttled: number;
  readonly reads: number;
  readonly differences: number;
}

/**
 * Makes `changes` seeded admin changes through Graph (a second apart on the emulator's clock, as
 * an admin's are), lets background processing finish, then times `refreshTenantCopy` of `copy`
 * and checks the refreshed copy against the emulator's tenant, user by user.
 */
export async function refreshAfterChanges(
  emulator: Emulator,
  graph: EmulatorGraph,
  copy: TenantCopy,
  changes: number,
  now: () => number,
): Promise<RefreshFigures> {
  const client: GraphClient = graph.client;
  const counts = await makeGraphChanges(
    client,
    (): Tenant => emulator.store.tenant,
    1,
    changes,
    () => {
      emulator.store.clock.advance(1_000);
    },
  );
  emulator.pump.drainNow();
  const before = { ...graph.sent };
  const started = performance.now();
  const refreshed = await refreshTenantCopy(client, copy, { now });
  const refreshMs = performance.now() - started;
  const membersRead = new Set(refreshed.groups.filter((g) => g.members).map((g) => g.id));
  const differences = tenantDifferences(
    emulator.store.tenant,
    tenantFromCopy(refreshed, { clock: now }),
    membersRead,
  ).length;
  return {
    counts,
    refreshMs,
    requests: graph.sent.requests - before.requests,
    batched: graph.sent.batched - before.batched,
    throttled: graph.sent.throttled - before.throttled,
    reads: refreshed.requests,
    differences,
  };
}
