/**
 * `npm run bench:browser-copy`: live mode's tenant copy in Chromium (issue #14 item 5, in the
 * browser). The portal's production build, signed in through the journeys' fake Entra, with
 * graph.microsoft.com routed to the HTTP emulator on the `large` seed (100,006 users, full scale) in
 * the `graph` profile (Graph's budgets, 2 s list lag; `BENCH_RATE` adds a share of forced 429s,
 * default 0). Printed:
 *
 * - time to load the copy in the worker, from the plan toggle that asks for it to "Tenant copy
 *   taken" on the page, with the load's progress every 15 s;
 * - the page's long tasks meanwhile (a `longtask` PerformanceObserver on the UI thread; the
 *   worker's own work is not the UI thread's);
 * - the worker's V8 heap with the copy and the engine held (DevTools `Runtime.getHeapUsage` after a
 *   collection; `performance.memory` where the worker has it);
 * - preview time on the copy: a plan toggle on the 60,000-member group to its preview shown, median
 *   of `BENCH_PREVIEWS` (default 7), with the long tasks of each.
 *
 * Graph's requests go through Playwright's routing (Chromium -> Playwright -> emulator), as in the
 * live journeys, so the load time includes that hop and the emulator's own work on this machine.
 * `BENCH_PORT` (default 4181) serves the build, `BENCH_EMULATOR_PORT` (default BENCH_PORT - 160) the
 * emulator; `BENCH_SKIP_BUILD=1` reuses `dist/`. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { workerHeapUsage } from '../../e2e/support/worker-heap';
import { installProbes, lastInput, longTasksBetween, watchFor, type LongTask } from './probes';
import { openBigGroupLicenses, planSwitch, PLANS } from './scenarios';
import { build, launchChromium, serve, waitUntilUp } from './server';
import { ms, runs } from './stats';

const root = path.resolve(import.meta.dirname, '../..');
const port = Number(process.env.BENCH_PORT ?? 4181);
const emulatorPort = Number(process.env.BENCH_EMULATOR_PORT ?? port - 160);
const baseURL = `http://127.0.0.1:${String(port)}`;
const rate = Number(process.env.BENCH_RATE ?? 0);
const PREVIEWS = Number(process.env.BENCH_PREVIEWS ?? 7);
// The journeys' live support reads the emulator's port when it is loaded.
process.env.E2E_EMULATOR_PORT = String(emulatorPort);
const { ADMIN } = await import('../../e2e/support/accounts');
const { FakeEntra } = await import('../../e2e/support/fake-entra');
const { GraphLog, routeLive, signInLive } = await import('../../e2e/support/live');

const TAKEN = '^Tenant copy taken';
const IMPACT = '[aria-label="Impact of your changes"][aria-busy="false"]';

const longest = (tasks: readonly LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function startEmulator() {
  return spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'mocks/server/main.ts',
      ...['--port', String(emulatorPort), '--seed', 'large', '--profile', 'graph'],
      ...['--throttle-rate', String(rate), '--allow-origin', baseURL],
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** Loads the copy (a plan toggle asks for it) and measures it. */
async function loadCopy(page: Page) {
  const taken = await watchFor(page, 'taken', '[role="status"]', TAKEN);
  await planSwitch(page, PLANS[0]).click();
  const start = await lastInput(page);
  const status = page.getByRole('status').filter({ hasText: /^(Tenant copy|Reading a copy)/ });
  const ticker = setInterval(() => {
    void status
      .first()
      .textContent({ timeout: 1_000 })
      .then((text) => {
        console.log(`  ${((Date.now() - wallStart) / 1000).toFixed(0)} s: ${text ?? ''}`);
      })
      .catch(() => undefined);
  }, 15_000);
  const wallStart = Date.now();
  try {
    // A whole load of 100,000 users takes minutes on this machine.
    const end = await taken.when(start, 1_800_000);
    return { ms: end - start, longTasks: await longTasksBetween(page, start, end) };
  } finally {
    clearInterval(ticker);
  }
}

/** One plan toggle to its preview shown on the copy. */
async function previewToggle(page: Page, plan: string, turnedInDraft: boolean, i: number) {
  const text = turnedInDraft ? plan : `^(?![\\s\\S]*${plan})`;
  const shown = await watchFor(page, `preview${String(i)}`, IMPACT, text);
  await planSwitch(page, plan).click();
  const start = await lastInput(page);
  const end = await shown.when(start);
  return { ms: end - start, longTasks: await longTasksBetween(page, start, end) };
}

async function main(): Promise<void> {
  build(root);
  console.log(
    `starting the emulator on the large seed (graph profile, forced 429 rate ${String(rate)})…`,
  );
  const clock = `http://127.0.0.1:${String(emulatorPort)}/_emulator/clock`;
  if (await waitUntilUp(clock, 0))
    throw new Error(
      `Port ${String(emulatorPort)} is in use: set BENCH_EMULATOR_PORT to a free one.`,
    );
  const emulator = startEmulator();
  const server = await serve(root, port);
  const browser = await launchChromium();
  try {
    if (!(await waitUntilUp(clock, 600_000))) throw new Error('The emulator did not come up.');
    const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 900 } });
    const log = new GraphLog();
    await routeLive(context, new FakeEntra(ADMIN.global), log);
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    page.on('console', (message) => {
      if (message.type() === 'error') console.log(`  [page error] ${message.text()}`);
    });
    await installProbes(page);
    await signInLive(page);
    await openBigGroupLicenses(page);
    const before = log.requests.length;

    console.log('loading the copy…');
    const load = await loadCopy(page);
    const requests = log.requests.slice(before);
    const worker = page.workers().find((w) => w.url().includes('copy.worker'));
    const memory = await worker?.evaluate(
      () =>
        (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? null,
    );
    const heap = await workerHeapUsage(browser, 'copy.worker');

    const previews = [];
    for (let i = 0; i < PREVIEWS; i++) {
      const run = await previewToggle(page, PLANS[1], i % 2 === 0, i);
      previews.push(run);
      console.log(
        `preview ${String(i + 1)}: ${ms(run.ms)}, longest task ${ms(longest(run.longTasks))}`,
      );
    }

    console.log('');
    console.log(
      `Tenant copy in Chromium, large seed at full scale, graph profile (forced 429 rate ${String(rate)})`,
    );
    console.log('');
    console.log('| what | measured |');
    console.log('| --- | --- |');
    console.log(`| Load the copy in the worker (toggle to "Tenant copy taken") | ${ms(load.ms)} |`);
    console.log(
      `| ... Graph requests meanwhile, the worker's and the page's (a $batch once) / inner batch requests / 429s seen | ${String(requests.filter((r) => !r.endsWith('(batch)')).length)} / ${String(requests.filter((r) => r.endsWith('(batch)')).length)} / ${String(log.throttledSeen)} |`,
    );
    console.log(
      `| ... long tasks on the page meanwhile | ${String(load.longTasks.length)}, longest ${ms(longest(load.longTasks))} |`,
    );
    console.log(
      `| Worker heap with the copy and the engine (after a collection) | ${mb(heap.usedSize)} used of ${mb(heap.totalSize)}; performance.memory in the worker: ${typeof memory === 'number' ? mb(memory) : 'not exposed'} |`,
    );
    console.log(
      `| Preview of a plan toggle on the 60,000-member group, toggle to preview shown | ${runs(previews.map((p) => p.ms))} |`,
    );
    console.log(
      `| ... longest task on the page in a preview | ${ms(Math.max(...previews.map((p) => longest(p.longTasks))))} |`,
    );
  } finally {
    // Graph requests still routed when the run ends (the page's own reads) are dropped quietly.
    for (const context of browser.contexts())
      await context.unrouteAll({ behavior: 'ignoreErrors' });
    await browser.close();
    server.kill();
    emulator.kill();
  }
}

await main();
