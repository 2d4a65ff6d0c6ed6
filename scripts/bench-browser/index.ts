/**
 * `npm run bench:browser`: builds the portal for production, serves it, and drives it in Chromium
 * as an admin would on the `large` seed (100,006 users, groups up to 60,000 members), printing
 * every figure of issue #13's table as the median of three runs, with the longest task on the UI
 * thread (a `longtask` PerformanceObserver), and the gzip sizes of the entry and lazy chunks.
 *
 * `BENCH_PORT` (default 4180) is the preview server's port; `BENCH_SKIP_BUILD=1` reuses `dist/`;
 * `BENCH_ROOT` measures another checkout (with its own `node_modules`), such as the commit before a
 * change, with this harness, so before and after come from one machine in one sitting.
 * Not part of `npm test`: it takes minutes, and its figures depend on the machine.
 */
import path from 'node:path';
import { buildSizes, totalGzip, type ChunkSize } from './chunks';
import { type LongTask } from './probes';
import {
  openBigGroupLicenses,
  openUsers,
  reload,
  resetToLarge,
  searchUsers,
  signIn,
  togglePlan,
  PLANS,
  type Measured,
} from './scenarios';
import { build, launchChromium, openPortalPage, serve } from './server';
import { kb, median, ms, runs } from './stats';

const here = path.resolve(import.meta.dirname, '../..');
/** The checkout to build and measure (another one measures code from before a change, same harness). */
const root = path.resolve(process.env.BENCH_ROOT ?? here);
const port = Number(process.env.BENCH_PORT ?? 4180);
const baseURL = `http://127.0.0.1:${String(port)}`;
const RUNS = 3;
const SEARCH_TERMS = ['Joh', 'Ana', 'Deb'];

const longest = (tasks: readonly LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));
const taskLine = (measured: readonly Measured[]) => {
  const counts = measured.map((m) => m.longTasks.length);
  const longests = measured.map((m) => longest(m.longTasks));
  const totals = measured.map((m) => m.longTasks.reduce((n, t) => n + t.duration, 0));
  return `${String(median(counts))} long tasks, longest ${runs(longests)}, ${ms(median(totals))} in all`;
};

function row(what: string, value: string): void {
  console.log(`| ${what} | ${value} |`);
}

function chunkTable(title: string, chunks: readonly ChunkSize[]): void {
  console.log(`${title}: ${kb(totalGzip(chunks))} gzip in ${String(chunks.length)} files`);
  for (const c of [...chunks].sort((a, b) => b.gzip - a.gzip))
    console.log(`  ${c.file} (${c.src ?? '-'}): ${kb(c.bytes)}, ${kb(c.gzip)} gzip`);
}

async function main(): Promise<void> {
  build(root);
  const sizes = buildSizes(path.join(root, 'dist'));
  const server = await serve(root, port);
  const browser = await launchChromium();
  try {
    const page = await openPortalPage(browser, baseURL, 1400);

    const resets: Measured[] = [];
    for (let i = 0; i < RUNS; i++) {
      resets.push(await resetToLarge(page));
      console.log(`reset to large ${String(i + 1)}: ${ms(resets.at(-1)?.ms ?? NaN)}`);
    }
    await signIn(page);

    const reloads: { shell: number; data: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      reloads.push(await reload(page));
      console.log(`reload ${String(i + 1)}: shell ${ms(reloads.at(-1)?.shell ?? NaN)}`);
    }

    await openUsers(page);
    const searches: (Measured & { fromRequest: number; answer: number })[] = [];
    for (const term of SEARCH_TERMS) {
      searches.push(await searchUsers(page, term));
      const s = searches.at(-1);
      console.log(
        `search "${term}": ${ms(s?.ms ?? NaN)} (request answered in ${ms(s?.answer ?? NaN)})`,
      );
    }

    const toggles = [];
    for (let i = 0; i < RUNS; i++) {
      // The blade is opened afresh for every toggle: after a Save on the 60,000-member group the
      // portal's Save button can stay disabled for minutes (its mutation waits on a refetch that
      // never settles; every Graph request was answered), which would end the run.
      await openBigGroupLicenses(page);
      const run = await togglePlan(page, PLANS[i % PLANS.length] ?? PLANS[0]);
      toggles.push(run);
      console.log(
        `toggle ${String(i + 1)}: preview ${ms(run.preview.ms)}, save ${ms(run.save.ms)}, idle after ${ms(run.processing.ms)}`,
      );
    }

    console.log('');
    console.log(
      `Browser benchmark, large seed, median of ${String(RUNS)} runs (each run in brackets)`,
    );
    console.log('');
    console.log('| what the admin does | measured |');
    console.log('| --- | --- |');
    row(
      'Save a plan toggle on the 60,000-member group: until the Save is answered',
      runs(toggles.map((t) => t.save.ms)),
    );
    row(
      '... long tasks on the UI thread from the Save until processing is idle (+2 s)',
      taskLine(toggles.map((t) => t.processing)),
    );
    row(
      'Impact preview of that toggle (click to preview shown)',
      `${runs(toggles.map((t) => t.preview.ms))}; ${taskLine(toggles.map((t) => t.preview))}`,
    );
    row(
      'Search users, last keystroke to filtered rows',
      `${runs(searches.map((s) => s.ms))}; ${taskLine(searches)}`,
    );
    row(
      '... from the search request (at the key, or once typing pauses if a read is on its way) to filtered rows',
      runs(searches.map((s) => s.fromRequest)),
    );
    row('... of which the request until answered', runs(searches.map((s) => s.answer)));
    row(
      'Reload on the large tenant until the portal shell shows',
      runs(reloads.map((r) => r.shell)),
    );
    row('... until the first blade shows its data', runs(reloads.map((r) => r.data)));
    row(
      'Reset to the large seed (built in the browser)',
      `${runs(resets.map((r) => r.ms))}; ${taskLine(resets)}`,
    );
    row(
      'First-load JavaScript (gzip)',
      `${kb(totalGzip(sizes.firstLoad))} in ${String(sizes.firstLoad.length)} files; lazy ${kb(totalGzip(sizes.lazy))}; emulator ${kb(totalGzip(sizes.emulator))}`,
    );
    console.log('');
    chunkTable('First load', sizes.firstLoad);
    chunkTable('Loaded on demand', sizes.lazy);
    chunkTable('Emulator', sizes.emulator);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
