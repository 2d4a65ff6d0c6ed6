/**
 * `npm run bench:first-load`: how fast the portal shows its first blade with data, on the default
 * seed, in a production build served by `vite preview`, in Chromium.
 *
 * For each blade below, in a browser whose tenant is already built (IndexedDB) and signed in (a
 * returning admin): load the blade's URL in a new page, and time navigation start → the blade's data on screen;
 * count the Graph requests the load made (until none is in flight for QUIET_MS). Prints the median
 * of `--runs` runs (default 5) and the gzip size of the entry chunk and of everything the entry
 * HTML loads. Options: `--runs N`, `--port P` (default 4186), `--no-build` (reuse `--dist`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback;
};
const RUNS = Number(option('runs', '5'));
const PORT = Number(option('port', '4186'));
const DIST = path.resolve(root, option('dist', '.tmp/first-load-dist'));
const BUILD = !args.includes('--no-build');
const BASE = `http://127.0.0.1:${String(PORT)}`;
/** A load is over when no Graph request has been in flight for this long. */
const QUIET_MS = 750;
const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

function run(command: string, commandArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${String(code)}`));
    });
  });
}

function startPreview(): Promise<ChildProcess> {
  const bin = path.join(root, 'node_modules/.bin/vite');
  const child = spawn(
    bin,
    ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(PORT))) resolve(child);
    });
  });
}

/** Gzip sizes: the entry chunk, and every script and style the entry HTML loads up front. */
function bundleSizes(): { entry: number; initial: number; entryName: string } {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const gz = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length;
  const entryName = /<script type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1] ?? '';
  const linked = [...html.matchAll(/<link [^>]*href="\/?(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  return {
    entryName,
    entry: gz(entryName),
    initial: [entryName, ...linked].reduce((sum, file) => sum + gz(file), 0),
  };
}

interface Blade {
  readonly name: string;
  readonly url: (ids: Ids) => string;
  /** Resolves once the blade shows its data. */
  readonly ready: (page: Page) => Promise<unknown>;
}
interface Ids {
  readonly group: string;
  readonly user: string;
}

const BLADES: readonly Blade[] = [
  {
    name: 'Licenses overview',
    url: () => '/licenses',
    ready: (page) =>
      page.getByRole('list', { name: 'Seats per product' }).getByRole('listitem').first().waitFor(),
  },
  {
    name: 'Product (Office 365 E3)',
    url: () => `/licenses/products/${E3}`,
    ready: (page) => page.getByText(/ of [\d,]+ assigned, /).waitFor(),
  },
  {
    name: 'Group licenses (E3 base services)',
    url: (ids) => `/groups/${ids.group}?tab=licenses`,
    ready: (page) => page.getByText(/ of [\d,]+ seats assigned/).waitFor(),
  },
  {
    name: 'User licenses',
    url: (ids) => `/users/${ids.user}?tab=licenses`,
    ready: (page) => page.getByText('Inherited (E3 base services)').first().waitFor(),
  },
];

/** Signs in as the Global Administrator once (this also builds the seed tenant in IndexedDB). */
async function signIn(page: Page): Promise<Ids> {
  await page.goto(`${BASE}/`);
  await page
    .getByRole('button', { name: /^Sign in as .*Global Administrator/ })
    .click({ timeout: 120_000 });
  await page.getByRole('navigation', { name: 'Navigation' }).waitFor({ timeout: 60_000 });
  // A string, not a function: tsx would wrap inner functions in a helper the page does not have.
  return page.evaluate<Ids>(`(async () => {
    const tokenAnswer = await fetch('https://graph.microsoft.com/_emulator/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
    });
    const headers = { Authorization: 'Bearer ' + (await tokenAnswer.json()).access_token };
    const graph = 'https://graph.microsoft.com/v1.0';
    const filter = encodeURIComponent("displayName eq 'E3 base services'");
    const groups = await (await fetch(graph + '/groups?$filter=' + filter + '&$select=id', { headers })).json();
    const group = groups.value[0].id;
    const members = await (await fetch(graph + '/groups/' + group + '/members?$select=id&$top=1', { headers })).json();
    return { group, user: members.value[0].id };
  })()`);
}

/** One cold load of a blade: milliseconds to data, and Graph requests until the page is quiet. */
async function loadOnce(context: BrowserContext, blade: Blade, ids: Ids) {
  const page = await context.newPage();
  let requests = 0;
  let inFlight = 0;
  let lastChange = performance.now();
  const graphRequest = (url: string) => url.startsWith('https://graph.microsoft.com/v1.0');
  page.on('request', (request) => {
    if (!graphRequest(request.url())) return;
    requests += 1;
    inFlight += 1;
    lastChange = performance.now();
  });
  const settle = (url: string) => {
    if (!graphRequest(url)) return;
    inFlight -= 1;
    lastChange = performance.now();
  };
  page.on('requestfinished', (request) => {
    settle(request.url());
  });
  page.on('requestfailed', (request) => {
    settle(request.url());
  });
  const start = performance.now();
  await page.goto(`${BASE}${blade.url(ids)}`);
  await blade.ready(page);
  const ms = performance.now() - start;
  while (inFlight > 0 || performance.now() - lastChange < QUIET_MS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await page.close();
  return { ms, requests };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function main(): Promise<void> {
  if (BUILD) await run(path.join(root, 'node_modules/.bin/vite'), ['build', '--outDir', DIST]);
  const sizes = bundleSizes();
  const preview = await startPreview();
  const systemChromium = '/usr/bin/chromium';
  const browser = await chromium.launch({
    ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const ids = await signIn(page);
    await page.close();
    console.log(`first load, default seed, ${String(RUNS)} runs each (median; min–max)`);
    console.log(
      `entry chunk ${sizes.entryName}: ${(sizes.entry / 1024).toFixed(1)} KiB gzip; everything the HTML loads: ${(sizes.initial / 1024).toFixed(1)} KiB gzip`,
    );
    for (const blade of BLADES) {
      const results = [];
      for (let i = 0; i < RUNS; i++) results.push(await loadOnce(context, blade, ids));
      const ms = results.map((r) => r.ms);
      const requests = results.map((r) => r.requests);
      console.log(
        `${blade.name.padEnd(36)} ${median(ms).toFixed(0).padStart(5)} ms to data (${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}), ${String(median(requests))} Graph requests (${String(Math.min(...requests))}–${String(Math.max(...requests))})`,
      );
    }
  } finally {
    await browser.close();
    preview.kill();
  }
}

await main();
