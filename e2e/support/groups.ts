/** Group blade helpers: open a group by name, pick a tab, find a product's card. */
import { expect, type Locator, type Page } from '@playwright/test';
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

/** The Licenses tab's card of one product. */
export function productCard(page: Page, product: string) {
  return page.getByRole('region', { name: product, exact: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * On a group's Members tab: opens Add members, finds the user and ticks it; returns the dialog,
 * ready for its Add button.
 */
export async function pickMemberToAdd(
  page: Page,
  user: { readonly displayName: string; readonly userPrincipalName: string },
): Promise<Locator> {
  await page.getByRole('button', { name: 'Add members' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add members' });
  await dialog.getByRole('searchbox', { name: 'Search users' }).fill(user.displayName);
  const box = dialog.getByRole('checkbox', {
    name: `${user.displayName} (${user.userPrincipalName})`,
    exact: true,
  });
  await expect(box).toBeEnabled();
  await box.click();
  return dialog;
}
