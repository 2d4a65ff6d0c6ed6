/**
 * `npm run bench:tenant-copy`: figures of the tenant copy (issue #14 item 5). For `default` and
 * `large` (at --scale, default 0.1; 1 is the 100,000-user tenant), through the emulator in the
 * `graph` profile (Graph's budgets and a 2 s list lag on a flowing clock; `--rate` adds a share of
 * forced 429s with `Retry-After: 1`, waited out in real time by the client):
 *
 * - time to load the copy (median of --runs), HTTP requests sent (a `$batch` once), requests inside
 *   batches, 429s waited out;
 * - heap used before and after (with the copy and the engine built from it held; `--expose-gc`);
 * - time to build the engine's tenant from the copy;
 * - preview time on the copy, per kind of admin change (median and p95 of --previews);
 * - the copy as stored: bytes of the records IndexedDB keeps (V8's structured-clone format, and
 *   JSON beside it), save and read times in fake-indexeddb (`tenant-copy-kept.ts`);
 * - a refresh through delta after --changes seeded admin changes made through Graph (default 100,
 *   processing finished first): time, requests, 429s, and the refreshed copy checked against the
 *   emulator's tenant user by user (differences printed, 0 expected).
 *
 * The emulator runs in this process, so load times include the emulator's own work of answering.
 */
import { parseArgs } from 'node:util';
import type { Tenant } from '../../src/engine';
import { tenantFromCopy } from '../../src/lib/tenant-copy/engine-from-copy';
import { loadTenantCopy } from '../../src/lib/tenant-copy/load-copy';
import type { TenantCopy } from '../../src/lib/tenant-copy/copy-types';
import { flowingClock } from '../../mocks/graph/clock';
import { Emulator } from '../../mocks/graph/emulator';
import { GRAPH_PROFILE } from '../../mocks/graph/profile/profile';
import { createSeedStore } from '../../mocks/seeds';
import { buildNow } from '../../mocks/seeds/build';
import { largeSeed } from '../../mocks/seeds/large';
import { preview, randomChange, type AdminChange } from '../../mocks/tenant-copy/differential';
import { emulatorGraph } from '../../mocks/tenant-copy/emulator-client';
import { median, percentile } from './stats';
import { refreshAfterChanges, storedFigures } from './tenant-copy-kept';

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    scale: { type: 'string', default: '0.1' },
    rate: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
    previews: { type: 'string', default: '60' },
    changes: { type: 'string', default: '100' },
  },
});
const scale = Number(values.scale);
const rate = Number(values.rate);
const runs = Number(values.runs);
const previews = Number(values.previews);
const changes = Number(values.changes);
const tenants = values.tenant ? [values.tenant] : ['default', 'large'];

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

async function loadOnce(name: string) {
  const store = name === 'large' ? buildNow(largeSeed(scale)) : createSeedStore('default');
  store.clock = flowingClock(store.clock.now());
  const emulator = new Emulator({
    store,
    profile: { ...GRAPH_PROFILE, throttle: { ...GRAPH_PROFILE.throttle, rate, retryAfter: 1 } },
  });
  emulator.pump.stop();
  const graph = await emulatorGraph(emulator);
  const { client, sent } = graph;
  const before = heapMb();
  const started = performance.now();
  const copy: TenantCopy = await loadTenantCopy(client, { now: () => performance.now() });
  const loadMs = performance.now() - started;
  const afterCopy = heapMb();
  const built = performance.now();
  const tenant: Tenant = tenantFromCopy(copy, { clock: () => emulator.store.clock.now() });
  const buildMs = performance.now() - built;
  const afterEngine = heapMb();
  return { emulator, graph, copy, tenant, sent, loadMs, buildMs, before, afterCopy, afterEngine };
}

for (const name of tenants) {
  const label = name === 'large' ? `large at ${String(scale)}` : name;
  // Earlier runs keep only their figures, so the last one's heap counts one emulator and copy.
  const loadTimes: number[] = [];
  const buildTimes: number[] = [];
  for (let i = 1; i < runs; i++) {
    const run = await loadOnce(name);
    loadTimes.push(run.loadMs);
    buildTimes.push(run.buildMs);
  }
  const last = await loadOnce(name);
  loadTimes.push(last.loadMs);
  buildTimes.push(last.buildMs);
  const { copy, tenant, sent } = last;
  console.log(
    `${label}: ${copy.users.length.toLocaleString('en-US')} users, ${String(copy.groups.length)} groups (${String(copy.groups.filter((g) => g.members).length)} with members read), ${String(copy.skus.length)} products`,
  );
  console.log(
    `  load: median ${ms(median(loadTimes))} of ${String(runs)} (${loadTimes.map(ms).join(', ')}); ${String(sent.requests)} HTTP requests, ${String(sent.batched)} inside $batch, ${String(sent.throttled)} answered 429 and waited out; ${String(copy.requests)} reads asked by the loader`,
  );
  console.log(
    `  heap used: ${last.before.toFixed(1)} MB before, ${last.afterCopy.toFixed(1)} MB with the copy (+${(last.afterCopy - last.before).toFixed(1)}), ${last.afterEngine.toFixed(1)} MB with the engine too (+${(last.afterEngine - last.before).toFixed(1)})${gc ? '' : ' (no --expose-gc: not collected first)'}`,
  );
  console.log(
    `  engine from copy: median ${ms(median(buildTimes))} (${buildTimes.map(ms).join(', ')})`,
  );
  const times = new Map<string, number[]>();
  for (let seed = 1; [...times.values()].flat().length < previews && seed < previews * 10; seed++) {
    const change: AdminChange | null = randomChange(tenant, seed);
    if (!change) continue;
    const started = performance.now();
    preview(tenant, change);
    const list = times.get(change.kind) ?? [];
    list.push(performance.now() - started);
    times.set(change.kind, list);
  }
  for (const [kind, list] of times)
    console.log(
      `  preview ${kind}: median ${ms(median(list))}, p95 ${ms(percentile(list, 95))} (${String(list.length)} previews)`,
    );
  const stored = await storedFigures(copy);
  console.log(
    `  stored: ${mb(stored.v8Bytes)} in ${String(stored.records)} IndexedDB records (V8 structured clone; largest record ${mb(stored.largestRecordBytes)}), ${mb(stored.jsonBytes)} as JSON; fake-indexeddb save ${ms(stored.saveMs)}, read ${ms(stored.readMs)}`,
  );
  const now = () => last.emulator.store.clock.now();
  const refresh = await refreshAfterChanges(last.emulator, last.graph, copy, changes, now);
  console.log(
    `  refresh after ${String(changes)} changes (${String(refresh.counts.made)} made, ${String(refresh.counts.refused)} refused by Graph; ${Object.entries(
      refresh.counts.byKind,
    )
      .map(([kind, n]) => `${kind} ${String(n)}`)
      .join(
        ', ',
      )}): ${ms(refresh.refreshMs)}; ${String(refresh.requests)} HTTP requests, ${String(refresh.batched)} inside $batch, ${String(refresh.throttled)} answered 429 and waited out; ${String(refresh.reads)} reads asked; ${String(refresh.differences)} differences from the emulator's tenant`,
  );
}
