import { expect, test } from '@playwright/test';
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
