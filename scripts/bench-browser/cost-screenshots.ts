/**
 * `npx tsx scripts/bench-browser/cost-screenshots.ts [outDir]`: the Cost tab (each grouping), the
 * Prices tab, the Overview and Reclaim's preview on the `large` seed, production build, at 1440
 * and 1024 px wide (and the Cost chart in Dutch), as PNGs in `outDir` (default
 * `test-results/cost-screenshots`), to look at what the admin sees on a 100,000-user tenant.
 *
 * Same harness and variables as `npm run bench:cost` (`BENCH_PORT`, default 4183 here,
 * `BENCH_SKIP_BUILD=1`, `BENCH_ROOT`).
 */
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { setPrices } from './cost-scenarios';
import { resetToLarge, signIn } from './scenarios';
import { build, launchChromium, openPortalPage, serve } from './server';

const here = path.resolve(import.meta.dirname, '../..');
const root = path.resolve(process.env.BENCH_ROOT ?? here);
const port = Number(process.env.BENCH_PORT ?? 4183);
const out = path.resolve(process.argv[2] ?? path.join(root, 'test-results/cost-screenshots'));
const SLOW = { timeout: 600_000 };

const GROUPINGS = ['product', 'department', 'country', 'group'] as const;

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

async function cost(page: Page, width: number, suffix = ''): Promise<void> {
  for (const by of GROUPINGS) {
    await page.goto(`/licenses/cost?by=${by}`);
    const figure = page.getByRole('figure').first();
    await expect(figure.getByRole('option').first()).toBeVisible(SLOW);
    await expect(page.getByRole('table').first()).toBeVisible(SLOW);
    // The chart measures its axis names after drawing them once.
    await page.waitForTimeout(500);
    await shoot(page, `cost-${by}-${String(width)}${suffix}`);
  }
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
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/licenses');
      await expect(page.getByRole('region', { name: 'Cost' }).getByText(/€/).nth(2)).toBeVisible(
        SLOW,
      );
      await shoot(page, `overview-${String(width)}`);
      await cost(page, width);
      await page.goto('/licenses/prices');
      await expect(page.getByRole('table').first()).toBeVisible(SLOW);
      await shoot(page, `prices-${String(width)}`);
      await page.goto('/users?filter=inactive&days=90');
      const grid = page.getByRole('grid', { name: 'Inactive licensed users' });
      await expect(grid.getByRole('row').nth(3)).toBeVisible(SLOW);
      await shoot(page, `inactive-${String(width)}`);
      for (let row = 1; row <= 3; row++)
        await grid.getByRole('row').nth(row).getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Reclaim', exact: true }).click();
      await expect(page.getByText(/^From \d+ users, Reclaim removes/)).toBeVisible(SLOW);
      await shoot(page, `reclaim-preview-${String(width)}`);
      await page.keyboard.press('Escape');
    }
    await page.evaluate(() => {
      localStorage.setItem(
        'portal.locale',
        JSON.stringify({ state: { chosen: 'nl-NL' }, version: 1 }),
      );
    });
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto('/licenses/cost?by=department');
    await expect(page.getByRole('figure').first().getByRole('option').first()).toBeVisible(SLOW);
    await page.waitForTimeout(500);
    await shoot(page, 'cost-department-1024-nl');
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
