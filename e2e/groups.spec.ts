import { expect, test } from './support/test';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { ADMIN, signInAs } from './support/accounts';
import {
  emulatorControl,
  graphAs,
  groupIdByName,
  resetTenant,
  waitForLicenseProcessing,
} from './support/emulator';
import { goToGroup, goToGroupTab, pickMemberToAdd, productCard } from './support/groups';
import { assertEndsAbove } from './support/layout';
import { goToGroups } from './support/navigation';
import {
  OFFICE_365_E3,
  assertPlan,
  findE3BaseOnlyUser,
  goToUser,
  goToUserTab,
  openUserProduct,
} from './support/users';

const E5 = 'c7df2760-2c81-4ef7-b578-5b5392b571df';

test.beforeEach(async ({ page }) => {
  await resetTenant(page);
});

test('journey 4: a user in E3 base and E3 extended services gets the union of plans with one seat', async ({
  page,
}) => {
  await signInAs(page, ADMIN.global);
  // A member of E3 base services whose only licence is that group's E3, so not yet in E3 extended services.
  const member = await findE3BaseOnlyUser(page);

  await goToGroup(page, 'E3 extended services');
  await goToGroupTab(page, 'Licenses');
  const seats = productCard(page, OFFICE_365_E3.name).getByText(/seats assigned/);
  const seatsBefore = /([\d,]+) of [\d,]+ seats assigned/.exec(await seats.innerText())?.[1];
  expect(seatsBefore).toBeDefined();

  await goToGroupTab(page, 'Members');
  const dialog = await pickMemberToAdd(page, member);
  await dialog.getByRole('button', { name: /^Add \(1\)/ }).click();
  await expect(page.getByText('Members added').first()).toBeVisible();
  await expect(
    page
      .getByRole('grid', { name: 'Members' })
      .getByRole('rowheader', { name: member.displayName })
      .first(),
  ).toBeVisible();

  await waitForLicenseProcessing(page);
  await goToGroupTab(page, 'Licenses');
  await page
    .getByRole('toolbar', { name: 'Group commands' })
    .getByRole('button', { name: 'Refresh' })
    .click();
  await expect(
    productCard(page, OFFICE_365_E3.name).getByText(
      new RegExp(`· ${seatsBefore ?? ''} of [\\d,]+ seats assigned`),
    ),
  ).toBeVisible();
  await expect(page.getByText('No license assignment errors in this group.')).toBeVisible();
  await assertNoSeriousA11yViolations(page);

  // The user's plan view: the union of both groups' plans, each naming the group that turns it on:
  // the documentation's 7 plans of E3 on one licence. SharePoint (Plan 2) is on in both groups.
  const E3_BASE_ONLY_PLANS = [
    'Exchange Online (Plan 2)',
    'Microsoft 365 Apps for enterprise',
    'Skype for Business Online (Plan 2)',
  ];
  const E3_EXTENDED_ONLY_PLANS = [
    'Yammer Enterprise',
    'Microsoft Stream for Office 365 E3',
    'Sway',
  ];
  await goToUser(page, member);
  await goToUserTab(page, 'Licenses');
  await openUserProduct(page, OFFICE_365_E3.name);
  for (const plan of E3_BASE_ONLY_PLANS)
    await assertPlan(page, OFFICE_365_E3.name, plan, 'On', 'E3 base services');
  for (const plan of E3_EXTENDED_ONLY_PLANS)
    await assertPlan(page, OFFICE_365_E3.name, plan, 'On', 'E3 extended services');
  await assertPlan(
    page,
    OFFICE_365_E3.name,
    'SharePoint (Plan 2)',
    'On',
    'E3 base services, E3 extended services',
  );
  await assertPlan(page, OFFICE_365_E3.name, 'Microsoft Bookings', 'Off', '—');
  await assertPlan(page, OFFICE_365_E3.name, 'Microsoft Teams', 'Off', '—');
  const plans = page.getByRole('table', { name: `Service plans of ${OFFICE_365_E3.name}` });
  await expect(
    plans.getByRole('row').filter({ has: page.getByText('On', { exact: true }) }),
  ).toHaveCount(7);
  await assertNoSeriousA11yViolations(page);
});

test('journey 6: a new service plan is on in the groups assigning the product; the admin turns it off', async ({
  page,
}) => {
  await emulatorControl(page, 'POST', `/subscriptions/${E5}/servicePlans`, {
    servicePlanId: '5d1c6a4e-7f2b-4b8e-9c3d-2a1e0f9b8c7d',
    servicePlanName: 'NEW_E5_SERVICE',
    friendlyName: 'New E5 service',
  });
  await waitForLicenseProcessing(page);
  await signInAs(page, ADMIN.global);
  await goToGroup(page, 'O365 E5 - Exchange only');
  await goToGroupTab(page, 'Licenses');
  await expect(page.getByText('New service plan enabled by default')).toBeVisible();
  await assertEndsAbove(
    page.getByText(/was recently added to a product this group assigns/),
    page.getByRole('heading', { name: 'Assigned products' }),
  );
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
  await expect(page.getByLabel('Group properties')).toContainText('Processing complete', {
    timeout: 20_000,
  });
  await assertNoSeriousA11yViolations(page);
});

test('processing you can see: Queued, then n of N users, on the group and in the Groups list', async ({
  page,
}, testInfo) => {
  await signInAs(page, ADMIN.global);
  const id = await groupIdByName(page, 'E3 base services');
  // Nothing else queued ahead of the Reprocess, so a step of 300 is 300 of this group's users.
  await waitForLicenseProcessing(page);
  await emulatorControl(page, 'POST', '/processing', { paused: true });
  expect((await graphAs(page, 'POST', `/groups/${id}/reprocessLicenseAssignment`)).status).toBe(
    202,
  );
  await goToGroup(page, 'E3 base services');
  await expect(page.getByText(/^Queued for processing: [\d,]+ users$/).first()).toBeVisible();
  await emulatorControl(page, 'POST', '/processing/step', { users: 300 });
  await expect(page.getByText(/^Processing 300 of [\d,]+ users$/).first()).toBeVisible();
  await expect(page.getByLabel('Group properties')).toContainText(/\d direct members/);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`group-processing-${String(width)}.png`) });
  }
  await goToGroups(page);
  const row = page
    .getByRole('grid', { name: 'Groups' })
    .getByRole('row', { name: /^E3 base services/ });
  await expect(row).toContainText(/Processing 300 of [\d,]+ users/);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`groups-list-${String(width)}.png`) });
  }
  await emulatorControl(page, 'POST', '/processing', { paused: false });
  await waitForLicenseProcessing(page);
  await expect(row).toContainText('Processing complete');
});
