import { expect, test } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { resetTenant } from './support/emulator';
import { assignProductToUser, goToProduct, goToProductTab } from './support/products';

test('an admin reads a product and assigns it directly to a user', async ({ page }) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.global);

  await goToProduct(page, 'Office 365 E3');
  await goToProductTab(page, 'Licensed users');
  const users = page.getByRole('grid', { name: 'Licensed users' });
  await expect(users.getByText(/^Inherited \(E3 base services/).first()).toBeVisible();
  await assertNoSeriousA11yViolations(page);
  await page.screenshot({ path: 'test-results/products-licensed-users.png', fullPage: true });

  await goToProduct(page, 'Visio Plan 2');
  await goToProductTab(page, 'Licensed users');
  await expect(page.getByRole('grid', { name: 'Licensed users' })).toBeVisible();
  await assignProductToUser(page, 'Alex Wilber', 'alex.wilber@contoso.com');

  await expect(page.getByText('License assigned').first()).toBeVisible();
  await expect(
    page
      .getByRole('grid', { name: 'Licensed users' })
      .getByRole('row', { name: /^Alex Wilber alex\.wilber@contoso\.com Direct Active/ }),
  ).toBeVisible();
  await assertNoSeriousA11yViolations(page);
});
