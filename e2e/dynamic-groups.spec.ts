import { expect, test } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import {
  createUserThroughGraph,
  fillRule,
  goToRuleTab,
  groupsOfUser,
  previewImpact,
  previewNames,
  setExtensionAttribute1,
  skuIdOf,
  userLicensing,
} from './support/dynamic-rules';
import {
  graphAll,
  graphAs,
  groupIdByName,
  resetTenant,
  waitForLicenseProcessing,
} from './support/emulator';
import { goToGroup } from './support/groups';

test('extensionAttribute1 drives both dynamic groups and their licences; clearing it suspends the plans', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.groups);
  const ems = await skuIdOf(page, 'EMS');
  const e5 = await skuIdOf(page, 'ENTERPRISEPREMIUM');
  const userId = await createUserThroughGraph(page, 'Dana Dynamic', 'dana.dynamic');

  await setExtensionAttribute1(page, userId, 'EMS;E5_baseservices;');
  await waitForLicenseProcessing(page);
  expect(await groupsOfUser(page, userId)).toEqual(
    expect.arrayContaining(['EMS licensed users', 'E5 base services']),
  );
  const licensed = await userLicensing(page, userId);
  expect(licensed.assignedLicenses.map((l) => l.skuId).sort()).toEqual([ems, e5].sort());
  const enabled = licensed.assignedPlans
    .filter((p) => p.capabilityStatus === 'Enabled')
    .map((p) => p.servicePlanId);
  expect(enabled.length).toBeGreaterThan(0);

  // The rule tab's Validate rules says why Dana is a member.
  await goToGroup(page, 'E5 base services');
  await goToRuleTab(page);
  const validate = page.getByRole('region', { name: 'Validate rules' });
  await validate.getByRole('searchbox', { name: 'Search users' }).pressSequentially('Dana Dyn');
  await validate.getByRole('checkbox', { name: /^Dana Dynamic \(/ }).check();
  await validate.getByRole('button', { name: 'Validate' }).click();
  const results = page.getByRole('list', { name: 'Validation results' });
  await expect(results.getByRole('listitem', { name: 'Dana Dynamic: Member' })).toBeVisible();
  await expect(
    results.getByRole('listitem', {
      name: 'True: user.extensionAttribute1 -contains "E5_baseservices"',
    }),
  ).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('dynamic-rules-validate.png'),
    fullPage: true,
  });
  await assertNoSeriousA11yViolations(page);

  await setExtensionAttribute1(page, userId, 'Kiosk;');
  await waitForLicenseProcessing(page);
  const groups = await groupsOfUser(page, userId);
  expect(groups).not.toContain('EMS licensed users');
  expect(groups).not.toContain('E5 base services');
  const removed = await userLicensing(page, userId);
  expect(removed.assignedLicenses).toEqual([]);
  for (const planId of enabled) {
    expect(removed.assignedPlans.find((p) => p.servicePlanId === planId)?.capabilityStatus).toBe(
      'Suspended',
    );
  }

  await page.getByRole('button', { name: 'Validate' }).click();
  await expect(results.getByRole('listitem', { name: 'Dana Dynamic: Not a member' })).toBeVisible();
  await assertNoSeriousA11yViolations(page);
});

test('a narrower rule: the preview lists exactly who leaves, Save asks with the count, licences go, the audit log records it', async ({
  page,
}) => {
  await resetTenant(page);
  await signInAs(page, ADMIN.groups);
  const emsSku = await skuIdOf(page, 'EMS');
  const groupId = await groupIdByName(page, 'EMS licensed users');
  const members = await graphAll<{ id: string; displayName: string; department: string | null }>(
    page,
    `/groups/${groupId}/members?$top=999&$select=id,displayName,department`,
  );
  // Exclude the smallest department, so the preview table shows every leaver.
  const counts = new Map<string, number>();
  for (const m of members)
    if (m.department) counts.set(m.department, (counts.get(m.department) ?? 0) + 1);
  const [department] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ['none'];
  const leavers = members.filter((m) => m.department === department);
  expect(leavers.length).toBeGreaterThan(0);
  expect(leavers.length).toBeLessThanOrEqual(100);
  const rule = `(user.extensionAttribute1 -contains "EMS") -and (user.accountEnabled -eq true) -and (user.department -ne "${department}")`;

  await goToGroup(page, 'EMS licensed users');
  const editor = await goToRuleTab(page);
  await fillRule(page, editor, rule);
  const preview = await previewImpact(page);
  expect(await previewNames(preview, 'Leaves')).toEqual(leavers.map((l) => l.displayName).sort());
  expect(await previewNames(preview, 'Joins')).toEqual([]);
  await expect(preview.getByText(`${String(leavers.length)} users leave`)).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Seat changes' })).toContainText(
    'Enterprise Mobility + Security',
  );
  await page.screenshot({
    path: test.info().outputPath('dynamic-rules-preview.png'),
    fullPage: true,
  });
  await assertNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Save membership rule?' });
  await expect(dialog).toContainText(`${String(leavers.length)} users will lose licenses`);
  await assertNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Membership rule saved', { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(editor).toHaveValue(rule);

  await waitForLicenseProcessing(page);
  for (const leaver of leavers) {
    const licensing = await userLicensing(page, leaver.id);
    expect(licensing.assignedLicenses.map((l) => l.skuId)).not.toContain(emsSku);
  }
  const filter = encodeURIComponent("activityDisplayName eq 'Update group'");
  const { json } = await graphAs(
    page,
    'GET',
    `/auditLogs/directoryAudits?$filter=${filter}&$top=50`,
  );
  const audits = json as {
    value: {
      targetResources: {
        id: string;
        modifiedProperties: { displayName: string; newValue: string | null }[];
      }[];
      initiatedBy: { user: { userPrincipalName: string } | null };
    }[];
  };
  const update = audits.value.find(
    (a) =>
      a.targetResources[0]?.id === groupId &&
      a.targetResources[0].modifiedProperties.some(
        (p) => p.displayName === 'MembershipRule' && (p.newValue ?? '').includes(department),
      ),
  );
  expect(update?.initiatedBy.user?.userPrincipalName).toBe(ADMIN.groups);
  await assertNoSeriousA11yViolations(page);
});
