/**
 * Live mode's blades on the HTTP emulator in the `graph` profile (budgets on, lists lag writes by
 * 2 s, one request in ten forced to 429): a plan toggle saved, Reprocess of a 1,000-member group
 * through $batch, the audit log paged under its budget. The admin sees waiting, never an error,
 * and no request goes to an emulator extension. Requests per blade are printed.
 */
import { goToGroup, goToGroupTab, pickMemberToAdd, productCard } from './support/groups';
import {
  goToAllProducts,
  goToAuditLogs,
  goToGroups,
  goToLicenses,
  goToUsers,
} from './support/navigation';
import { ADMIN } from './support/accounts';
import { expect, signInLive, test, type Page, LIVE_SETTLE_MS } from './support/live';
import {
  control,
  forceThrottled,
  graphAsAdmin,
  graphRead,
  graphProfile,
} from './support/http-emulator';
import { watchRow } from './support/row-watch';

async function assertNoErrorShown(page: Page): Promise<void> {
  await expect(page.getByText(/^Could not /)).toHaveCount(0);
  await expect(page.getByText('Too many requests', { exact: false })).toHaveCount(0);
}

test('live: a group plan toggle is saved while Graph throttles', async ({
  page,
  live: { log },
}) => {
  // Three requests in ten refused with 429 (seeded, so the same ones every run).
  await graphProfile(0.3);
  await signInLive(page);
  await goToGroup(page, 'E3 base services');
  await goToGroupTab(page, 'Licenses');
  const before = log.requests.length;
  const card = productCard(page, 'Office 365 E3');
  const plan = card.getByRole('switch').first();
  const wasOn = await plan.isChecked();

  await plan.click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Save license changes' });
  if (wasOn) await confirm.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByText('License changes saved', { exact: true })).toBeVisible({
    timeout: LIVE_SETTLE_MS,
  });
  // The change shows at once and stays once the lagging lists catch up.
  await expect(plan).toBeChecked({ checked: !wasOn });
  await assertNoErrorShown(page);
  expect(log.throttledSeen).toBeGreaterThan(0);
  console.log(`group licenses, save: ${String(log.requests.length - before)} Graph requests`);
});

test('live: Reprocess of a 1,000-member group goes through $batch with progress', async ({
  page,
  live: { log },
}) => {
  // The group, made through Graph with throttling off: 1,000 users, Power BI (free) assigned.
  await graphProfile(0, 0);
  const users: string[] = [];
  let next: string | undefined = '/users?$select=id&$top=999';
  while (next && users.length < 1000) {
    const pageOf = (await graphAsAdmin(ADMIN.global, 'GET', next)).json as {
      value: { id: string }[];
      '@odata.nextLink'?: string;
    };
    users.push(...pageOf.value.map((u) => u.id));
    next = pageOf['@odata.nextLink']?.replace(/^https?:\/\/[^/]+\/v1\.0/, '');
  }
  const created = await graphAsAdmin(ADMIN.global, 'POST', '/groups', {
    displayName: 'Reprocess thousand',
    mailNickname: 'reprocessthousand',
    securityEnabled: true,
    mailEnabled: false,
  });
  const groupId = (created.json as { id: string }).id;
  const adds = users.slice(0, 1000).map((id, i) => ({
    id: String(i),
    method: 'POST',
    url: `/groups/${groupId}/members/$ref`,
    headers: { 'Content-Type': 'application/json' },
    body: { '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` },
  }));
  for (let i = 0; i < adds.length; i += 20) {
    const batch = await graphAsAdmin(ADMIN.global, 'POST', '/$batch', {
      requests: adds.slice(i, i + 20),
    });
    const statuses = (batch.json as { responses: { status: number }[] }).responses.map(
      (r) => r.status,
    );
    expect(statuses.every((s) => s === 204)).toBe(true);
  }
  const skus = (await graphAsAdmin(ADMIN.global, 'GET', '/subscribedSkus')).json as {
    value: { skuId: string; skuPartNumber: string }[];
  };
  const powerBi = skus.value.find((s) => s.skuPartNumber === 'POWER_BI_STANDARD')?.skuId ?? '';
  await graphAsAdmin(ADMIN.global, 'POST', `/groups/${groupId}/assignLicense`, {
    addLicenses: [{ skuId: powerBi, disabledPlans: [] }],
    removeLicenses: [],
  });
  await control('POST', '/processing/wait');
  await graphProfile(0.1);

  await signInLive(page);
  await goToGroup(page, 'Reprocess thousand');
  // Whatever the forced rate draws, Graph throttles the first requests inside the first $batch:
  // the admin sees the portal wait for Graph, never an error.
  await forceThrottled(3, 3, 'POST', '/users/:id/reprocessLicenseAssignment');
  const before = log.requests.length;
  const started = Date.now();
  await page.getByRole('button', { name: 'Reprocess', exact: true }).click();

  await expect(
    page.getByRole('status').filter({ hasText: /Reprocessing [\d,]+ of 1,000 users/ }),
  ).toBeVisible();
  await expect(page.getByText(/^Waiting for Microsoft Graph/)).toBeVisible();
  await expect(page.getByText('Reprocessed 1,000 users', { exact: true }).last()).toBeVisible({
    timeout: 90_000,
  });
  const seconds = (Date.now() - started) / 1000;
  await assertNoErrorShown(page);

  const sent = log.requests.slice(before);
  const inner = sent.filter((r) => r.endsWith('reprocessLicenseAssignment (batch)'));
  expect(new Set(inner).size).toBe(1000);
  const batches = sent.filter((r) => r === 'POST /v1.0/$batch').length;
  console.log(
    `reprocess 1,000 members: ${seconds.toFixed(1)} s, ${String(batches)} $batch requests (${String(inner.length)} inner, retries of inner 429s included), ${String(sent.length)} Graph requests in all, ${String(log.throttledSeen)} outer 429s`,
  );
});

test('live: the audit log pages under its budget, waiting instead of failing', async ({
  page,
  live: { log },
}) => {
  await signInLive(page);
  const before = log.requests.length;
  await goToAuditLogs(page);
  const status = page.getByRole('status').filter({ hasText: /loaded/ });
  await expect(status).toBeVisible({ timeout: LIVE_SETTLE_MS });

  // Ten pages ask more of directoryAudits than its budget (5 per 10 s) allows: the portal queues
  // them and says it is waiting for Graph, instead of sending them to be refused.
  const waitingShown = expect(page.getByText(/^Waiting for Microsoft Graph/)).toBeVisible({
    timeout: 90_000,
  });
  const loadMore = page.getByRole('button', { name: 'Load more' });
  for (let i = 0; i < 9; i++) {
    await loadMore.click();
    await expect(loadMore).toBeEnabled({ timeout: LIVE_SETTLE_MS });
  }
  await waitingShown;

  await expect(status).toHaveText(/^1,000 entries loaded/);
  await assertNoErrorShown(page);
  const audits = log.requests.slice(before).filter((r) => r.includes('/auditLogs/directoryAudits'));
  expect(audits.length).toBeGreaterThanOrEqual(10);
  console.log(
    `audit log, 10 pages: ${String(log.requests.length - before)} Graph requests (${String(audits.length)} to directoryAudits)`,
  );
});

test('live: a member added shows at once and never leaves while Graph’s lists lag', async ({
  page,
  live: { log },
}) => {
  const groups = await graphRead<{ value: { id: string }[] }>(
    ADMIN.global,
    `/groups?$filter=${encodeURIComponent("displayName eq 'Kiosk users'")}&$select=id`,
  );
  const groupId = groups.value[0]?.id ?? '';
  const memberIdsNow = async () =>
    (
      await graphRead<{ value: { id: string }[] }>(
        ADMIN.global,
        `/groups/${groupId}/members?$select=id&$top=999`,
      )
    ).value.map((m) => m.id);
  const memberIds = new Set(await memberIdsNow());
  const users = await graphRead<{
    value: { id: string; displayName: string; userPrincipalName: string }[];
  }>(ADMIN.global, '/users?$select=id,displayName,userPrincipalName&$top=200');
  const names = users.value.map((u) => u.displayName);
  const newcomer = users.value.find(
    (u) =>
      !memberIds.has(u.id) &&
      !u.userPrincipalName.includes('admin') &&
      names.filter((n) => n.includes(u.displayName)).length === 1,
  );
  if (!newcomer) throw new Error('no user outside Kiosk users');

  await signInLive(page);
  await goToGroup(page, 'Kiosk users');
  await goToGroupTab(page, 'Members');
  const dialog = await pickMemberToAdd(page, newcomer);
  // From the moment the row first shows, it must never leave, while the list is read again from
  // Graph (which lags the add by 2 s) until Graph lists the newcomer too.
  const lost = await watchRow(page, newcomer.displayName, newcomer.displayName);
  const membersReads = () =>
    log.requests.filter((r) => r === `GET /v1.0/groups/${groupId}/members`).length;
  const readsBefore = membersReads();
  await dialog.getByRole('button', { name: /^Add \(1\)/ }).click();
  await expect(page.getByText('Members added').first()).toBeVisible({ timeout: LIVE_SETTLE_MS });
  const row = page
    .getByRole('grid', { name: 'Members' })
    .getByRole('rowheader', { name: newcomer.displayName });
  await expect(row.first()).toBeVisible();

  // Read at once after the add (Graph's list without the newcomer yet), and again later.
  await expect
    .poll(membersReads, { timeout: LIVE_SETTLE_MS })
    .toBeGreaterThanOrEqual(readsBefore + 2);
  await expect.poll(memberIdsNow, { timeout: LIVE_SETTLE_MS }).toContain(newcomer.id);
  await expect(row.first()).toBeVisible();
  expect(await lost()).toBe(false);
});

test('live: Graph requests per blade', async ({ page, live: { log } }) => {
  /** The blade has asked Graph for everything: nothing in flight, nothing waiting. */
  const settled = async () => {
    await expect.poll(() => log.inFlight, { timeout: LIVE_SETTLE_MS }).toBe(0);
    await expect(page.getByText(/^Waiting for Microsoft Graph/)).toHaveCount(0, {
      timeout: LIVE_SETTLE_MS,
    });
    await expect.poll(() => log.inFlight).toBe(0);
  };
  await signInLive(page);
  await settled();
  const figures = [
    `sign-in and Licenses overview (first load): ${String(log.requests.length)} (${String(log.throttledSeen)} 429s)`,
  ];
  const blades: [string, () => Promise<void>][] = [
    ['All products', () => goToAllProducts(page)],
    ['Users', () => goToUsers(page)],
    ['Groups', () => goToGroups(page)],
    ['Group (E3 base services)', () => goToGroup(page, 'E3 base services')],
    ['Audit logs', () => goToAuditLogs(page)],
    ['Licenses overview', () => goToLicenses(page)],
  ];
  for (const [name, open] of blades) {
    const before = log.requests.length;
    const throttledBefore = log.throttledSeen;
    await open();
    await settled();
    await assertNoErrorShown(page);
    const sent = log.requests.length - before;
    figures.push(`${name}: ${String(sent)} (${String(log.throttledSeen - throttledBefore)} 429s)`);
  }
  console.log(`Graph requests per blade, live mode: ${figures.join('; ')}`);
});
