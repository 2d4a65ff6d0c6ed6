/**
 * The browser benchmarks' harness: a production build of a checkout, Vite's preview server for it,
 * and Chromium (Debian's where installed). Shared by `npm run bench:browser` and `npm run bench:cost`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { installProbes } from './probes';
import { waitForPortal } from './scenarios';

/** `vite build --manifest` in `root`, unless `BENCH_SKIP_BUILD=1` reuses its `dist/`. */
export function build(root: string): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  console.log('building (vite build --manifest)…');
  const result = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--manifest'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Vite's preview server for `root`'s build on `port`, once it answers at `baseURL`. */
export async function serve(root: string, baseURL: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    path.join(root, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      if ((await fetch(baseURL)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`The preview server did not come up on ${baseURL}.`);
}

export function launch(): Promise<Browser> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic'],
  });
}

/** A page on the portal with the probes installed and the page's console errors printed. */
export async function openPortalPage(
  browser: Browser,
  baseURL: string,
  width: number,
): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  page.on('console', (message) => {
    if (message.type() === 'error') console.log(`  [page error] ${message.text()}`);
  });
  await installProbes(page);
  await page.goto('/');
  await waitForPortal(page);
  return page;
}
