import { expect, type Locator, type Page } from '@playwright/test';

async function goToNavItem(page: Page, name: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Navigation' })
    .getByRole('link', { name, exact: true })
    .click();
  await assertPageHeading(page, heading);
}

/** Licenses → Overview, from the left navigation. Sign in first (`signInAs`). */
export async function goToLicenses(page: Page): Promise<void> {
  await goToNavItem(page, 'Overview', 'Licenses');
}

/** Licenses → All products. */
export async function goToAllProducts(page: Page): Promise<void> {
  await goToNavItem(page, 'All products', 'All products');
}

export async function goToUsers(page: Page): Promise<void> {
  await goToNavItem(page, 'Users', 'Users');
}

export async function goToGroups(page: Page): Promise<void> {
  await goToNavItem(page, 'Groups', 'Groups');
}

export async function goToAuditLogs(page: Page): Promise<void> {
  await goToNavItem(page, 'Audit logs', 'Audit logs');
}

/**
 * The blade is back in front of the admin after a dialog or drawer closed: its main region is in
 * the accessibility tree again (role locators skip what is `aria-hidden`, which Fluent sets on the
 * page while a modal is open and lifts only once the closing animation has ended).
 */
export async function assertBladeInteractive(page: Page): Promise<void> {
  await expect(page.getByRole('main')).toBeVisible();
}

/** The page's top-level heading names the blade the admin is on. */
export async function assertPageHeading(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Switches between light and dark theme with the top bar's toggle. */
export async function toggleTheme(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Dark theme' }).click();
}

/**
 * After typing in a list's search box: waits until the grid lists only rows whose name contains
 * `text` (the search has been answered), so a click never lands on a row of the previous list
 * while it is being replaced.
 */
export async function assertListShowsOnly(grid: Locator, text: string): Promise<void> {
  await expect(grid.getByRole('rowheader').filter({ hasNotText: text })).toHaveCount(0);
  await expect(grid.getByRole('rowheader').filter({ hasText: text }).first()).toBeVisible();
}
