/**
 * What the admin does in `npm run bench:cost` on the large seed, each measured in the page: open
 * Licenses > Cost (until the monthly and idle spend show) and a grouping (until its table shows),
 * and Reclaim a few users of the 90-day inactive report (until the preview's totals show, and
 * until the reclaim is confirmed).
 */
import { expect, type Page } from '@playwright/test';
import { lastInput, longTasksBetween, pageNow, watchFor } from './probes';
import { inPage, type Measured } from './scenarios';

/** Prices for every product of the tenant, kept as the portal keeps them (localStorage). */
export async function setPrices(page: Page): Promise<number> {
  const skus = await inPage<{ value: { skuId: string }[] }>(page, 'GET', '/v1.0/subscribedSkus');
  const prices = Object.fromEntries(
    skus.value.map((sku, index) => [sku.skuId, 50_000 + index * 25_000]),
  );
  await page.evaluate(
    (stored) => {
      localStorage.setItem('portal.prices', stored);
    },
    JSON.stringify({ state: { byTenant: { sandbox: { currency: 'EUR', prices } } }, version: 1 }),
  );
  return skus.value.length;
}

export type Grouping = 'Department' | 'Country' | 'Licensing group';

/**
 * How long a step may take before the run fails: the code before issue #15's fixes took more than
 * two minutes for one breakdown on a loaded machine, and its figure is the point of the run.
 */
const STEP_MS = 600_000;
/** After the chart first shows, how long its long tasks are still counted (its second draw). */
const CHART_REDRAW_MS = 1_000;

/** Cost opened from Licenses, then one grouping: the time until its figures and its table show. */
export interface CostRun {
  /** From the click on Cost until the monthly and idle spend show. */
  readonly totals: Measured;
  /** From the click on the grouping until its table shows, long tasks meanwhile. */
  readonly breakdown: Measured;
}

/**
 * Reloads on Licenses (the cache empty, the holders not read yet), waits for the page to settle,
 * opens Cost, then `grouping`.
 */
export async function openCostBy(page: Page, grouping: Grouping): Promise<CostRun> {
  await page.goto('/licenses');
  await expect(page.getByRole('list', { name: 'Seats per product' })).toBeVisible({
    timeout: 120_000,
  });
  // The first load's own work (the lazy chunks fetched when idle) is not the Cost tab's.
  await page.waitForTimeout(3_000);
  const figures = await watchFor(
    page,
    `cost-figures-${grouping}-${String(Date.now())}`,
    '[role="group"]',
    '^Idle spend€.*Idle: seats bought',
  );
  await page
    .getByRole('navigation', { name: 'Licenses' })
    .getByRole('link', { name: 'Cost', exact: true })
    .click();
  const opened = await lastInput(page);
  const totalsShown = await figures.when(opened, STEP_MS);
  const name = grouping === 'Licensing group' ? 'licensing group' : grouping.toLowerCase();
  const table = await watchFor(
    page,
    `cost-table-${grouping}-${String(Date.now())}`,
    `table[aria-label="Monthly spend by ${name}"] tbody tr`,
    null,
  );
  // The chart beside it renders after the table; its work belongs to the grouping too. Watched
  // in the page with a CSS selector: Playwright's \`getByRole\` polls the page's accessibility tree,
  // and those polls (up to ~600 ms each on the loaded machine) were counted as the tab's long tasks.
  const chart = await watchFor(
    page,
    `cost-chart-${grouping}-${String(Date.now())}`,
    `figure[aria-label="Monthly spend by ${name}"] [role="option"]`,
    null,
  );
  await page.getByRole('tab', { name: grouping }).click();
  const chosen = await lastInput(page);
  const tableShown = await table.when(chosen, STEP_MS);
  await chart.when(chosen, STEP_MS);
  // The chart draws again once it has measured its names (cost-chart.tsx): that work is counted too.
  await page.waitForTimeout(CHART_REDRAW_MS);
  const settled = await pageNow(page);
  return {
    totals: {
      ms: totalsShown - opened,
      longTasks: await longTasksBetween(page, opened, totalsShown),
    },
    breakdown: {
      ms: tableShown - chosen,
      longTasks: await longTasksBetween(page, chosen, settled),
    },
  };
}

/** The Cost tab's breakdowns, by their tab's name. */
const BREAKDOWNS = ['Product', 'Department', 'Country', 'Licensing group'] as const;

/**
 * On the Cost tab with every breakdown read once: each click on a breakdown's tab, `rounds` times
 * round all four, until its chart shows, with the long tasks until it has drawn again (a switch
 * reads nothing: what is left is the page's own rendering).
 */
export async function switchBreakdowns(page: Page, rounds: number): Promise<Measured[]> {
  const measured: Measured[] = [];
  for (let round = 0; round < rounds; round++)
    for (const tab of BREAKDOWNS) {
      const name = tab === 'Licensing group' ? 'licensing group' : tab.toLowerCase();
      const chart = await watchFor(
        page,
        `cost-switch-${name}-${String(Date.now())}`,
        `figure[aria-label="Monthly spend by ${name}"] [role="option"]`,
        null,
      );
      await page.getByRole('tab', { name: tab, exact: true }).click();
      const chosen = await lastInput(page);
      const shown = await chart.when(chosen, STEP_MS);
      await page.waitForTimeout(CHART_REDRAW_MS);
      measured.push({
        ms: shown - chosen,
        longTasks: await longTasksBetween(page, chosen, await pageNow(page)),
      });
    }
  return measured;
}

/** Reclaim on a few users of the 90-day inactive report. */
export interface ReclaimRun {
  readonly users: number;
  /** From the navigation to Users > Inactive (90 days), a new document, until its rows show. */
  readonly report: Measured;
  /** From the click on Reclaim until the preview's totals show. */
  readonly preview: Measured;
  /** From the confirming click until the portal says the licences were reclaimed. */
  readonly confirm: Measured;
  readonly total: string;
}

export async function reclaimInactive(page: Page, count: number): Promise<ReclaimRun> {
  await page.goto('/users?filter=inactive&days=90');
  const grid = page.getByRole('grid', { name: 'Inactive licensed users' });
  await expect(grid.getByRole('row').nth(count)).toBeVisible({ timeout: STEP_MS });
  const listed = await pageNow(page);
  for (let row = 1; row <= count; row++)
    await grid.getByRole('row').nth(row).getByRole('checkbox').check();
  await expect(page.getByText(`${String(count)} users selected`)).toBeVisible();
  const totals = await watchFor(
    page,
    `reclaim-total-${String(Date.now())}`,
    '[role="alertdialog"] *',
    // The users reclaimed from: those of the selected with a direct licence or a static group; a
    // selected user whose only path is a dynamic group is named in the dialog, not counted.
    '^From \\d+ users, Reclaim removes',
  );
  await page.getByRole('button', { name: 'Reclaim', exact: true }).click();
  const clicked = await lastInput(page);
  const previewShown = await totals.when(clicked, STEP_MS);
  const dialog = page.getByRole('alertdialog', {
    name: `Reclaim the licenses of ${String(count)} users?`,
  });
  const total =
    (await dialog.getByText(/^From \d+ users, Reclaim removes/).textContent()) ?? '(no total)';
  const done = await watchFor(
    page,
    `reclaim-done-${String(Date.now())}`,
    'body *',
    '^Licenses reclaimed from \\d+ users?\\.$',
  );
  await dialog.getByRole('button', { name: 'Reclaim' }).click();
  const confirmed = await lastInput(page);
  const doneShown = await done.when(confirmed, STEP_MS);
  return {
    users: count,
    // A new document: its clock starts at the navigation.
    report: { ms: listed, longTasks: await longTasksBetween(page, 0, listed) },
    preview: {
      ms: previewShown - clicked,
      longTasks: await longTasksBetween(page, clicked, previewShown),
    },
    confirm: {
      ms: doneShown - confirmed,
      longTasks: await longTasksBetween(page, confirmed, doneShown),
    },
    total,
  };
}
