import { expect, test } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import {
  auditRows,
  changeGroupLicenseThroughGraph,
  filterAuditByActivity,
  filterAuditByTarget,
  openAuditEntry,
  warmUpPortal,
} from './support/audit';
import { resetTenant, waitForLicenseProcessing } from './support/emulator';
import { assertBladeInteractive, assertPageHeading, goToAuditLogs } from './support/navigation';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const SUMMARY =
  /Users successfully assigned licenses: \d+, Users for whom license assignment failed: \d+\./;

test.beforeEach(async ({ page }) => {
  await warmUpPortal(page);
});

test('journey 7: who changed a group license, when processing ran, and what it did to each user', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.global);
  await changeGroupLicenseThroughGraph(page, {
    as: ADMIN.license,
    groupName: 'E3 extended services',
    removeSkuIds: [E3],
  });
  await waitForLicenseProcessing(page);

  await goToAuditLogs(page);
  await filterAuditByActivity(page, 'Set group license');
  await filterAuditByTarget(page, 'E3 extended');
  await expect(page).toHaveURL(/activity=Set(\+|%20)group(\+|%20)license/);
  await expect(page).toHaveURL(/target=E3(\+|%20)extended/);

  // Who modified the group license: the newest Set group license on the group names the admin.
  const newest = auditRows(page).first();
  await expect(newest).toContainText('E3 extended services');
  await expect(newest.getByRole('gridcell').last()).toHaveText(ADMIN.license);
  const details = await openAuditEntry(newest);
  await expect(
    details.getByRole('table', { name: 'Modified Properties of E3 extended services' }),
  ).toContainText('Office 365 E3');
  await page.screenshot({ path: 'test-results/audit-entry-details.png' });

  // When processing started and finished, with the result summary.
  await details.getByRole('button', { name: 'View processing run' }).click();
  const run = page.getByRole('dialog', { name: 'Processing run' });
  const steps = run
    .getByRole('list', { name: 'Steps of the processing run' })
    .getByRole('listitem');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('Set group license');
  await expect(steps.nth(1)).toContainText('Start applying group based license to users');
  await expect(steps.nth(2)).toContainText('Finish applying group based license to users');
  await expect(steps.nth(2)).toContainText(SUMMARY);
  await expect(steps.nth(2)).toContainText('Microsoft Azure AD Group-Based Licensing');

  // The per-user changes of that run.
  const changes = auditRows(page, 'Per-user changes');
  await expect(changes.first()).toBeVisible();
  await page.screenshot({ path: 'test-results/audit-processing-run.png' });
  const userChange = await openAuditEntry(changes.first());
  await expect(userChange).toContainText('Change user license');
  await expect(userChange.getByRole('table', { name: /^Modified Properties of / })).toContainText(
    'Office 365 E3',
  );
  await assertNoSeriousA11yViolations(page);
  await userChange.getByRole('button', { name: 'Back to processing run' }).click();
  await expect(run).toBeVisible();
  await run.getByRole('button', { name: 'Close' }).click();
  await expect(run).toBeHidden();
  await assertBladeInteractive(page);
  await assertNoSeriousA11yViolations(page);
});

test('a filtered Audit logs link reloads to the same filtered view', async ({ page }) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.global);
  await goToAuditLogs(page);
  await filterAuditByActivity(page, 'Finish applying group based license to users');
  await filterAuditByTarget(page, 'Kiosk');
  await expect(auditRows(page).first()).toContainText('Kiosk users');
  const first = await auditRows(page).first().textContent();
  await page.screenshot({ path: 'test-results/audit-logs.png', fullPage: true });

  await page.reload();

  await assertPageHeading(page, 'Audit logs');
  await expect(page.getByRole('combobox', { name: 'Activity' })).toHaveText(
    'Finish applying group based license to users',
  );
  await expect(page.getByRole('textbox', { name: /^Target/ })).toHaveValue('Kiosk');
  await expect(auditRows(page).first()).toHaveText(first ?? '');
  await assertNoSeriousA11yViolations(page);
});
