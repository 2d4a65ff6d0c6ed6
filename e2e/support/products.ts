/** Helpers for the Licenses blades: open a product and its tabs, assign, check gated controls. */
import { expect, type Locator, type Page } from '@playwright/test';
import { assertPageHeading, goToAllProducts } from './navigation';

/** Licenses → All products → the product with this name. */
export async function goToProduct(page: Page, name: string): Promise<void> {
  await goToAllProducts(page);
  await page
    .getByRole('grid', { name: 'Products' })
    .getByRole('row', { name: new RegExp(`^${name} `) })
    .click();
  await assertPageHeading(page, name);
}

export async function goToProductTab(
  page: Page,
  tab: 'Overview' | 'Service plans' | 'Licensed users' | 'Licensed groups',
): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

/** Assign (toolbar) → Users → search by name → pick the user with this UPN → Assign. */
export async function assignProductToUser(
  page: Page,
  displayName: string,
  userPrincipalName: string,
): Promise<void> {
  await page
    .getByRole('toolbar', { name: 'Product commands' })
    .getByRole('button', { name: 'Assign' })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox', { name: 'Search users' }).fill(displayName);
  await dialog
    .getByRole('list', { name: 'Matching users' })
    .getByRole('listitem')
    .filter({ hasText: userPrincipalName })
    .getByRole('checkbox')
    .check();
  await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
}

/** Words that name a control which changes the directory. */
const MUTATING =
  /^(Assign|Remove|Reprocess|Save|Add|Add members?|Delete|New( .*)?|Edit( .*)?|Pause|Resume|Update usage location)$/;

/** Every visible control in the blade that would change something is disabled, its tooltip naming the roles needed. */
export async function assertMutatingControlsDisabled(
  page: Page,
  role: string,
  options: { atLeast?: number } = {},
): Promise<number> {
  const main = page.getByRole('main');
  const controls: Locator[] = await main
    .getByRole('button', { name: MUTATING })
    .filter({ visible: true })
    .all();
  expect(controls.length, 'mutating controls on the page').toBeGreaterThanOrEqual(
    options.atLeast ?? 0,
  );
  for (const control of controls) {
    await expect(control).toHaveAttribute('aria-disabled', 'true');
    await control.focus();
    await expect(control).toHaveAccessibleDescription(
      new RegExp(`^Requires .+\\. You are signed in as ${role}\\.$`),
    );
    await control.blur();
  }
  return controls.length;
}
