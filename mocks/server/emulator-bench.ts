/**
 * The HTTP emulator over the `large` seed (100,000 users): how long the heaviest `$filter`
 * requests take, and how long the event loop stalls (every other client waits that long) while
 * four of them run at once. The server runs in this process, so the loop measured is the server's.
 * `npm run bench` runs it in a process of its own (scripts may not import mocks/).
 */
import { performance } from 'node:perf_hooks';
import { emulatorToken } from './control-client';
import { startServer } from './http-server';

const READER = 'global.reader@contoso.onmicrosoft.com';
const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

interface Probe {
  readonly name: string;
  readonly path: string;
  readonly advanced?: boolean;
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(',');
}

function probes(ids: readonly string[]): Probe[] {
  const filter = (text: string) => `/users?$filter=${encodeURIComponent(text)}`;
  const misses = Array.from({ length: 1_000 }, (_, i) => `x${String(i)}`);
  const ors = Array.from(
    { length: 15 },
    (_, i) => `startswith(displayName,'${String.fromCharCode(97 + i)}')`,
  );
  return [
    { name: 'id in (1,000 values)', path: filter(`id in (${quoted(misses)})`) },
    { name: 'id in (15 values)', path: filter(`id in (${quoted(ids.slice(0, 15))})`) },
    {
      name: 'id in (40 GUIDs), advanced query',
      path: `${filter(`id in (${quoted(ids.slice(0, 40))})`)}&$count=true`,
      advanced: true,
    },
    { name: '15 startswith joined by or', path: filter(ors.join(' or ')) },
    {
      name: 'endswith(mail) + $orderby=displayName, advanced',
      path: `${filter("endswith(mail,'.com')")}&$orderby=displayName&$count=true&$top=999`,
      advanced: true,
    },
    {
      name: 'assignedLicenses/any(skuId eq E3), $count',
      path: `${filter(`assignedLicenses/any(x:x/skuId eq ${E3})`)}&$count=true`,
      advanced: true,
    },
    {
      name: 'the Users list sorted: $orderby=displayName desc, $count, $top=100',
      path: '/users?$orderby=displayName%20desc&$count=true&$top=100',
      advanced: true,
    },
    {
      name: 'users without a usage location: usageLocation eq null, $count',
      path: `${filter('usageLocation eq null')}&$count=true&$top=100`,
      advanced: true,
    },
    {
      name: '$search displayName:a, $orderby, $count',
      path: '/users?$search="displayName:a"&$orderby=displayName&$count=true',
      advanced: true,
    },
  ];
}

/**
 * The longest gap between ticks of a 5 ms timer, less the 5 ms: how long the loop was held. With
 * it, the CPU time this process used in that gap: on a shared machine a gap with little CPU time
 * is the operating system running something else, not the emulator holding its loop.
 */
function stallProbe(): { stop(): { ms: number; cpuMs: number } } {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let worst = { ms: 0, cpuMs: 0 };
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    const gap = now - last - 5;
    if (gap > worst.ms) worst = { ms: gap, cpuMs: (cpu.user + cpu.system) / 1000 };
    last = now;
    lastCpu = process.cpuUsage();
  };
  const timer = setInterval(tick, 5);
  return {
    stop() {
      clearInterval(timer);
      tick();
      return worst;
    },
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs the emulator benchmark; `log` prints a line. */
export async function runEmulatorBench(log: (line: string) => void): Promise<void> {
  const built = performance.now();
  const server = await startServer({ seed: 'large', clock: 'manual' });
  log(`large seed built and served in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  try {
    const token = await emulatorToken(server.origin, READER);
    const call = async (probe: Probe) => {
      const start = performance.now();
      const response = await fetch(`${server.origin}/v1.0${probe.path}`, {
        headers: {
          authorization: `Bearer ${token}`,
          ...(probe.advanced ? { consistencylevel: 'eventual' } : {}),
        },
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - start };
    };
    const page = (await (
      await fetch(`${server.origin}/v1.0/users?$select=id&$top=100`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { value: { id: string }[] };
    const ids = page.value.map((u) => u.id);

    let worst: { probe: Probe; ms: number } | null = null;
    for (const probe of probes(ids)) {
      const runs = [];
      // A fresh store version per run: the emulator caches a query's matches until the next change.
      for (let i = 0; i < 3; i++) {
        server.emulator.store.touch();
        runs.push(await call(probe));
      }
      const ms = median(runs.map((r) => r.ms));
      const status = runs[0]?.status ?? 0;
      log(`${probe.name.padEnd(48)} ${String(status)}  median ${ms.toFixed(0).padStart(6)} ms`);
      if (status === 200 && (worst === null || ms > worst.ms)) worst = { probe, ms };
    }
    if (!worst) return;
    log(`worst allowed filter: ${worst.probe.name}, ${worst.ms.toFixed(0)} ms`);

    for (const probe of [probes(ids)[0], worst.probe]) {
      if (!probe) continue;
      server.emulator.store.touch();
      const probeLoop = stallProbe();
      const start = performance.now();
      const results = await Promise.all(Array.from({ length: 4 }, () => call(probe)));
      const wall = performance.now() - start;
      const stall = probeLoop.stop();
      log(
        `four at once, ${probe.name}: statuses ${results.map((r) => r.status).join('/')}, ` +
          `all done in ${wall.toFixed(0)} ms, longest event-loop stall ${stall.ms.toFixed(0)} ms ` +
          `(${stall.cpuMs.toFixed(0)} ms of process CPU in it)`,
      );
    }
  } finally {
    await server.close();
  }
}

await runEmulatorBench((line) => {
  console.log(line);
});
