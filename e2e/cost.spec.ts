/**
 * Licenses > Prices and Cost (issue #15 items 1, 2 and 4), as an admin on the default tenant:
 * import a prices CSV, read the prices back in the table, open Cost and find the monthly and idle
 * spend the journey works out itself from what All products shows (seats in use, seats bought
 * and not expiring) times the prices it imported; the chart and the table beside it, each
 * grouping, the CSV; the same two numbers on the Overview, linking to Cost. A bad CSV names each
 * line at fault and changes nothing.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { ADMIN, PORTAL_START_MS, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import {
  assertReadOffThePage,
  clearPageReads,
  goToLicensesView,
  importPricesCsv,
  keyFigure,
  readPricesTable,
  readSeatsOnAllProducts,
} from './support/cost';
import { resetTenant } from './support/emulator';
import { goToLicenses } from './support/navigation';

/** Cents a month per seat, by part number and product name; two products are left without one. */
const PRICES = [
  { part: 'ENTERPRISEPACK', name: 'Office 365 E3', cents: 2250 },
  { part: 'ENTERPRISEPREMIUM', name: 'Office 365 E5', cents: 3890 },
  { part: 'EMS', name: 'Enterprise Mobility + Security E3', cents: 1010 },
  { part: 'SPE_E3', name: 'Microsoft 365 E3', cents: 3375 },
  { part: 'STANDARDPACK', name: 'Office 365 E1', cents: 780 },
  { part: 'AAD_PREMIUM', name: 'Microsoft Entra ID P1', cents: 560 },
  { part: 'MCOMEETADV', name: 'Microsoft 365 Audio Conferencing', cents: 340 },
  { part: 'POWER_BI_STANDARD', name: 'Microsoft Fabric (Free)', cents: 0 },
  { part: 'POWER_BI_PRO', name: 'Power BI Pro', cents: 940 },
] as const;
const UNPRICED = ['Visio Plan 2', 'Project Online Premium'];

const decimal = (cents: number) => (cents / 100).toFixed(2);
const PRICES_CSV = [
  'skuPartNumber,price,currency',
  ...PRICES.map((p) => `${p.part},${decimal(p.cents)},EUR`),
].join('\r\n');

const euros = (cents: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** "€1,234.50" as cents; "No price" is nothing. */
const cents = (text: string) =>
  text === 'No price' ? 0 : Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);

/** Imports PRICES through the page and waits for the toast that says so. */
async function importPrices(page: Page): Promise<void> {
  await goToLicensesView(page, 'Prices');
  await importPricesCsv(page, 'prices.csv', PRICES_CSV);
  await expect(page.getByText(`${String(PRICES.length)} prices imported`).first()).toBeVisible();
}

test('prices from a CSV: Cost and the Overview show seats times prices, by every grouping, and as a CSV', async ({
  page,
}) => {
  await resetTenant(page, 'default');
  await signInAs(page, ADMIN.license);
  const seats = await readSeatsOnAllProducts(page);
  expect([...seats.keys()].sort()).toEqual([...PRICES.map((p) => p.name), ...UNPRICED].sort());

  // What the admin would work out by hand: seats in use x price, and seats bought (not those
  // expiring) and not in use x price.
  let monthly = 0;
  let idle = 0;
  for (const price of PRICES) {
    const shown = seats.get(price.name);
    if (!shown) throw new Error(`All products does not show ${price.name}`);
    monthly += shown.assigned * price.cents;
    idle += Math.max(0, shown.total - shown.expiring - shown.assigned) * price.cents;
  }

  await goToLicensesView(page, 'Prices');
  await assertNoSeriousA11yViolations(page);
  await importPrices(page);
  const table = await readPricesTable(page);
  for (const price of PRICES) expect(table.get(price.name)).toBe(decimal(price.cents));
  for (const name of UNPRICED) expect(table.get(name)).toBe('');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('EUR');

  await goToLicensesView(page, 'Cost');
  await expect(keyFigure(page, 'Monthly spend')).toContainText(euros(monthly));
  await expect(keyFigure(page, 'Idle spend')).toContainText(euros(idle));
  await expect(page.getByText('2 products have no price and are left out.')).toBeVisible();

  const byProduct = page.getByRole('table', { name: 'Monthly spend by product' });
  await expect(byProduct.getByRole('row')).toHaveCount(1 + PRICES.length + UNPRICED.length);
  const e3 = PRICES[0];
  const e3Seats = seats.get(e3.name)?.assigned ?? NaN;
  await expect(byProduct.getByRole('row', { name: new RegExp(`^${e3.name} `) })).toContainText(
    euros(e3Seats * e3.cents),
  );
  // The chart beside it: a bar per product whose spend is above nothing (Fabric Free is 0.00),
  // each named with its amount.
  const chart = page.getByRole('figure', { name: 'Monthly spend by product' });
  const bars = PRICES.filter((p) => p.cents > 0 && (seats.get(p.name)?.assigned ?? 0) > 0);
  await expect(chart.getByRole('option')).toHaveCount(bars.length);
  await expect(
    chart.getByRole('option', { name: `${e3.name}. ${e3.name}, ${euros(e3Seats * e3.cents)}.` }),
  ).toBeVisible();
  await assertNoSeriousA11yViolations(page);

  for (const [tab, name] of [
    ['Department', 'department'],
    ['Country', 'country'],
    ['Licensing group', 'licensing group'],
  ] as const) {
    await clearPageReads(page);
    await page.getByRole('tab', { name: tab }).click();
    await expect(page).toHaveURL(new RegExp(`by=${tab === 'Licensing group' ? 'group' : name}`));
    const breakdown = page.getByRole('table', { name: `Monthly spend by ${name}` });
    // The first grouping reads every licensed user (Graph has no sums by department): like the
    // portal's start, a one-off read whose length is the shared machine's load (5-8 s seen with
    // four suites running); the journey waits for the rows the admin waits for, within that budget.
    await expect(breakdown.getByRole('row').nth(1)).toBeVisible({ timeout: PORTAL_START_MS });
    const figure = page.getByRole('figure', { name: `Monthly spend by ${name}` });
    await expect(figure.getByRole('option').first()).toBeVisible();
    // Every licensed user's licence states (~3.3 KB each) are fetched and counted in the seat
    // reports' worker; the page gets the sums.
    if (tab === 'Licensing group') await assertReadOffThePage(page, 'licenseAssignmentStates');
    const rows = await breakdown.getByRole('row').count();
    // By department and by country each licensed seat counts once: the rows add up to the
    // monthly spend. (A seat licensed by two groups counts under both, so groups are not summed.)
    if (tab !== 'Licensing group') {
      const spends = await breakdown.getByRole('row').locator('td:nth-child(3)').allTextContents();
      expect(spends.reduce((sum, text) => sum + cents(text), 0)).toBe(monthly);
    }
    // Each grouping's CSV: its header, and a line per row of the table.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const download = await downloading;
    const first = tab === 'Licensing group' ? 'Licensing group' : tab;
    expect(download.suggestedFilename()).toBe(
      `cost-by-${tab === 'Licensing group' ? 'group' : name}.csv`,
    );
    const lines = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(`${first},Seats,Monthly spend,Seats without a price,Currency`);
    expect(lines).toHaveLength(rows);
  }
  await page.getByRole('tab', { name: 'Product' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('cost-by-product.csv');
  const lines = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    'Product,skuPartNumber,Seats in use,Idle seats,Price per seat,Monthly spend,Idle spend,Currency',
  );
  expect(lines).toHaveLength(1 + PRICES.length + UNPRICED.length);
  const e3Shown = seats.get(e3.name);
  const e3Idle = e3Shown ? e3Shown.total - e3Shown.expiring - e3Shown.assigned : NaN;
  expect(lines).toContain(
    [
      e3.name,
      e3.part,
      e3Seats,
      e3Idle,
      '22.50',
      decimal(e3Seats * e3.cents),
      decimal(e3Idle * e3.cents),
      'EUR',
    ].join(','),
  );

  await goToLicenses(page);
  const costs = page.getByRole('region', { name: 'Cost' });
  await expect(keyFigure(costs, 'Monthly spend')).toContainText(euros(monthly));
  await expect(keyFigure(costs, 'Idle spend')).toContainText(euros(idle));
  await expect(keyFigure(costs, 'Inactive users’ spend')).toContainText('€');
  await assertNoSeriousA11yViolations(page);
  await costs.getByRole('link', { name: 'Idle spend' }).click();
  await expect(page).toHaveURL(/\/licenses\/cost\?by=product$/);
  await expect(keyFigure(page, 'Idle spend')).toContainText(euros(idle));
});

test('a bad prices CSV names each line at fault and changes nothing', async ({ page }) => {
  await resetTenant(page, 'default');
  await signInAs(page, ADMIN.license);
  await importPrices(page);
  const before = await readPricesTable(page);

  await importPricesCsv(
    page,
    'bad-prices.csv',
    [
      'skuPartNumber,price,currency',
      'ENTERPRISEPACK,-5.00,EUR',
      'NOT_A_PRODUCT,10.00,EUR',
      'EMS,ten,EUR',
      'POWER_BI_PRO,12.00,EUR',
    ].join('\n'),
  );
  const problems = page.getByRole('list', { name: 'Nothing was imported: the file has problems' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'Line 2: the price -5.00 is negative.',
    'Line 3: your organization has no product “NOT_A_PRODUCT”.',
    'Line 4: “ten” is not a price; write a number with a decimal point, such as 36.50.',
  ]);
  expect(await readPricesTable(page)).toEqual(before);
  await assertNoSeriousA11yViolations(page);

  // Nothing was kept either: the prices after a reload are the imported ones.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Prices per product' })).toBeVisible({
    timeout: PORTAL_START_MS,
  });
  expect(await readPricesTable(page)).toEqual(before);
  await goToLicensesView(page, 'Cost');
  const e3Price = PRICES[0];
  await expect(
    page
      .getByRole('table', { name: 'Monthly spend by product' })
      .getByRole('row', { name: new RegExp(`^${e3Price.name} `) }),
  ).toContainText(euros(e3Price.cents));
});
