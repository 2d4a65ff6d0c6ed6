/**
 * The marks of Graph's delta queries are saved with the tenant (snapshot and journal records), so a
 * delta token handed out before a restart answers the changes made before and after it.
 */
import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/engine/rules';
import { Emulator } from '../graph/emulator';
import { emulatorGraph } from '../tenant-copy/emulator-client';
import { exportStore, importStore } from './codec';
import { applyStoreDeltas, StoreTracker, type StoreDelta } from './delta';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

interface DeltaPage {
  value: { id: string; department?: string }[];
  '@odata.deltaLink'?: string;
}

const relative = (link: string) =>
  new URL(link).pathname.replace(/^\/v1\.0/, '') + new URL(link).search;

describe('delta tokens across a restart', () => {
  it('a token from before the restart answers a change saved before it and one made after it', async () => {
    const emulator = new Emulator({
      seed: 'default',
      clock: 'manual',
      pump: { scheduler: () => undefined },
    });
    const tracker = new StoreTracker(emulator.store);
    const start = copy(exportStore(emulator.store));
    const records: StoreDelta[] = [];
    const { client } = await emulatorGraph(emulator);
    const latest = await client.get<DeltaPage>(
      '/users/delta?$deltatoken=latest&$select=id,department',
    );
    records.push(copy(tracker.delta()));
    const [before, after] = emulator.store.tenant.userIds();
    await client.patch(`/users/${String(before)}`, { department: 'Before restart' });
    records.push(copy(tracker.delta()));

    const restarted = new Emulator({
      store: importStore(applyStoreDeltas(copy(start), records), compileRule, 'manual'),
      clock: 'manual',
      pump: { scheduler: () => undefined },
    });
    const again = (await emulatorGraph(restarted)).client;
    await again.patch(`/users/${String(after)}`, { department: 'After restart' });
    const changes = await again.get<DeltaPage>(relative(latest['@odata.deltaLink'] ?? ''));
    expect(changes.value).toEqual(
      expect.arrayContaining([
        { id: before, department: 'Before restart' },
        { id: after, department: 'After restart' },
      ]),
    );
  });
});
