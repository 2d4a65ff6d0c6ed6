/**
 * Helpers for Licenses > Prices and Licenses > Cost: open the views, import a prices CSV through
 * the page's own Import CSV button, and read what the pages show (seats on All products, prices
 * in the Prices table, a key figure) so a journey computes its expectations from the screen, not
 * from the portal's code.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { assertPageHeading, goToAllProducts, goToLicenses } from './navigation';

/** Licenses > the view with this name (the blade's own links under its title). */
export async function goToLicensesView(page: Page, view: 'Cost' | 'Prices'): Promise<void> {
  await goToLicenses(page);
  await page
    .getByRole('navigation', { name: 'Licenses' })
    .getByRole('link', { name: view, exact: true })
    .click();
  await assertPageHeading(page, 'Licenses');
  await expect(
    page.getByRole('navigation', { name: 'Licenses' }).getByRole('link', { name: view }),
  ).toHaveAttribute('aria-current', 'page');
}

/** Import CSV on the Prices view: picks the file through the browser's file chooser. */
export async function importPricesCsv(page: Page, name: string, text: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const chooser = await choosing;
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

/** The Prices table as product name -> the price typed in its box ('' when none). */
export async function readPricesTable(page: Page): Promise<Map<string, string>> {
  const table = page.getByRole('table', { name: 'Prices per product' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const prices = new Map<string, string>();
  for (const row of await table.getByRole('row').all()) {
    const box = row.getByRole('textbox');
    if ((await box.count()) === 0) continue;
    const name = (await box.getAttribute('aria-label'))?.replace(/^Monthly price of /, '') ?? '';
    prices.set(name, await box.inputValue());
  }
  return prices;
}

/** A product's seats as All products shows them. */
export interface ShownSeats {
  readonly total: number;
  readonly assigned: number;
  readonly expiring: number;
}

const count = (text: string) => Number(/^[\d,]+/.exec(text.trim())?.[0].replaceAll(',', '') ?? NaN);

/** Licenses > All products: every product's Total, Assigned and Expiring soon, by name. */
export async function readSeatsOnAllProducts(page: Page): Promise<Map<string, ShownSeats>> {
  await goToAllProducts(page);
  const grid = page.getByRole('grid', { name: 'Products' });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  const seats = new Map<string, ShownSeats>();
  for (const row of (await grid.getByRole('row').all()).slice(1)) {
    const name = (await row.getByRole('rowheader').textContent()) ?? '';
    const [total = '', assigned = '', , expiring = ''] = await row
      .getByRole('gridcell')
      .allTextContents();
    seats.set(name, { total: count(total), assigned: count(assigned), expiring: count(expiring) });
  }
  return seats;
}

/** A key figure (Monthly spend, Idle spend, ...): its label names the group that holds its amount. */
export const keyFigure = (scope: Page | Locator, label: string): Locator =>
  scope.getByRole('group', { name: label, exact: true });

/** The URLs the page fetched since its resource timings were last cleared, decoded. */
const FETCHED = () =>
  performance.getEntriesByType('resource').map((entry) => decodeURIComponent(entry.name));
/** Chromium's default resource timing buffer: a full buffer stops recording. */
const TIMING_BUFFER = 250;

/** Forgets the requests the page made so far. */
export async function clearPageReads(page: Page): Promise<void> {
  await page.evaluate(() => {
    performance.clearResourceTimings();
  });
}

/**
 * Since `clearPageReads`, the page's UI thread did not fetch `query` (a Graph URL's part) and the
 * seat reports' Web Worker runs: the pages of licence states are read and counted there, off the
 * page (issue #15, large tenants); in the sandbox the worker asks the emulator's worker directly.
 */
export async function assertReadOffThePage(page: Page, query: string): Promise<void> {
  const onPage = await page.evaluate(FETCHED);
  expect(onPage.length, 'the page recorded every request').toBeLessThan(TIMING_BUFFER);
  expect(onPage.filter((url) => url.includes(query))).toEqual([]);
  const reports = page.workers().filter((w) => w.url().includes('reports.worker'));
  expect(reports, 'one seat reports worker').toHaveLength(1);
}
