import { expect, test } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import {
  auditRows,
  filterAuditByActivity,
  filterAuditByTarget,
  openAuditEntry,
  warmUpPortal,
} from './support/audit';
import {
  graphAs,
  graphGet,
  groupIdByName,
  resetTenant,
  waitForLicenseProcessing,
} from './support/emulator';
import { goToAuditLogs } from './support/navigation';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const TEAMS = '57ff2da0-773e-42df-b2af-ffb7a2317929';

interface Licensed {
  assignedLicenses: { skuId: string; disabledPlans: string[] }[];
}

test.beforeEach(async ({ page }) => {
  await warmUpPortal(page);
});

test('issue 15: undo a plan toggle from its audit record, after its preview', async ({ page }) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.global);
  const groupId = await groupIdByName(page, 'E3 extended services');
  const licensesOf = async () =>
    (await graphGet<Licensed>(page, `/groups/${groupId}?$select=assignedLicenses`))
      .assignedLicenses;
  const before = await licensesOf();
  const disabled = before.find((l) => l.skuId === E3)?.disabledPlans ?? [];
  expect(disabled).toContain(TEAMS);
  // The License Administrator turns Microsoft Teams on for the group.
  const { status } = await graphAs(
    page,
    'POST',
    `/groups/${groupId}/assignLicense`,
    {
      addLicenses: [{ skuId: E3, disabledPlans: disabled.filter((id) => id !== TEAMS) }],
      removeLicenses: [],
    },
    ADMIN.license,
  );
  expect(status).toBe(202);
  await waitForLicenseProcessing(page);

  await goToAuditLogs(page);
  await filterAuditByActivity(page, 'Set group license');
  await filterAuditByTarget(page, 'E3 extended');
  const newest = auditRows(page).first();
  await expect(newest.getByRole('gridcell').last()).toHaveText(ADMIN.license);
  const details = await openAuditEntry(newest);
  await details.getByRole('button', { name: 'Undo' }).click();

  const undo = page.getByRole('dialog', { name: 'Undo Set group license' });
  await expect(undo.getByRole('list', { name: 'What Undo changes' })).toHaveText(
    'Office 365 E3: Microsoft Teams turned off',
  );
  const impact = undo.getByRole('group', { name: 'Impact of your changes' });
  await expect(impact).toContainText(/users? loses? Microsoft Teams/);
  await expect(impact).toHaveAttribute('aria-busy', 'false');
  await expect(undo.getByText(/changed after this record/)).toHaveCount(0);
  await assertNoSeriousA11yViolations(page);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/undo-preview-${String(width)}.png` });
  }

  await undo.getByRole('button', { name: 'Undo change' }).click();
  await expect(undo).toBeHidden();
  await expect(page.getByText('Change undone', { exact: true })).toBeVisible();
  expect(await licensesOf()).toEqual(before);
  await waitForLicenseProcessing(page);

  // The undo is audited as any change, and its entry names the record it reversed.
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(auditRows(page).first().getByRole('gridcell').last()).toHaveText(ADMIN.global);
  const undone = await openAuditEntry(auditRows(page).first());
  await expect(undone.getByRole('button', { name: /^Set group license of .* by / })).toBeVisible();
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/undo-entry-${String(width)}.png` });
  }
  await undone.getByRole('button', { name: /^Set group license of .* by / }).click();
  // The reversed record: the License Administrator's change.
  await expect(undone).toContainText(ADMIN.license);
  await expect(undone.getByRole('button', { name: /^Set group license of / })).toHaveCount(0);
});
