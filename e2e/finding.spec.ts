/**
 * Finding things (issue #16 item 8): sorting Users and Groups by a header, the users without a
 * usage location, a product's Licensed users by name and assignment path, every plan's groups,
 * and the date and subscription behind "Expiring soon". Screenshots at 1440 and 1024 px.
 */
import { expect, test, type Page } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { resetTenant } from './support/emulator';
import { goToAllProducts, goToGroups, goToUsers } from './support/navigation';
import { goToProduct, goToProductTab } from './support/products';

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/finding-${name}-${String(width)}.png` });
  }
}

test('an admin sorts users and groups, finds users without a usage location and reads a product', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.global);

  await goToUsers(page);
  const users = page.getByRole('grid', { name: 'Users' });
  const name = users.getByRole('columnheader', { name: 'Name', exact: true });
  await name.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await name.getByRole('button', { name: 'Name', exact: true }).press('Enter');
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=name&order=desc/);
  await page.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: 'Without usage location' }).click();
  await expect(page.getByText(/^\d+ users? found$/)).toBeVisible();
  await expect(users.getByRole('row').nth(1)).toContainText('Not set');
  await assertNoSeriousA11yViolations(page);
  await screenshots(page, 'users');

  await goToGroups(page);
  const groups = page.getByRole('grid', { name: 'Groups' });
  const groupName = groups.getByRole('columnheader', { name: 'Name', exact: true });
  await expect(groupName).toHaveAttribute('aria-sort', 'ascending');
  await groupName.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(groupName).toHaveAttribute('aria-sort', 'descending');
  await screenshots(page, 'groups');

  await goToAllProducts(page);
  await expect(
    page
      .getByRole('grid', { name: 'Products' })
      .getByRole('row', { name: /^Office 365 E5 / })
      .getByText('10 on Nov 20, 2026'),
  ).toBeVisible();
  await screenshots(page, 'products');

  await goToProduct(page, 'Office 365 E5');
  await expect(page.getByRole('table', { name: 'Subscriptions' })).toContainText(
    'Stops working on Nov 20, 2026 unless renewed',
  );
  await assertNoSeriousA11yViolations(page);
  await screenshots(page, 'product-subscriptions');

  await goToProduct(page, 'Office 365 E3');
  await goToProductTab(page, 'Service plans');
  await expect(
    page
      .getByRole('table', { name: 'Service plans' })
      .getByRole('row', { name: /TEAMS1/ })
      .getByRole('link', { name: 'Audio Conferencing users' }),
  ).toBeVisible();
  await screenshots(page, 'service-plans');

  await goToProductTab(page, 'Licensed users');
  await page.getByRole('combobox', { name: 'Assignment path' }).click();
  await page.getByRole('option', { name: /^E3 extended services \(\d+\)$/ }).click();
  await expect(page.getByText(/^\d+ users through E3 extended services$/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search licensed users' }).fill('a');
  await expect(
    page.getByRole('grid', { name: 'Licensed users' }).getByRole('row').nth(1),
  ).toContainText('E3 extended services');
  await assertNoSeriousA11yViolations(page);
  await screenshots(page, 'licensed-users');
});
