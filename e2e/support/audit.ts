/** Audit logs journeys: change a group licence through Graph, filter and read the log. */
import { expect, type Locator, type Page } from '@playwright/test';
import { graphAs, groupIdByName } from './emulator';

/** `POST /groups/{id}/assignLicense` as an admin, through Graph (the emulator lives in the page). */
export async function changeGroupLicenseThroughGraph(
  page: Page,
  change: {
    readonly as: string;
    readonly groupName: string;
    readonly addSkuIds?: readonly string[];
    readonly removeSkuIds?: readonly string[];
  },
): Promise<void> {
  const id = await groupIdByName(page, change.groupName);
  const { status } = await graphAs(
    page,
    'POST',
    `/groups/${id}/assignLicense`,
    {
      addLicenses: (change.addSkuIds ?? []).map((skuId) => ({ skuId, disabledPlans: [] })),
      removeLicenses: [...(change.removeSkuIds ?? [])],
    },
    change.as,
  );
  expect(status).toBe(202);
}

/** Picks an Activity in the filter bar. */
export async function filterAuditByActivity(page: Page, activity: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Activity' }).click();
  await page.getByRole('option', { name: activity, exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Activity' })).toHaveText(activity);
}

/** Types the start of a Target's name. */
export async function filterAuditByTarget(page: Page, target: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Target/ }).fill(target);
}

/** The data rows of the Audit logs grid (or another grid by name). */
export function auditRows(page: Page, grid = 'Audit logs'): Locator {
  return page
    .getByRole('grid', { name: grid })
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell') });
}

/** Opens an entry's details from a grid row. */
export async function openAuditEntry(row: Locator): Promise<Locator> {
  await row.click();
  const details = row.page().getByRole('dialog', { name: 'Audit log details' });
  await expect(details).toBeVisible();
  return details;
}

/** Opens the portal once and waits for it (the first load builds the seed tenant in the browser, slow on a busy machine). */
export async function warmUpPortal(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible({
    timeout: 60_000,
  });
  const accounts = page.getByRole('list', { name: 'Administrator accounts' });
  await expect(
    accounts.or(page.getByRole('textbox', { name: /Administrator account/ })).first(),
  ).toBeVisible({ timeout: 90_000 });
}
