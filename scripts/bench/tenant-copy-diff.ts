/**
 * `npm run diff:tenant-copy`: the differential check of live-mode previews at scale (thousands of
 * seeded admin changes; `mocks/tenant-copy/differential.ts`). Prints counts, mismatches with the
 * command that replays each, and the time taken; exits 1 on any mismatch.
 *
 *   --tenant default|large   the seed (default: both, large at --scale)
 *   --scale 0.1              the large tenant's scale
 *   --changes 2000           changes per tenant
 *   --seed 1                 the first change's seed (a mismatch prints its own)
 */
import { parseArgs } from 'node:util';
import { tenantFromCopy } from '../../src/lib/tenant-copy/engine-from-copy';
import { loadTenantCopy } from '../../src/lib/tenant-copy/load-copy';
import { Emulator } from '../../mocks/graph/emulator';
import { createSeedStore } from '../../mocks/seeds';
import { buildNow } from '../../mocks/seeds/build';
import { largeSeed } from '../../mocks/seeds/large';
import { describeMismatch, runDifferential } from '../../mocks/tenant-copy/differential';
import { emulatorGraph } from '../../mocks/tenant-copy/emulator-client';

const { values } = parseArgs({
  options: {
    tenant: { type: 'string' },
    scale: { type: 'string', default: '0.1' },
    changes: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
  },
});
const scale = Number(values.scale);
const changes = Number(values.changes);
const firstSeed = Number(values.seed);
const tenants = values.tenant ? [values.tenant] : ['default', 'large'];

let failed = false;
for (const name of tenants) {
  const store = name === 'large' ? buildNow(largeSeed(scale)) : createSeedStore('default');
  const emulator = new Emulator({ store, clock: 'manual' });
  emulator.pump.stop();
  const { client } = await emulatorGraph(emulator);
  const copy = await loadTenantCopy(client, { now: () => emulator.store.clock.now() });
  const tenant = tenantFromCopy(copy);
  const started = performance.now();
  const result = runDifferential(emulator.store.tenant, tenant, firstSeed, changes);
  const seconds = (performance.now() - started) / 1000;
  const label = name === 'large' ? `large at ${String(scale)}` : name;
  console.log(
    `${label} (${String(copy.users.length)} users): ${String(result.changes)} changes (${Object.entries(
      result.byKind,
    )
      .map(([k, n]) => `${k} ${String(n)}`)
      .join(
        ', ',
      )}; ${String(result.refused)} refused), ${String(result.mismatches.length)} mismatches, ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(1, result.changes)).toFixed(1)} ms a change, both previews)`,
  );
  for (const m of result.mismatches.slice(0, 10)) console.log(describeMismatch(name, m));
  if (result.mismatches.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
