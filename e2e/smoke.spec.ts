import { expect, test } from '@playwright/test';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { assertPageHeading, goToLicenses } from './support/navigation';

test('an admin opens the portal and lands on Licenses', async ({ page }) => {
  await goToLicenses(page);

  await expect(page).toHaveTitle('Licenses — Group-based licensing portal');
  await assertPageHeading(page, 'Licenses');
  await assertNoSeriousA11yViolations(page);
});
