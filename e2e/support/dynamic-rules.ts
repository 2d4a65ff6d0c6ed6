/**
 * Dynamic group journeys: Graph calls from the page (the emulator lives in the browser), the
 * "Dynamic membership rules" tab, its editor, impact preview and Save.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { graphAll, graphAs } from './emulator';

/** The skuId of a subscribed product by its part number (ENTERPRISEPREMIUM, EMS, …). */
export async function skuIdOf(page: Page, skuPartNumber: string): Promise<string> {
  const skus = await graphAll<{ skuId: string; skuPartNumber: string }>(page, '/subscribedSkus');
  const sku = skus.find((s) => s.skuPartNumber === skuPartNumber);
  if (!sku) throw new Error(`No subscription ${skuPartNumber}`);
  return sku.skuId;
}

/** Creates a cloud user with a usage location, through Graph; returns its id. */
export async function createUserThroughGraph(
  page: Page,
  displayName: string,
  nickname: string,
): Promise<string> {
  const { status, json } = await graphAs(page, 'POST', '/users', {
    accountEnabled: true,
    displayName,
    mailNickname: nickname,
    userPrincipalName: `${nickname}@contoso.com`,
    usageLocation: 'US',
    passwordProfile: { password: 'Temp-Passw0rd!', forceChangePasswordNextSignIn: true },
  });
  expect(status).toBe(201);
  return (json as { id: string }).id;
}

/** `PATCH /users/{id}` with `onPremisesExtensionAttributes.extensionAttribute1`. */
export async function setExtensionAttribute1(
  page: Page,
  userId: string,
  value: string | null,
): Promise<void> {
  const { status } = await graphAs(page, 'PATCH', `/users/${userId}`, {
    onPremisesExtensionAttributes: { extensionAttribute1: value },
  });
  expect(status).toBe(204);
}

export interface UserLicensing {
  readonly assignedLicenses: { skuId: string }[];
  readonly assignedPlans: { servicePlanId: string; capabilityStatus: string; service: string }[];
}

export async function userLicensing(page: Page, userId: string): Promise<UserLicensing> {
  const { json } = await graphAs(
    page,
    'GET',
    `/users/${userId}?$select=assignedLicenses,assignedPlans`,
  );
  return json as UserLicensing;
}

/** Display names of the groups a user is a direct member of. */
export async function groupsOfUser(page: Page, userId: string): Promise<string[]> {
  const groups = await graphAll<{ displayName: string }>(
    page,
    `/users/${userId}/memberOf?$select=displayName`,
  );
  return groups.map((g) => g.displayName);
}

/** Opens the "Dynamic membership rules" tab of the open group blade and returns the rule editor. */
export async function goToRuleTab(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Dynamic membership rules' }).click();
  const editor = page.getByRole('textbox', { name: 'Rule syntax' });
  await expect(editor).toBeVisible();
  return editor;
}

/** Replaces the rule in the editor and waits until it is valid. */
export async function fillRule(page: Page, editor: Locator, rule: string): Promise<void> {
  await editor.fill(rule);
  await editor.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: 'The rule is valid.' })).toBeVisible();
}

/** Runs Preview impact and returns the preview region. */
export async function previewImpact(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Preview impact' }).click();
  const preview = page.getByRole('region', { name: 'Impact preview' });
  await expect(preview).toBeVisible();
  return preview;
}

/** Names in the "Users affected" table whose Membership column reads `move`. */
export async function previewNames(preview: Locator, move: 'Leaves' | 'Joins'): Promise<string[]> {
  const rows = preview
    .getByRole('table', { name: 'Users affected' })
    .getByRole('row')
    .filter({ hasText: move });
  const names = await rows.evaluateAll((els) =>
    els.map((row) => row.querySelector('td')?.textContent ?? ''),
  );
  return names.sort();
}
