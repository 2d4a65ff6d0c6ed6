import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { blankProfile, catalog, changeImpact, planLoss, Tenant } from '../../src/engine/index';
import { mulberry32 as prng } from '../../src/engine/testing/prng';

/**
 * The engine at 100,000 users: 60 groups (two over 50,000 members), 12 real SKUs.
 * Figures: a floor loop that walks every membership once, a full resolve, a plan toggle on the
 * biggest group, the what-if of the same toggle, and peak memory. Ratios are against the floor.
 */

const USERS = 100_000;
const GROUPS = 60;
const SKUS = [
  'ENTERPRISEPACK',
  'ENTERPRISEPREMIUM',
  'SPE_E3',
  'SPE_E5',
  'EMS',
  'EMSPREMIUM',
  'AAD_PREMIUM',
  'AAD_PREMIUM_P2',
  'POWER_BI_STANDARD',
  'POWER_BI_PRO',
  'VISIOCLIENT',
  'PROJECTPROFESSIONAL',
];

/** Group sizes: two giants, a few large, many small. */
function groupSize(index: number): number {
  if (index === 0) return 60_000;
  if (index === 1) return 52_000;
  if (index < 8) return 20_000;
  if (index < 20) return 5_000;
  return 800;
}

/** Wall time, and CPU time of this process (robust when other processes share the cores). */
function time<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, result };
}

/** `time` three times: the median wall and CPU times, and the last run's result (earlier ones dropped). */
function timeMedian<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < 3; i++) {
    const timed = time(run);
    ms.push(timed.ms);
    cpuMs.push(timed.cpuMs);
    result = timed.result;
  }
  return { ms: median(ms), cpuMs: median(cpuMs), result: result as T };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Builds the tenant (users, groups, members, group licences) without processing anything. */
export function buildTenant(random: () => number = prng(42)) {
  const now = Date.UTC(2026, 10, 1);
  const tenant = new Tenant({ tenantCountry: 'US', clock: () => now });
  const skuIds = SKUS.map((pn) => {
    const product = catalog.productByPartNumber(pn);
    if (!product) throw new Error(`Missing ${pn} in the catalog`);
    tenant.addSubscription(product.skuId, {
      enabled: USERS + 10_000,
      warning: 0,
      suspended: 0,
      lockedOut: 0,
    });
    return product.skuId;
  });
  const countries = ['US', 'GB', 'DE', 'FR', 'JP', 'IN', 'BR', 'CA', null];
  const userIds: string[] = [];
  for (let i = 0; i < USERS; i++) {
    const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    userIds.push(id);
    tenant.addUser({
      ...blankProfile(id, `user${i}@contoso.com`),
      usageLocation: countries[i % countries.length] ?? null,
      department: `Dept ${i % 40}`,
    });
  }
  const members: string[][] = [];
  for (let g = 0; g < GROUPS; g++) {
    const id = `group-${g}`;
    tenant.createGroup({ id, securityEnabled: true, membership: { kind: 'assigned' } });
    const size = groupSize(g);
    const start = Math.floor(random() * USERS);
    const list = Array.from({ length: size }, (_, k) => userIds[(start + k * 7) % USERS] as string);
    members.push([...new Set(list)]);
    tenant.addMembers(id, members[g] ?? []);
  }
  for (let g = 0; g < GROUPS; g++) {
    if (g % 3 === 2) continue;
    const first = skuIds[g % 6] as string;
    const extra = skuIds[6 + (g % 6)] as string;
    const licenses = g % 2 === 0 ? [first, extra] : [first];
    tenant.assignGroupLicenses(
      `group-${g}`,
      licenses.map((skuId) => ({ skuId, disabledPlans: [] })),
      [],
    );
  }
  return { tenant, members, skuIds };
}

/** Runs the engine benchmark and reports each figure through `log`. */
export function runEngineBench(log: (line: string) => void): void {
  const build = time(() => buildTenant(prng(42)));
  const { tenant, members } = build.result;
  const memberships = members.reduce((n, list) => n + list.length, 0);
  log(
    `tenant: ${USERS.toLocaleString('en-US')} users, ${GROUPS} groups, ${memberships.toLocaleString('en-US')} memberships, ${SKUS.length} SKUs (built in ${build.ms.toFixed(0)} ms)`,
  );

  // Two floors. The raw walk touches every membership once through objects already in hand. The
  // gather walk does what any resolver must do at least: from each group's member ids to the member's
  // record (a map lookup) and the group appended to that member's list. Ratios are against the gather.
  const memberSets = members.map((list) => new Set(list.map((id) => ({ id, touched: 0 }))));
  const raw = median(
    Array.from(
      { length: 7 },
      () =>
        time(() => {
          let sum = 0;
          for (const set of memberSets) for (const member of set) sum += ++member.touched;
          return sum;
        }).ms,
    ),
  );
  const records = new Map(tenant.userIds().map((id) => [id, { id, groups: [] as number[] }]));
  const floor = median(
    Array.from(
      { length: 7 },
      () =>
        time(() => {
          for (const record of records.values()) record.groups = [];
          members.forEach((list, g) => {
            for (const id of list) records.get(id)?.groups.push(g);
          });
        }).ms,
    ),
  );
  log(
    `floor: raw walk of every membership ${raw.toFixed(1)} ms; gather walk (member id -> user record -> group list) ${floor.toFixed(1)} ms`,
  );

  // Peak heap: sampled after every processing step and while a what-if result is alive (a GC may
  // have run in between, so this is the peak of live-plus-garbage at those points: an upper bound
  // of what the engine needs, a lower bound of what the process used).
  let peakHeap = 0;
  const sampleHeap = () => {
    peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  };

  // Processed in steps, as the emulator does, so events are consumed and dropped as they come.
  const processAll = (t: Tenant) => {
    let changed = 0;
    while (!t.idle) {
      for (const event of t.step(5_000)) if (event.type === 'userChanged') changed++;
      sampleHeap();
    }
    return changed;
  };
  tenant.reprocessAll();
  const full = time(() => processAll(tenant));
  const fullEvents = full.result;
  log(
    `full resolve: ${full.ms.toFixed(0)} ms (CPU ${full.cpuMs.toFixed(0)} ms) for ${fullEvents.toLocaleString('en-US')} changed users = ${(full.ms / floor).toFixed(1)}x floor`,
  );

  const biggest = tenant.group('group-0');
  const license = biggest?.assignedLicenses[0];
  if (!biggest || !license) throw new Error('group-0 has no licence');
  const plan = catalog
    .product(license.skuId)
    ?.servicePlanIds.find((id) => !license.disabledPlans.includes(id)) as string;
  const toggle = (t: Tenant) =>
    t.assignGroupLicenses(
      'group-0',
      [{ skuId: license.skuId, disabledPlans: [...license.disabledPlans, plan] }],
      [],
    );

  const preview = timeMedian(() => tenant.whatIf(toggle).changes.length);
  sampleHeap();
  log(
    `what-if of a plan toggle on the biggest group (${biggest.userMemberIds.length.toLocaleString('en-US')} members; median of 3): ${preview.ms.toFixed(0)} ms (CPU ${preview.cpuMs.toFixed(0)} ms), ${preview.result.toLocaleString('en-US')} users affected = ${(preview.ms / floor).toFixed(1)}x floor`,
  );

  // The impact preview as the emulator answers it (POST /groups/{id}/previewAssignLicense): the
  // what-if above plus the per-user summary, seat deltas, new errors and members losing the plan.
  const impact = timeMedian(() => {
    const result = tenant.whatIf(toggle);
    const summary = changeImpact(result);
    sampleHeap();
    return { users: summary.users.length, lose: planLoss(result, plan).lose.length };
  });
  log(
    `impact preview of that toggle (what-if, per-user summary, members losing the plan; median of 3): ${impact.ms.toFixed(0)} ms (CPU ${impact.cpuMs.toFixed(0)} ms), ${impact.result.users.toLocaleString('en-US')} users with a visible change, ${impact.result.lose.toLocaleString('en-US')} losing the plan`,
  );

  const incremental = time(() => {
    toggle(tenant);
    return processAll(tenant);
  });
  const perMember = incremental.ms / biggest.userMemberIds.length;
  const perUserFull = full.ms / USERS;
  log(
    `plan toggle on the biggest group, applied: ${incremental.ms.toFixed(0)} ms (CPU ${incremental.cpuMs.toFixed(0)} ms; ${(perMember * 1000).toFixed(2)} µs per member; full resolve ${(perUserFull * 1000).toFixed(2)} µs per user) = ${(incremental.ms / floor).toFixed(1)}x floor`,
  );

  const heap = process.memoryUsage();
  log(
    `memory: peak heap ${(peakHeap / 1_048_576).toFixed(0)} MB (sampled after every step), heap used at the end ${(heap.heapUsed / 1_048_576).toFixed(0)} MB, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
