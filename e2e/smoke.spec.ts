import { expect, test } from './support/test';
import { ADMIN, assertSignedInAs, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import {
  assertPageHeading,
  goToAllProducts,
  goToLicenses,
  toggleTheme,
} from './support/navigation';

test('an admin signs in and lands on Licenses in the portal shell', async ({ page }) => {
  await signInAs(page, ADMIN.license);

  await expect(page).toHaveTitle('Licenses — Seatwise');
  await expect(page.getByRole('banner')).not.toContainText('Microsoft Entra —');
  await assertPageHeading(page, 'Licenses');
  await assertSignedInAs(page, 'License Administrator');
  const nav = page.getByRole('navigation', { name: 'Navigation' });
  for (const name of ['Users', 'Groups', 'Overview', 'All products', 'Audit logs']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await assertNoSeriousA11yViolations(page);
});

test('the products list comes from Graph, and the shell stays accessible in the dark theme', async ({
  page,
}) => {
  await signInAs(page, ADMIN.global);
  await goToAllProducts(page);

  const grid = page.getByRole('grid', { name: 'Products' });
  await expect(grid.getByRole('row').nth(1)).toBeVisible();
  await assertNoSeriousA11yViolations(page);

  await toggleTheme(page);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await goToLicenses(page);
  await assertNoSeriousA11yViolations(page);
});
