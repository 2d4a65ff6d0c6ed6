/** Group blade helpers: open a group by name, pick a tab, find a product's card. */
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

/** The Licenses tab's card of one product. */
export function productCard(page: Page, product: string) {
  return page.getByRole('region', { name: product, exact: true });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
