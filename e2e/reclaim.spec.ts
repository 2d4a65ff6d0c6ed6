/**
 * Users > Inactive licensed users > Reclaim (issue #15 item 3): an admin selects idle users on the
 * report, reads the preview (who loses what, seats freed) and the total, reclaims, and finds the
 * licences gone on the user's blade and the seats freed on the product. Screenshots of the
 * report with a selection and of the confirmation at 1,440 and 1,024 px
 * (test-results/reclaim-*.png).
 */
import { expect, test } from './support/test';
import { ADMIN, signInAs } from './support/accounts';
import { assertNoSeriousA11yViolations } from './support/accessibility';
import {
  graphAll,
  graphGet,
  groupIdByName,
  resetTenant,
  waitForLicenseProcessing,
} from './support/emulator';
import { goToUsers } from './support/navigation';
import { goToProduct } from './support/products';
import { goToUser, goToUserTab, OFFICE_365_E3, type SeededUser } from './support/users';

interface IdleCandidate extends SeededUser {
  readonly accountEnabled: boolean;
  readonly signInActivity?: {
    lastSignInDateTime: string | null;
    lastNonInteractiveSignInDateTime: string | null;
  };
  readonly licenseAssignmentStates: { assignedByGroup: string | null; state: string }[];
}

/** Two enabled users idle since before the cutoff whose only licence is E3 from E3 base services. */
async function findIdleE3BaseUsers(page: Parameters<typeof graphGet>[0]): Promise<SeededUser[]> {
  const group = await groupIdByName(page, 'E3 base services');
  const cutoff = '2026-06-01T00:00:00Z';
  const users = await graphAll<IdleCandidate>(
    page,
    `/users?$filter=${encodeURIComponent(`signInActivity/lastSignInDateTime le ${cutoff}`)}&$select=id,displayName,userPrincipalName,accountEnabled,signInActivity,licenseAssignmentStates&$top=999`,
  );
  const idle = users.filter(
    (u) =>
      u.accountEnabled &&
      (u.signInActivity?.lastNonInteractiveSignInDateTime ?? '') < cutoff &&
      u.licenseAssignmentStates.length === 1 &&
      u.licenseAssignmentStates[0]?.assignedByGroup === group &&
      u.licenseAssignmentStates[0].state === 'Active',
  );
  // Names the search finds on their own (no other user shares the first name and surname).
  const unique = idle.filter(
    (u) => idle.filter((v) => v.displayName === u.displayName).length === 1,
  );
  if (unique.length < 2) throw new Error('Fewer than two idle E3 base services users');
  return unique.slice(0, 2);
}

const e3Consumed = async (page: Parameters<typeof graphGet>[0]) => {
  const skus = await graphGet<{ value: { skuId: string; consumedUnits: number }[] }>(
    page,
    '/subscribedSkus',
  );
  return skus.value.find((s) => s.skuId === OFFICE_365_E3.skuId)?.consumedUnits ?? NaN;
};

test('reclaims the licences of inactive users after a preview: gone on the user, seats freed on the product', async ({
  page,
}) => {
  await resetTenant(page, 'default');
  await signInAs(page, ADMIN.global);
  const [first, second] = await findIdleE3BaseUsers(page);
  if (!first || !second) throw new Error('unreachable');
  const before = await e3Consumed(page);

  await goToUsers(page);
  await page.getByRole('combobox', { name: 'Show' }).click();
  await page.getByRole('option', { name: 'Inactive licensed users' }).click();
  await page.getByRole('combobox', { name: 'Inactive for more than' }).click();
  await page.getByRole('option', { name: '90 days' }).click();
  const grid = page.getByRole('grid', { name: 'Inactive licensed users' });
  await expect(grid).toBeVisible({ timeout: 120_000 });
  const search = page.getByRole('searchbox', { name: 'Search users by name' });
  for (const user of [first, second]) {
    await search.fill(user.displayName);
    await grid.getByRole('checkbox', { name: `Select ${user.displayName}` }).check();
  }
  await search.fill('');
  await expect(page.getByText('2 users selected')).toBeVisible();
  await assertNoSeriousA11yViolations(page);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/reclaim-report-default-${String(width)}.png` });
  }

  await page.getByRole('button', { name: 'Reclaim' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Reclaim the licenses of 2 users?' });
  const impact = confirm.getByRole('group', { name: 'What Reclaim does' });
  await expect(impact.getByText('2 users lose Office 365 E3')).toBeVisible();
  await expect(impact.getByText('Office 365 E3: 2 seats freed')).toBeVisible();
  await expect(confirm.getByText('2 users leave E3 base services')).toBeVisible();
  await expect(
    confirm.getByText(
      'From 2 users, Reclaim removes 0 direct licenses and 2 group memberships, and frees 2 seats.',
    ),
  ).toBeVisible();
  await assertNoSeriousA11yViolations(page);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/reclaim-confirm-default-${String(width)}.png` });
  }
  await confirm.getByRole('button', { name: 'Reclaim' }).click();
  // The toast, and its words in the page's live region.
  await expect(page.getByText('Licenses reclaimed from 2 users.').first()).toBeVisible();
  await waitForLicenseProcessing(page);
  expect(await e3Consumed(page)).toBe(before - 2);

  await goToUser(page, first);
  await goToUserTab(page, 'Licenses');
  await expect(page.getByRole('heading', { name: 'No licenses' })).toBeVisible();

  await goToProduct(page, OFFICE_365_E3.name);
  await expect(
    page.getByText(new RegExp(`^${(before - 2).toLocaleString('en-US')} of [\\d,]+ assigned`)),
  ).toBeVisible();
});
