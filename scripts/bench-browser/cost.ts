/**
 * `npm run bench:cost`: Licenses > Cost and Users > Reclaim on the `large` seed (100,006 users) in
 * Chromium, production build, issue #15. For each grouping (department, country, licensing
 * group), from a reload: the time from the click on Cost until the monthly and idle spend show,
 * and from the click on the grouping until its table shows, with the UI thread's long tasks
 * (a `longtask` PerformanceObserver, > 50 ms) until its chart shows; medians of `BENCH_RUNS`
 * (default 3). Then the four breakdowns' tabs clicked in turn `BENCH_RUNS` times, once each has
 * been read (the page's own rendering), and Reclaim on three users of the 90-day report: preview
 * and confirmation.
 *
 * Same harness and variables as `npm run bench:browser` (`BENCH_PORT`, default 4181 here,
 * `BENCH_SKIP_BUILD=1`, `BENCH_ROOT`). Not part of `npm test`: its figures depend on the machine.
 */
import path from 'node:path';
import {
  reclaimInactive,
  openCostBy,
  setPrices,
  switchBreakdowns,
  type CostRun,
  type Grouping,
} from './cost-scenarios';
import { type LongTask } from './probes';
import { resetToLarge, signIn, type Measured } from './scenarios';
import { build, launchChromium, openPortalPage, serve } from './server';
import { median, ms, runs } from './stats';

const here = path.resolve(import.meta.dirname, '../..');
const root = path.resolve(process.env.BENCH_ROOT ?? here);
const port = Number(process.env.BENCH_PORT ?? 4181);
const baseURL = `http://127.0.0.1:${String(port)}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GROUPINGS: readonly Grouping[] = ['Department', 'Country', 'Licensing group'];
const RECLAIMED = 3;

const longest = (tasks: readonly LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));
const tasks = (measured: readonly Measured[]) =>
  `${String(median(measured.map((m) => m.longTasks.length)))} long tasks, longest ${runs(measured.map((m) => longest(m.longTasks)))}`;

async function main(): Promise<void> {
  build(root);
  const server = await serve(root, port);
  const browser = await launchChromium();
  try {
    const page = await openPortalPage(browser, baseURL, 1440);
    await resetToLarge(page);
    await signIn(page);
    console.log(`prices set for ${String(await setPrices(page))} products`);

    const results = new Map<Grouping, CostRun[]>();
    for (let i = 0; i < RUNS; i++)
      for (const grouping of GROUPINGS) {
        const run = await openCostBy(page, grouping);
        results.set(grouping, [...(results.get(grouping) ?? []), run]);
        console.log(
          `${grouping} ${String(i + 1)}: totals ${ms(run.totals.ms)}, table ${ms(run.breakdown.ms)}, longest task ${ms(longest(run.breakdown.longTasks))}`,
        );
      }
    const switches = await switchBreakdowns(page, RUNS);
    console.log(
      `breakdown switches: longest task ${switches.map((m) => ms(longest(m.longTasks))).join(', ')}`,
    );
    const reclaim = await reclaimInactive(page, RECLAIMED);
    console.log(`reclaim: ${reclaim.total}`);

    console.log('');
    console.log(
      `Cost and Reclaim, large seed, median of ${String(RUNS)} runs (each run in brackets)`,
    );
    console.log('');
    console.log('| what the admin does | measured |');
    console.log('| --- | --- |');
    for (const grouping of GROUPINGS) {
      const measured = results.get(grouping) ?? [];
      console.log(
        `| Cost by ${grouping.toLowerCase()}, from a reload: click on Cost until monthly and idle spend show | ${runs(measured.map((m) => m.totals.ms))}; ${tasks(measured.map((m) => m.totals))} |`,
      );
      console.log(
        `| ... click on ${grouping} until its table shows (long tasks until its chart shows) | ${runs(measured.map((m) => m.breakdown.ms))}; ${tasks(measured.map((m) => m.breakdown))} |`,
      );
    }
    console.log(
      `| Switching between the four breakdowns once read (${String(switches.length)} clicks): click until the chart shows | ${ms(median(switches.map((m) => m.ms)))} median; ${tasks(switches)} |`,
    );
    console.log(
      `| Users > Inactive, 90 days, until the rows show | ${ms(reclaim.report.ms)}; ${tasks([reclaim.report])} |`,
    );
    console.log(
      `| Reclaim of ${String(RECLAIMED)} users: click until the preview's total shows | ${ms(reclaim.preview.ms)}; ${tasks([reclaim.preview])} |`,
    );
    console.log(
      `| ... confirm until "Licenses reclaimed" shows | ${ms(reclaim.confirm.ms)}; ${tasks([reclaim.confirm])} |`,
    );
  } catch (error) {
    const shot = path.join(root, 'test-results', 'bench-cost-failure.png');
    await browser
      .contexts()[0]
      ?.pages()[0]
      ?.screenshot({ path: shot })
      .catch(() => undefined);
    console.log(`failed; the page is in ${shot}`);
    throw error;
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
