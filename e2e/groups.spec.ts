import { expect, test } from '@playwright/test';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { ADMIN, signInAs } from './support/accounts';
import { emulatorControl, goToGroup, goToGroupTab, productCard, resetTenant, waitForLicenseProcessing } from './support/groups';

const E5 = 'c7df2760-2c81-4ef7-b578-5b5392b571df';

test.describe.configure({ timeout: 120_000 });

test.beforeEach(async ({ page }) => {
  await resetTenant(page);
});

test('journey 4: a user in E3 base and E3 extended services gets the union of plans with one seat', async ({ page }) => {
  await signInAs(page, ADMIN.global);
  await goToGroup(page, 'E3 base services');
  await goToGroupTab(page, 'Members');
  const baseMembers = page.getByRole('grid', { name: 'Members' }).getByRole('rowheader');
  const candidates = await baseMembers.allInnerTexts();

  await goToGroup(page, 'E3 extended services');
  await goToGroupTab(page, 'Licenses');
  const seats = productCard(page, 'Office 365 E3').getByText(/seats assigned/);
  const seatsBefore = /([\d,]+) of [\d,]+ seats assigned/.exec(await seats.innerText())?.[1];
  expect(seatsBefore).toBeDefined();

  await goToGroupTab(page, 'Members');
  await page.getByRole('button', { name: 'Add members' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add members' });
  let added = '';
  for (const name of candidates.slice(0, 8)) {
    await dialog.getByRole('searchbox', { name: 'Search users' }).fill(name);
    const box = dialog.getByRole('checkbox', { name: new RegExp(`^${name} \\(`) }).first();
    await expect(box).toBeVisible();
    if (await box.isEnabled()) { await box.click(); added = name; break; }
  }
  expect(added, 'an E3 base member who is not yet in E3 extended').not.toBe('');
  await dialog.getByRole('button', { name: /^Add \(1\)/ }).click();
  await expect(page.getByText('Members added').first()).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Members' }).getByRole('rowheader', { name: added })).toBeVisible();

  await waitForLicenseProcessing(page);
  await goToGroupTab(page, 'Licenses');
  await page.getByRole('toolbar', { name: 'Group commands' }).getByRole('button', { name: 'Refresh' }).click();
  await expect(productCard(page, 'Office 365 E3').getByText(new RegExp(`· ${seatsBefore ?? ''} of [\\d,]+ seats assigned`))).toBeVisible();
  await expect(page.getByText('No license assignment errors in this group.')).toBeVisible();
  await assertNoSeriousA11yViolations(page);
});

test('journey 6: a new service plan is on in the groups assigning the product; the admin turns it off', async ({ page }) => {
  await emulatorControl(page, 'POST', `/subscriptions/${E5}/servicePlans`, {
    servicePlanId: '5d1c6a4e-7f2b-4b8e-9c3d-2a1e0f9b8c7d', servicePlanName: 'NEW_E5_SERVICE', friendlyName: 'New E5 service',
  });
  await waitForLicenseProcessing(page);
  await signInAs(page, ADMIN.global);
  await goToGroup(page, 'O365 E5 - Exchange only');
  await goToGroupTab(page, 'Licenses');
  await expect(page.getByText('New service plan enabled by default')).toBeVisible();
  const card = productCard(page, 'Office 365 E5');
  const plan = card.getByRole('switch', { name: 'NEW_E5_SERVICE' });
  await expect(plan).toBeChecked();
  await expect(card.getByText('New plan')).toBeVisible();
  await page.screenshot({ path: 'test-results/groups-licenses-new-plan.png', fullPage: true });

  await plan.click();
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Save license changes' });
  await expect(confirm).toContainText(/users? loses? service plans you turned off \(1 plan\)/);
  await confirm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('License changes saved').first()).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText('Unsaved changes')).toBeHidden();
  await expect(card.getByRole('switch', { name: 'NEW_E5_SERVICE' })).not.toBeChecked();
  await expect(page.getByText('New service plan enabled by default')).toBeHidden();

  await goToGroupTab(page, 'Overview');
  await expect(page.getByLabel('Group properties')).toContainText('Processing complete', { timeout: 20_000 });
  await assertNoSeriousA11yViolations(page);
});
