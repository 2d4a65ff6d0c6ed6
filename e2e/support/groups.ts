/** Group blade helpers: open a group by name, pick a tab, drive the emulator's control API from the page. */
import { expect, type Page } from '@playwright/test';
import { assertListShowsOnly, assertPageHeading, goToGroups } from './navigation';

/** Groups → search → open the group's blade. */
export async function goToGroup(page: Page, name: string): Promise<void> {
  await goToGroups(page);
  await page.getByRole('searchbox', { name: 'Search groups' }).fill(name);
  const grid = page.getByRole('grid', { name: 'Groups' });
  await assertListShowsOnly(grid, name);
  await grid
    .getByRole('row', { name: new RegExp(`^${escapeRegExp(name)}`) })
    .first()
    .click();
  await assertPageHeading(page, name);
}

export async function goToGroupTab(
  page: Page,
  tab: 'Overview' | 'Members' | 'Licenses',
): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

/** A call to the emulator's control API (`/_emulator/...`) from the page, answered by the in-browser emulator. */
export async function emulatorControl(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<unknown> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const init: RequestInit = { method, headers: { 'Content-Type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(`https://graph.microsoft.com/_emulator${path}`, init);
      if (!response.ok)
        throw new Error(`${method} ${path}: ${String(response.status)} ${await response.text()}`);
      return response.json() as Promise<unknown>;
    },
    { method, path, body },
  );
}

/** Puts the demo tenant back to the default seed. Sign in again afterwards (tokens are forgotten). */
export async function resetTenant(page: Page): Promise<void> {
  await page.goto('/');
  await expect(
    page
      .getByRole('heading', { level: 1, name: 'Sign in' })
      .or(page.getByRole('navigation', { name: 'Navigation' }))
      .first(),
  ).toBeVisible({ timeout: 30_000 });
  await emulatorControl(page, 'POST', '/reset', { seed: 'default' });
}

/** Resolves when the emulator's background licence processing is idle. */
export async function waitForLicenseProcessing(page: Page): Promise<void> {
  await expect
    .poll(
      async () => ((await emulatorControl(page, 'GET', '/processing')) as { idle: boolean }).idle,
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** The Licenses tab's card of one product. */
export function productCard(page: Page, product: string) {
  return page.getByRole('region', { name: product, exact: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
