/**
 * `npx tsx scripts/bench-browser/cost-profile.ts [department|country|group|reclaim]`: where the
 * UI thread's time goes on the `large` seed while the Cost tab's breakdown (or Reclaim on three
 * users of the 90-day report) runs. A CPU profile of the page (Chrome DevTools Protocol
 * `Profiler`), its samples mapped through the build's source maps to the portal's own files and
 * packages, printed as self time per function and per file, with the long tasks meanwhile.
 *
 * Same harness and variables as `npm run bench:cost` (`BENCH_PORT`, default 4182 here,
 * `BENCH_SKIP_BUILD=1`, `BENCH_ROOT`). A tool to look with, not a benchmark: profiling slows the
 * page.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { expect, type Page } from '@playwright/test';
import { setPrices } from './cost-scenarios';
import { longTasksBetween, pageNow } from './probes';
import { resetToLarge, signIn } from './scenarios';
import { build, launchChromium, openPortalPage, serve } from './server';

const here = path.resolve(import.meta.dirname, '../..');
const root = path.resolve(process.env.BENCH_ROOT ?? here);
const port = Number(process.env.BENCH_PORT ?? 4182);
const what = process.argv[2] ?? 'department';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, TraceMap | null>();
function mapOf(url: string): TraceMap | null {
  if (maps.has(url)) return maps.get(url) ?? null;
  const file = path.join(root, 'dist', new URL(url).pathname + '.map');
  const map = existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null;
  maps.set(url, map);
  return map;
}

/** "src/api/x.ts:fn" or "node_modules/pkg" for one sampled frame. */
function where(frame: ProfileNode['callFrame']): { file: string; fn: string } {
  if (!frame.url.startsWith('http'))
    return { file: frame.url || '(native)', fn: frame.functionName || '(anonymous)' };
  const map = mapOf(frame.url);
  // A frame without a position (line -1: native glue, the profiler's own) has nothing to map.
  const pos =
    map && frame.lineNumber >= 0
      ? originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber })
      : null;
  const source = pos?.source ?? frame.url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  const file = pkg ? `node_modules/${pkg[1] ?? ''}` : source.replace(/^.*?\/(src|mocks)\//, '$1/');
  return {
    file,
    fn: `${pos?.name ?? (frame.functionName || '(anonymous)')}:${String(pos?.line ?? 0)}`,
  };
}

function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node) return;
    if (node.callFrame.functionName === '(idle)') return;
    total += dt;
    const { file, fn } = where(node.callFrame);
    self.set(`${file} ${fn}`, (self.get(`${file} ${fn}`) ?? 0) + dt);
    files.set(file, (files.get(file) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`busy ${total.toFixed(0)} ms (idle left out)`);
  console.log('-- self time by file');
  for (const [k, v] of top(files, 25)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
  console.log('-- self time by function');
  for (const [k, v] of top(self, 40)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
}

/**
 * The profile's stretches of busy samples over 50 ms (the long tasks, as the profile sees them:
 * a sample of `(idle)` ends one), each with where its time went: self time by function, and
 * the outermost frame of the portal or a package its samples ran under (what started the task).
 */
function longStretches(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const entry = (id: number): string => {
    let outer = '(native)';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.url.startsWith('http')) {
        const { file, fn } = where(frame);
        outer = `${file} ${fn}`;
      }
    }
    return outer;
  };
  interface Stretch {
    start: number;
    ms: number;
    ids: [number, number][];
  }
  let at = 0;
  let stretch: Stretch | null = null;
  const stretches: Stretch[] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i] ?? 0;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    at += dt;
    if (byId.get(id)?.callFrame.functionName === '(idle)') {
      if (stretch && stretch.ms > 50) stretches.push(stretch);
      stretch = null;
      continue;
    }
    stretch ??= { start: at, ms: 0, ids: [] };
    stretch.ms += dt;
    stretch.ids.push([id, dt]);
  }
  if (stretch && stretch.ms > 50) stretches.push(stretch);
  console.log(`-- busy stretches over 50 ms: ${String(stretches.length)}`);
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(0)} ${k}`);
  for (const s of stretches) {
    const self = new Map<string, number>();
    const outer = new Map<string, number>();
    for (const [id, dt] of s.ids) {
      const node = byId.get(id);
      if (!node) continue;
      const { file, fn } = where(node.callFrame);
      self.set(`${file} ${fn}`, (self.get(`${file} ${fn}`) ?? 0) + dt);
      const e = entry(id);
      outer.set(e, (outer.get(e) ?? 0) + dt);
    }
    console.log(`at ${s.start.toFixed(0)} ms: ${s.ms.toFixed(0)} ms`);
    console.log(`    self: ${top(self, 6).join(' | ')}`);
    console.log(`    under: ${top(outer, 4).join(' | ')}`);
  }
}

async function act(page: Page): Promise<void> {
  if (what === 'reclaim') {
    await page.goto('/users?filter=inactive&days=90');
    const grid = page.getByRole('grid', { name: 'Inactive licensed users' });
    await expect(grid.getByRole('row').nth(3)).toBeVisible({ timeout: 180_000 });
    for (let row = 1; row <= 3; row++)
      await grid.getByRole('row').nth(row).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Reclaim', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog.getByText(/^From \d+ users, Reclaim removes/)).toBeVisible({
      timeout: 180_000,
    });
    await dialog.getByRole('button', { name: 'Reclaim' }).click();
    // The toast and the live region that announces it both say it.
    await expect(page.getByText(/^Licenses reclaimed from \d+ users?\.$/).first()).toBeVisible({
      timeout: 180_000,
    });
    return;
  }
  await page
    .getByRole('navigation', { name: 'Licenses' })
    .getByRole('link', { name: 'Cost', exact: true })
    .click();
  const tab = { department: 'Department', country: 'Country', group: 'Licensing group' }[what];
  await page.getByRole('tab', { name: tab }).click();
  const name = what === 'group' ? 'licensing group' : what;
  // A CSS wait: \`getByRole\` polls the accessibility tree on the page, work the profile would show.
  await page
    .locator(`figure[aria-label="Monthly spend by ${name}"] [role="option"]`)
    .first()
    .waitFor({ timeout: 180_000 });
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

/** A Chrome trace of `ms` after the action starts: the main thread's long tasks, what fills them. */
async function trace(page: Page, ms: number): Promise<void> {
  const browser = page.context().browser();
  if (!browser) return;
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'],
  });
  void act(page).catch(() => undefined);
  await page.waitForTimeout(ms);
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = events.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      events.some((x) => x.pid === e.pid && x.name === 'RunTask' && (x.dur ?? 0) > 50_000),
  );
  if (!main) return;
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  console.log(
    `long tasks in ${String(ms)} ms: ${String(tasks.length)}, sum ${(tasks.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000).toFixed(0)} ms`,
  );
  const self = new Map<string, number>();
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = mine
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    // Self time: an event's duration less its direct children's.
    const stack: TraceEvent[] = [];
    const childTime = new Map<TraceEvent, number>();
    for (const e of inside) {
      while (stack.length && (stack.at(-1)?.ts ?? 0) + (stack.at(-1)?.dur ?? 0) <= e.ts)
        stack.pop();
      const parent = stack.at(-1);
      if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + (e.dur ?? 0));
      stack.push(e);
    }
    for (const e of inside) {
      const key = `${e.name}${e.args?.data?.functionName ? ` ${e.args.data.functionName}` : ''}${e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, '')}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (e.dur ?? 0) - (childTime.get(e) ?? 0));
    }
  }
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${(v / 1000).toFixed(0).padStart(7)} ms  ${k.slice(0, 140)}`);
}

async function main(): Promise<void> {
  build(root);
  const server = await serve(root, port);
  const browser = await launchChromium();
  try {
    const page = await openPortalPage(browser, `http://127.0.0.1:${String(port)}`, 1440);
    await resetToLarge(page);
    await signIn(page);
    await setPrices(page);
    if (what !== 'reclaim') {
      await page.goto('/licenses');
      await expect(page.getByRole('list', { name: 'Seats per product' })).toBeVisible({
        timeout: 120_000,
      });
      await page.waitForTimeout(3_000);
    }
    if (process.env.TRACE_MS) {
      await trace(page, Number(process.env.TRACE_MS));
      return;
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const from = what === 'reclaim' ? 0 : await pageNow(page);
    const started = Date.now();
    await act(page);
    const elapsed = Date.now() - started;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const to = await pageNow(page);
    const tasks = await longTasksBetween(page, what === 'reclaim' ? 0 : from, to);
    console.log(`${what}: ${String(elapsed)} ms wall`);
    console.log(
      `long tasks: ${String(tasks.length)}, longest ${Math.max(0, ...tasks.map((t) => t.duration)).toFixed(0)} ms, sum ${tasks.reduce((s, t) => s + t.duration, 0).toFixed(0)} ms`,
    );
    const fetches = (await page.evaluate(() => window.__bench?.fetches ?? [])).filter(
      (f) => f.start >= (what === 'reclaim' ? 0 : from) && f.url.includes('/v1.0/'),
    );
    console.log(`Graph requests: ${String(fetches.length)}`);
    for (const f of fetches)
      console.log(
        `  ${(f.start - from).toFixed(0).padStart(7)} +${((f.answered ?? f.failed ?? to) - f.start).toFixed(0).padStart(6)} ms ${f.method} ${decodeURIComponent(f.url.replace(/^.*\/v1\.0/, '')).slice(0, 150)}`,
      );
    summarise(profile);
    longStretches(profile);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
