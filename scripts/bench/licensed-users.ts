/**
 * `npm run bench -- licensed`: the Cost tab's reads of licensed users on the `large` seed (100,006
 * users), over HTTP, as the portal sends them: the seat reports' own functions (`read-seats.ts`)
 * with the portal's Graph client, against the HTTP emulator started in this process (`index.ts`
 * runs it in a process of its own).
 *
 * - Paths: every licensed user (`assignedLicenses/$count ne 0`, advanced, `$top=999`, paged by
 *   `@odata.nextLink`): first page, median of the later pages, total, and the time spent waiting
 *   for answers.
 * - Places: the holders of each product in use (`assignedLicenses/any(x:x/skuId eq …)`), three
 *   products at a time, as the portal reads them: total.
 *
 * Each read runs on a fresh store version (no query cached), then again unchanged; the paths also
 * with the tenant changing before every page (as while group processing runs or an admin works:
 * the emulator's cache of a query's matches lasts one store version). Load averages are printed
 * beside the figures: the machine may be shared.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { emulatorToken } from '../../mocks/server/control-client';
import { startServer } from '../../mocks/server/http-server';
import { readPathSeats, readPlaceSeats } from '../../src/api/seat-reports/read-seats';
import { createGraphClient } from '../../src/lib/graph/graph-client';
import { toSkuId } from '../../src/lib/ids';
import { median } from './stats';

const READER = 'global.reader@contoso.onmicrosoft.com';

interface Timed {
  readonly url: string;
  readonly ms: number;
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

const built = performance.now();
const server = await startServer({ seed: 'large', clock: 'manual' });
console.log(
  `large seed built and served in ${((performance.now() - built) / 1000).toFixed(1)} s (load ${load()})`,
);
try {
  const token = await emulatorToken(server.origin, READER);
  let requests: Timed[] = [];
  let changing = false;
  // Times each request from send to its body read (what the client waits for the answer).
  const timedFetch: typeof fetch = async (input, init) => {
    if (changing) server.emulator.store.touch();
    const start = performance.now();
    const response = await fetch(input, init);
    const body = await response.arrayBuffer();
    const url = input instanceof Request ? input.url : String(input);
    requests.push({ url, ms: performance.now() - start });
    return new Response(body, { status: response.status, headers: response.headers });
  };
  const graph = createGraphClient({
    baseUrl: `${server.origin}/v1.0`,
    getToken: () => token,
    fetch: timedFetch,
    maxConcurrency: 6,
  });
  const held = server.emulator.store.tenant
    .subscriptions()
    .filter((s) => s.consumedUnits > 0)
    .map((s) => toSkuId(s.skuId));

  const run = async (label: string, read: () => Promise<unknown>, paged: boolean) => {
    requests = [];
    const start = performance.now();
    await read();
    const total = performance.now() - start;
    const waited = requests.reduce((sum, r) => sum + r.ms, 0);
    const [first, ...rest] = requests;
    const detail = paged
      ? `first page ${(first?.ms ?? 0).toFixed(0)} ms, later pages median ${median(
          rest.map((r) => r.ms),
        ).toFixed(0)} ms, `
      : '';
    console.log(
      `${label.padEnd(52)} ${String(requests.length).padStart(3)} requests, ${detail}` +
        `total ${(total / 1000).toFixed(2)} s, waiting ${(waited / 1000).toFixed(2)} s (load ${load()})`,
    );
  };

  for (const pass of ['fresh version', 'unchanged', 'changed before every page'] as const) {
    if (pass === 'fresh version') server.emulator.store.touch();
    changing = pass === 'changed before every page';
    await run(`paths ($count ne 0), ${pass}`, () => readPathSeats(graph), true);
    changing = false;
  }
  for (const pass of ['fresh version', 'unchanged'] as const) {
    if (pass === 'fresh version') server.emulator.store.touch();
    await run(
      `places (any skuId, ${String(held.length)} products), ${pass}`,
      () => readPlaceSeats(graph, held),
      false,
    );
  }
} finally {
  await server.close();
}
