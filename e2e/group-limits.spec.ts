import { expect, test } from './support/test';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import { ADMIN, signInAs } from './support/accounts';
import { emulatorControl, resetTenant, waitForLicenseProcessing } from './support/emulator';
import { goToGroup, goToGroupTab } from './support/groups';

const AUDIO_CONFERENCING = '0c266dff-15dd-4b49-8397-2bb16070ed52';

test.beforeEach(async ({ page }) => {
  await resetTenant(page);
});

test('journey 8: nested groups, a non-security group, and seats short until Reprocess', async ({
  page,
}) => {
  await signInAs(page, ADMIN.global);

  await goToGroup(page, 'Finance - Power BI');
  await goToGroupTab(page, 'Licenses');
  await expect(page.getByRole('group', { name: 'This group contains groups' })).toContainText(
    "Members of the nested group Finance leadership don't get this group's licenses.",
  );

  await goToGroup(page, 'Marketing Team');
  await goToGroupTab(page, 'Licenses');
  await expect(page.getByText("This group can't have licenses")).toBeVisible();
  await expect(page.getByText(/not security-enabled, so Assignments are turned off/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Assign', exact: true })).toBeDisabled();

  await goToGroup(page, 'Audio Conferencing users');
  await goToGroupTab(page, 'Licenses');
  const failed = page.getByRole('grid', { name: 'Failed assignments' });
  await expect(failed.getByText(/^Not enough licenses: /).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/groups-licenses-errors.png', fullPage: true });

  await emulatorControl(page, 'PATCH', `/subscriptions/${AUDIO_CONFERENCING}`, {
    prepaidUnits: { enabled: 500 },
  });
  const commands = page.getByRole('toolbar', { name: 'Group commands' });
  await commands.getByRole('button', { name: 'Refresh' }).click();
  await expect(failed.getByText(/^Not enough licenses: /).first()).toBeVisible();

  await commands.getByRole('button', { name: 'Reprocess' }).click();
  await expect(page.getByText('Reprocessing started').first()).toBeVisible();
  await waitForLicenseProcessing(page);
  await commands.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByText('No license assignment errors in this group.')).toBeVisible({
    timeout: 15_000,
  });
  await assertNoSeriousA11yViolations(page);
});
