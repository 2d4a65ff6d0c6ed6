/**
 * The browser benchmarks' production build, preview server, Chromium and first page (shared by
 * `bench:browser`, `bench:cost` and `bench:browser-copy`): `BENCH_SKIP_BUILD=1` reuses `dist/`;
 * `root` is the checkout measured (`BENCH_ROOT`, with its own `node_modules`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { installProbes } from './probes';
import { waitForPortal } from './scenarios';

/** Builds the checkout for production (with the manifest the chunk sizes are read from). */
export function build(root: string): void {
  if (process.env.BENCH_SKIP_BUILD === '1') return;
  console.log('building (vite build --manifest)…');
  const result = spawnSync(path.join(root, 'node_modules/.bin/vite'), ['build', '--manifest'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

/** Waits until `url` answers (a server this script started), for at most `ms`. */
export async function waitUntilUp(url: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  do {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < until);
  return false;
}

/** Serves the build on `port` (vite preview) once it answers. */
export async function serve(root: string, port: number): Promise<ChildProcess> {
  const baseURL = `http://127.0.0.1:${String(port)}`;
  // Another checkout's server on the port would answer for this one and be measured instead.
  if (await waitUntilUp(baseURL, 0))
    throw new Error(`Port ${String(port)} is in use: set BENCH_PORT to a free one.`);
  const server = spawn(
    path.join(root, 'node_modules/.bin/vite'),
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (await waitUntilUp(baseURL, 20_000)) return server;
  server.kill();
  throw new Error(`The preview server did not come up on ${baseURL}.`);
}

/** Chromium as the benchmarks run it: Debian's where it is installed, else Playwright's. */
export function launchChromium(): Promise<Browser> {
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
