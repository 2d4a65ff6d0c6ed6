import path from 'node:path';
import { expect } from '@playwright/test';
import { setPrices } from './cost-scenarios';
import { installProbes } from './probes';
import { resetToLarge, signIn, waitForPortal } from './scenarios';
import { launch, serve } from './server';
const root = path.resolve(import.meta.dirname, '../..');
const server = await serve(root, 'http://127.0.0.1:4182', 4182);
const browser = await launch();
try {
  const context = await browser.newContext({
    baseURL: 'http://127.0.0.1:4182',
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(300_000);
  await installProbes(page);
  await page.goto('/');
  await waitForPortal(page);
  await resetToLarge(page);
  await signIn(page);
  await setPrices(page);
  await page.goto('/licenses/cost?by=department');
  const t0 = await page.evaluate(() => performance.now());
  await expect(
    page.locator('table[aria-label="Monthly spend by department"] tbody tr').first(),
  ).toBeVisible({ timeout: 300_000 });
  const t1 = await page.evaluate(() => performance.now());
  const probes = await page.evaluate(() => window.__bench);
  console.log('table after', Math.round(t1 - t0));
  const events = [
    ...(probes?.longTasks ?? []).map((t) => ({
      at: t.start,
      what: `LONG ${Math.round(t.duration)}`,
    })),
    ...(probes?.fetches ?? [])
      .filter((f) => f.url.includes('graph'))
      .map((f) => ({
        at: f.start,
        what: `fetch ${f.method} ${f.url.slice(0, 140)} answered+${f.answered ? Math.round(f.answered - f.start) : '-'}`,
      })),
  ].sort((a, b) => a.at - b.at);
  for (const e of events) console.log(Math.round(e.at), e.what);
} finally {
  await browser.close();
  server.kill();
}
