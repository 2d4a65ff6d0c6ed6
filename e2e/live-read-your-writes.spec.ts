/**
 * Read-your-writes in live mode beyond membership. Graph's lists lag writes (here the emulator's
 * `graph` profile lags them 15 s, long enough that the portal is surely looking while Graph still
 * answers the old state), yet a group the admin creates is on the Groups list from the moment they
 * come back to it, and a usage location they set shows in the Users list at once. Neither ever
 * leaves or shows the old value again while the lists are read again, until Graph lists the
 * change too.
 */
import { ADMIN } from './support/accounts';
import { expect, signInLive, test, type GraphLog, LIVE_SETTLE_MS } from './support/live';
import { graphRead, graphProfile, THROTTLE_RATE } from './support/http-emulator';
import { watchRow } from './support/row-watch';
import {
  assertListShowsOnly,
  assertPageHeading,
  goToGroups,
  goToUsers,
} from './support/navigation';

/** How long Graph's lists lag writes in these journeys. */
const LAG_MS = 15_000;

test.beforeEach(async () => {
  await graphProfile(THROTTLE_RATE, LAG_MS);
});

/** What Graph's list answers now (lagging), read as the Global Administrator. */
async function listed<T>(path: string): Promise<T[]> {
  return (await graphRead<{ value: T[] }>(ADMIN.global, path)).value;
}

/**
 * Waits until the portal has read the list `path` in a state where Graph lists the change: one of
 * its reads was answered with an item for which `listed` holds (from then on, nothing the portal
 * shows of the change is its own any more).
 */
async function readListed(
  log: GraphLog,
  path: string,
  listed: (item: Record<string, unknown>) => boolean,
): Promise<void> {
  const seen = () =>
    log.answers.some(
      ({ read, body }) =>
        read === `GET /v1.0${path}` &&
        (JSON.parse(body) as { value?: Record<string, unknown>[] }).value?.some(listed),
    );
  await expect.poll(seen, { timeout: 45_000 }).toBe(true);
}

test('live: a new dynamic group is on the Groups list at once and stays while Graph’s list lags', async ({
  page,
  live: { log },
}) => {
  const name = 'Read your writes';
  const byName = `/groups?$filter=${encodeURIComponent(`displayName eq '${name}'`)}&$select=id`;
  await signInLive(page);
  await goToGroups(page);
  await page.getByRole('button', { name: 'New dynamic group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dynamic group' });
  await dialog.getByRole('textbox', { name: /Group name/ }).fill(name);
  await dialog
    .getByRole('textbox', { name: 'Dynamic membership rule' })
    .fill('user.department -eq "Sales"');
  // Leaving the editor closes its completions (a click elsewhere would only close them).
  await dialog.getByRole('heading', { name: 'New dynamic group' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'The rule is valid.' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText('Group created', { exact: true }).first()).toBeVisible({
    timeout: LIVE_SETTLE_MS,
  });
  await assertPageHeading(page, name);
  const lost = await watchRow(page, name, name);

  await goToGroups(page);
  const row = page.getByRole('grid', { name: 'Groups' }).getByRole('rowheader', { name });
  await expect(row).toBeVisible();
  expect(await listed(byName)).toEqual([]);

  await expect.poll(async () => (await listed(byName)).length, { timeout: 45_000 }).toBe(1);
  await readListed(log, '/groups', (group) => group.displayName === name);
  await expect(row).toBeVisible();
  expect(await lost()).toBe(false);
});

test('live: a usage location set shows in the Users list at once and never the old value', async ({
  page,
  live: { log },
}) => {
  const users = await listed<{ id: string; displayName: string; usageLocation: string | null }>(
    '/users?$select=id,displayName,usageLocation&$top=999',
  );
  const names = users.map((u) => u.displayName);
  const target = users.find(
    (u) => u.usageLocation === null && names.filter((n) => n.includes(u.displayName)).length === 1,
  );
  if (!target) throw new Error('no user without a usage location and with a name of their own');
  const byId = `/users?$filter=${encodeURIComponent(`id eq '${target.id}'`)}&$select=usageLocation`;
  const graphSays = async () =>
    (await listed<{ usageLocation: string | null }>(byId))[0]?.usageLocation ?? null;

  await signInLive(page);
  const openList = async () => {
    await goToUsers(page);
    await page.getByRole('searchbox', { name: 'Search users by name' }).fill(target.displayName);
    await assertListShowsOnly(page.getByRole('grid', { name: 'Users' }), target.displayName);
  };
  await openList();
  const row = page
    .getByRole('grid', { name: 'Users' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: target.displayName }) });
  await expect(row.getByRole('gridcell', { name: 'Not set', exact: true })).toBeVisible();
  await row.click();
  await assertPageHeading(page, target.displayName);
  await page.getByRole('tab', { name: 'Profile' }).click();
  await page.getByRole('combobox', { name: /Usage location/ }).pressSequentially('Germ');
  await page.getByRole('option', { name: 'Germany (DE)' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Usage location saved', { exact: true })).toBeVisible({
    timeout: LIVE_SETTLE_MS,
  });
  const lost = await watchRow(page, target.displayName, 'DE');

  await openList();
  await expect(row.getByRole('gridcell', { name: 'DE', exact: true })).toBeVisible();
  expect(await graphSays()).toBeNull();

  await expect.poll(graphSays, { timeout: 45_000 }).toBe('DE');
  await readListed(log, '/users', (user) => user.id === target.id && user.usageLocation === 'DE');
  await expect(row.getByRole('gridcell', { name: 'DE', exact: true })).toBeVisible();
  expect(await lost()).toBe(false);
});
