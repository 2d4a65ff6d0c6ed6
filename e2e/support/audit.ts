/** Audit logs journeys: reset the tenant, change a group licence through Graph, filter and read the log. */
import { expect, type Locator, type Page } from '@playwright/test';

const GRAPH = 'https://graph.microsoft.com/v1.0';

/** Puts the in-browser tenant back to a seed (the page must have loaded the portal). */
export async function resetTenant(
  page: Page,
  seed: 'default' | 'empty' | 'large' = 'default',
): Promise<void> {
  const status = await page.evaluate(
    async (body) =>
      (
        await fetch('/_emulator/reset', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
        })
      ).status,
    JSON.stringify({ seed }),
  );
  expect(status).toBe(200);
}

/** Resolves when the emulator's background licence processing is idle. */
export async function waitForProcessing(page: Page): Promise<void> {
  const status = await page.evaluate(
    async () => (await fetch('/_emulator/processing/wait', { method: 'POST' })).status,
  );
  expect(status).toBe(200);
}

/** `POST /groups/{id}/assignLicense` as an admin, from the page (the emulator lives in its service worker). */
export async function changeGroupLicenseThroughGraph(
  page: Page,
  change: {
    readonly as: string;
    readonly groupName: string;
    readonly addSkuIds?: readonly string[];
    readonly removeSkuIds?: readonly string[];
  },
): Promise<void> {
  const status = await page.evaluate(
    async ({ graph, as, groupName, add, remove }) => {
      const token = (
        (await (
          await fetch('/_emulator/token', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ userPrincipalName: as }),
          })
        ).json()) as { access_token: string }
      ).access_token;
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const filter = encodeURIComponent(`displayName eq '${groupName.replaceAll("'", "''")}'`);
      const groups = (await (
        await fetch(`${graph}/groups?$filter=${filter}&$select=id`, { headers })
      ).json()) as { value: { id: string }[] };
      const id = groups.value[0]?.id ?? 'missing';
      const body = JSON.stringify({
        addLicenses: add.map((skuId) => ({ skuId, disabledPlans: [] })),
        removeLicenses: remove,
      });
      return (await fetch(`${graph}/groups/${id}/assignLicense`, { method: 'POST', headers, body }))
        .status;
    },
    {
      graph: GRAPH,
      as: change.as,
      groupName: change.groupName,
      add: [...(change.addSkuIds ?? [])],
      remove: [...(change.removeSkuIds ?? [])],
    },
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
