import { expect, test } from './support/test';
import { ADMIN, assertSignedInAs, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import {
  assertPageHeading,
  goToAuditLogs,
  goToGroups,
  goToLicenses,
  goToUsers,
} from './support/navigation';
import { resetTenant } from './support/emulator';
import { assertMutatingControlsDisabled, goToProduct, goToProductTab } from './support/products';

const READER = 'Global Reader';

test.setTimeout(480_000);

test('a Global Reader sees every blade, and every control that would change something is disabled with the roles needed', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.globalReader);
  await assertSignedInAs(page, READER);

  // Said once on the page, not only by disabled controls; and a reader cannot wipe the tenant.
  const notice = page
    .getByRole('main')
    .getByText(/you can see everything in this tenant and change nothing/);
  await expect(notice).toBeVisible();
  const reset = page.getByRole('banner').getByRole('button', { name: 'Reset demo tenant' });
  await expect(reset).toHaveAttribute('aria-disabled', 'true');
  await reset.focus();
  await expect(reset).toHaveAccessibleDescription(
    `Requires Global Administrator. You are signed in as ${READER}.`,
  );
  await reset.blur();
  await page.screenshot({ path: 'test-results/read-only-notice.png' });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();

  await goToLicenses(page);
  await assertMutatingControlsDisabled(page, READER);
  await assertNoSeriousA11yViolations(page);

  await goToProduct(page, 'Office 365 E3');
  await assertMutatingControlsDisabled(page, READER, { atLeast: 1 });
  await assertNoSeriousA11yViolations(page);

  await goToGroups(page);
  await assertMutatingControlsDisabled(page, READER);
  await assertNoSeriousA11yViolations(page);

  await goToProduct(page, 'Office 365 E3');
  await goToProductTab(page, 'Licensed groups');
  await page
    .getByRole('table', { name: 'Licensed groups' })
    .getByRole('link', { name: 'E3 base services' })
    .click();
  await assertPageHeading(page, 'E3 base services');
  await assertMutatingControlsDisabled(page, READER);
  await assertNoSeriousA11yViolations(page);

  await goToUsers(page);
  await assertMutatingControlsDisabled(page, READER);
  await assertNoSeriousA11yViolations(page);

  await goToProduct(page, 'Office 365 E3');
  await goToProductTab(page, 'Licensed users');
  await page.getByRole('grid', { name: 'Licensed users' }).getByRole('row').nth(1).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}/);
  await assertMutatingControlsDisabled(page, READER);
  await assertNoSeriousA11yViolations(page);

  await goToAuditLogs(page);
  await assertMutatingControlsDisabled(page, READER);
  await assertNoSeriousA11yViolations(page);
});

test('a Global Administrator resets the demo tenant to the seed chosen in the confirmation', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.global);
  await goToLicenses(page);
  await expect(page.getByRole('list', { name: 'Seats per product' })).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Reset demo tenant' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Reset the demo tenant?' });
  await expect(dialog.getByRole('radio')).toHaveCount(3);
  await dialog.getByRole('radio', { name: /^Empty — / }).check();
  await page.screenshot({ path: 'test-results/reset-dialog.png' });
  await assertNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Reset', exact: true }).click();

  await expect(page.getByText('Demo tenant reset', { exact: true })).toBeVisible();
  await expect(page.getByText('No products yet')).toBeVisible();
  await assertSignedInAs(page, 'Global Administrator');
});
