/** Helpers for the Users blades: find seeded users through Graph, open a user, assign and check plans. */
import { expect, type Page } from '@playwright/test';
import { graphGet } from './emulator';
import { assertListShowsOnly, assertPageHeading, goToUsers } from './navigation';

export const OFFICE_365_E3 = {
  skuId: '6fd2c87f-b296-42f0-b197-1e91e994b900',
  name: 'Office 365 E3',
} as const;

export interface SeededUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
}

interface AuditRecord {
  readonly targetResources: {
    id: string;
    displayName: string | null;
    userPrincipalName: string | null;
    modifiedProperties: { displayName: string; oldValue: string | null; newValue: string | null }[];
  }[];
}

/**
 * A seeded user who had no usage location when a group gave them licences: group licensing wrote
 * the tenant's country, as the `Change user license` audit record shows.
 */
export async function findUserLocatedByGroupLicensing(page: Page): Promise<SeededUser> {
  let next: string | undefined =
    `/auditLogs/directoryAudits?$filter=${encodeURIComponent("activityDisplayName eq 'Change user license'")}&$orderby=activityDateTime%20asc&$top=1000`;
  while (next) {
    const result: { value: AuditRecord[]; '@odata.nextLink'?: string } = await graphGet(page, next);
    for (const record of result.value) {
      const target = record.targetResources[0];
      const location = target?.modifiedProperties.find((p) => p.displayName === 'UsageLocation');
      if (target && location && (location.oldValue === null || location.oldValue === '[]')) {
        return {
          id: target.id,
          displayName: target.displayName ?? '',
          userPrincipalName: target.userPrincipalName ?? '',
        };
      }
    }
    next = result['@odata.nextLink'];
  }
  throw new Error('No user got the tenant country from group licensing');
}

/** A seeded user with no usage location and no licence. */
export async function findUnlocatedUnlicensedUser(page: Page): Promise<SeededUser> {
  const result = await graphGet<{ value: (SeededUser & { assignedLicenses: unknown[] })[] }>(
    page,
    // `eq null` is an advanced query: ConsistencyLevel (graphAs sends it) and $count=true.
    `/users?$filter=${encodeURIComponent('usageLocation eq null')}&$count=true&$select=id,displayName,userPrincipalName,assignedLicenses&$top=999`,
  );
  const user = result.value.find(
    (u) => u.assignedLicenses.length === 0 && !u.userPrincipalName.includes('onmicrosoft'),
  );
  if (!user) throw new Error('No user without usage location');
  return user;
}

/** A seeded user whose only licence is Office 365 E3 from "E3 base services", applied. */
export async function findE3BaseOnlyUser(page: Page): Promise<SeededUser> {
  const groups = await graphGet<{ value: { id: string }[] }>(
    page,
    `/groups?$filter=${encodeURIComponent("displayName eq 'E3 base services'")}&$select=id`,
  );
  const groupId = groups.value[0]?.id;
  const result = await graphGet<{
    value: (SeededUser & {
      licenseAssignmentStates: { assignedByGroup: string | null; state: string }[];
    })[];
  }>(
    page,
    `/users?$filter=${encodeURIComponent(`assignedLicenses/any(x:x/skuId eq ${OFFICE_365_E3.skuId})`)}&$select=id,displayName,userPrincipalName,licenseAssignmentStates&$top=999`,
  );
  const user = result.value.find(
    (u) =>
      u.licenseAssignmentStates.length === 1 &&
      u.licenseAssignmentStates[0]?.assignedByGroup === groupId &&
      u.licenseAssignmentStates[0]?.state === 'Active',
  );
  if (!user) throw new Error('No E3 base services user');
  return user;
}

/** Users → search the name → open the row of this user. */
export async function goToUser(page: Page, user: SeededUser): Promise<void> {
  await goToUsers(page);
  await page.getByRole('searchbox', { name: 'Search users by name' }).fill(user.displayName);
  const grid = page.getByRole('grid', { name: 'Users' });
  await assertListShowsOnly(grid, user.displayName);
  await grid
    .getByRole('row', { name: new RegExp(user.userPrincipalName.replaceAll('.', '\\.')) })
    .click();
  await assertPageHeading(page, user.displayName);
}

export async function goToUserTab(
  page: Page,
  tab: 'Profile' | 'Licenses' | 'Audit logs',
): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

/** On a user's Licenses tab, opens a product's service plans. */
export async function openUserProduct(page: Page, productName: string): Promise<void> {
  await page
    .getByRole('table', { name: 'Licenses' })
    .getByRole('button', { name: productName })
    .click();
}

/** Licenses toolbar → Assign → the product; returns the dialog (plans toggle inside it). */
export async function openAssignDialog(page: Page, productName: string) {
  await page
    .getByRole('toolbar', { name: 'License commands' })
    .getByRole('button', { name: 'Assign' })
    .click();
  const dialog = page.getByRole('dialog', { name: /Assign license/ });
  const product = dialog.getByRole('combobox', { name: 'Product' });
  if (!(await product.textContent())?.includes(productName)) {
    await product.click();
    await page.getByRole('option', { name: new RegExp(`^${productName} — `) }).click();
  }
  return dialog;
}

/**
 * The plan view's row of a service plan: asserts its status (On, Off, or Suspended for a plan the
 * user lost) and the sources that turn it on.
 */
export async function assertPlan(
  page: Page,
  productName: string,
  planName: string,
  status: 'On' | 'Off' | 'Suspended' | 'Deleted',
  turnedOnBy: string,
): Promise<void> {
  const row = page
    .getByRole('table', { name: `Service plans of ${productName}` })
    .getByRole('row', { name: planName, exact: true });
  await expect(row.getByRole('cell').nth(1)).toHaveText(status);
  await expect(row.getByRole('cell').nth(2)).toHaveText(turnedOnBy);
}
