/**
 * Dynamic group journeys: Graph calls from the page (the emulator lives in the browser), the
 * "Dynamic membership rules" tab, its editor, impact preview and Save.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const GRAPH = 'https://graph.microsoft.com/v1.0';

/** A Graph call from the page as an admin (Global Administrator unless told); returns status and JSON body. */
export async function graphAs(
  page: Page,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
  as = 'admin@contoso.onmicrosoft.com',
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ graph, method, path, body, as }) => {
      const tokenResponse = await fetch('https://graph.microsoft.com/_emulator/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userPrincipalName: as }),
      });
      const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
      const init: RequestInit = {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          ConsistencyLevel: 'eventual',
        },
      };
      if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(path.startsWith('https://') ? path : `${graph}${path}`, init);
      const text = await response.text();
      return { status: response.status, json: (text ? JSON.parse(text) : {}) as unknown };
    },
    { graph: GRAPH, method, path, body, as },
  );
}

/** Every page of a Graph collection. */
export async function graphAll<T>(page: Page, path: string): Promise<T[]> {
  const out: T[] = [];
  let next: string | undefined = path;
  while (next) {
    const { status, json } = await graphAs(page, 'GET', next);
    expect(status).toBe(200);
    const collection = json as { value: T[]; '@odata.nextLink'?: string };
    out.push(...collection.value);
    next = collection['@odata.nextLink'];
  }
  return out;
}

/** A group's id by display name. */
export async function groupIdByName(page: Page, name: string): Promise<string> {
  const filter = encodeURIComponent(`displayName eq '${name.replaceAll("'", "''")}'`);
  const groups = await graphAll<{ id: string }>(page, `/groups?$filter=${filter}&$select=id`);
  const id = groups[0]?.id;
  if (!id) throw new Error(`No group named ${name}`);
  return id;
}

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

/** Resolves when the emulator's background processing is idle. */
export async function waitForProcessing(page: Page): Promise<void> {
  const status = await page.evaluate(
    async () =>
      (await fetch('https://graph.microsoft.com/_emulator/processing/wait', { method: 'POST' }))
        .status,
  );
  expect(status).toBe(200);
}
