import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { productName } from '../../lib/licensing/names';
import { auditEntries, control } from '../../test/control';
import { testEmulator } from '../../test/emulator';
import { ADMIN, renderRoute, type RenderRouteResult } from '../../test/render-route';
import { E3, groupIdNamed, skuIdOf } from '../../test/seed';

type Store = RenderRouteResult['emulator']['store'];
const DAY = 86_400_000;
const POWER_BI_PRO = skuIdOf('POWER_BI_PRO');

/** Makes a user idle for `days` on the emulator's clock and gives them a findable name. */
async function idle(store: Store, userId: string, displayName: string, days = 100) {
  await graph.patch(`/users/${userId}`, { displayName });
  const extras = store.users.get(userId);
  if (!extras) throw new Error(`No user ${userId}`);
  const at = store.clock.now() - days * DAY;
  extras.signIns = { interactive: at, nonInteractive: at, successful: at };
}

/** Located users whose licence paths are exactly these (group names, or 'direct'), all applied. */
function usersOnlyIn(store: Store, paths: readonly string[], count: number): string[] {
  const wanted = paths.map((name) => groupIdNamed(name, store)).sort();
  return store.tenant
    .userIds()
    .filter((id) => {
      const states = store.tenant.license(id)?.licenseAssignmentStates ?? [];
      const groups = [...new Set(states.map((s) => s.assignedByGroup ?? 'direct'))].sort();
      return (
        !store.admins.has(id) &&
        store.tenant.profile(id)?.usageLocation != null &&
        states.every((s) => s.state === 'Active') &&
        JSON.stringify(groups) === JSON.stringify(wanted)
      );
    })
    .slice(0, count);
}

/** A located user licensed through both groups (and maybe others), all applied. */
function userInBoth(store: Store, a: string, b: string): string {
  const ids = [groupIdNamed(a, store), groupIdNamed(b, store)];
  const found = store.tenant.userIds().find((id) => {
    const states = store.tenant.license(id)?.licenseAssignmentStates ?? [];
    return (
      !store.admins.has(id) &&
      states.every((s) => s.state === 'Active' && s.assignedByGroup !== null) &&
      ids.every((g) => states.some((s) => s.assignedByGroup === g))
    );
  });
  if (!found) throw new Error(`No user in ${a} and ${b}`);
  return found;
}

const consumed = (store: Store, skuId: string) =>
  store.tenant.subscription(skuId)?.consumedUnits ?? 0;

async function openReport(router: RenderRouteResult['router'], q: string) {
  await router.navigate({ to: '/users', search: { filter: 'inactive', days: 30, q } });
  return screen.findByRole('grid', { name: 'Inactive licensed users' });
}

/** Ida: E3 through E3 base services. Dan: the same, and Power BI Pro directly. */
async function twoIdleUsers(store: Store) {
  const [ida, dan] = usersOnlyIn(store, ['E3 base services'], 2);
  if (!ida || !dan) throw new Error('Too few E3 base users');
  await idle(store, ida, 'Ida Zqr');
  await idle(store, dan, 'Dan Zqr');
  await graph.post(`/users/${dan}/assignLicense`, {
    addLicenses: [{ skuId: POWER_BI_PRO, disabledPlans: [] }],
    removeLicenses: [],
  });
  return { ida, dan };
}

const dialog = () => screen.findByRole('alertdialog');

/** The report's reads of Graph (its `signInActivity` and disabled-account filters) from now on. */
function countReportReads(): () => number {
  const urls: string[] = [];
  testEmulator().server.events.on('request:start', ({ request }) => {
    const url = decodeURIComponent(request.url);
    if (/\/users\?.*(signInActivity|accountEnabled eq false)/.test(url)) urls.push(url);
  });
  return () => urls.length;
}

afterEach(() => {
  testEmulator().server.events.removeAllListeners('request:start');
});

describe('Users → Inactive licensed users → Reclaim', () => {
  it('selects users, previews who loses what and the seats freed, says the total, and reclaims', async () => {
    const { router, emulator, user } = await renderRoute('/licenses');
    const store = emulator.store;
    const { ida, dan } = await twoIdleUsers(store);
    const e3Before = consumed(store, E3);
    const proBefore = consumed(store, POWER_BI_PRO);
    const grid = await openReport(router, 'Zqr');
    await user.click(await within(grid).findByRole('checkbox', { name: 'Select Ida Zqr' }));
    expect(router.state.location.pathname).toBe('/users');
    await user.click(screen.getByRole('checkbox', { name: 'Select all 2 users listed' }));
    expect(screen.getByText('2 users selected')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Reclaim' }));
    const confirm = await dialog();
    expect(within(confirm).getByText('Reclaim the licenses of 2 users?')).toBeVisible();
    const impact = await within(confirm).findByRole('group', { name: 'What Reclaim does' });
    expect(within(impact).getByText(`2 users lose ${productName(E3)}`)).toBeVisible();
    expect(within(impact).getByText(`1 user loses ${productName(POWER_BI_PRO)}`)).toBeVisible();
    expect(within(impact).getByText(`${productName(E3)}: 2 seats freed`)).toBeVisible();
    expect(within(impact).getByText(`${productName(POWER_BI_PRO)}: 1 seat freed`)).toBeVisible();
    expect(within(confirm).getByText('2 users leave E3 base services')).toBeVisible();
    const who = within(confirm).getByRole('table', { name: 'Who loses what' });
    const danRow = within(who).getByRole('row', { name: /Dan Zqr/ });
    expect(danRow).toHaveTextContent(productName(POWER_BI_PRO));
    expect(
      within(confirm).getByText(
        'From 2 users, Reclaim removes 1 direct license and 2 group memberships, and frees 3 seats.',
      ),
    ).toBeVisible();

    await user.click(within(confirm).getByRole('button', { name: 'Reclaim' }));
    expect(await screen.findByText('Licenses reclaimed from 2 users.')).toBeVisible();
    await control('POST', '/processing/wait');
    for (const id of [ida, dan])
      expect(store.tenant.license(id)?.licenseAssignmentStates ?? []).toEqual([]);
    expect(consumed(store, E3)).toBe(e3Before - 2);
    expect(consumed(store, POWER_BI_PRO)).toBe(proBefore - 1);
    for (const id of [ida, dan])
      expect(
        await auditEntries(
          `activityDisplayName eq 'Remove member from group' and targetResources/any(t: t/id eq '${id}')`,
        ),
      ).toHaveLength(1);
    // The report is read again: nobody left to list under that name.
    expect(await screen.findByText('No inactive licensed users')).toBeVisible();
  }, 30_000);

  it('shows the reclaim in the report from Graph’s answers, without reading every candidate again', async () => {
    const { router, emulator, user } = await renderRoute('/licenses');
    const store = emulator.store;
    await twoIdleUsers(store);
    const grid = await openReport(router, 'Zqr');
    await user.click(await within(grid).findByRole('checkbox', { name: 'Select Ida Zqr' }));
    await user.click(screen.getByRole('button', { name: 'Reclaim' }));
    const confirm = await dialog();
    await within(confirm).findByText(/^From 1 user, Reclaim removes/);
    const reportReads = countReportReads();
    await user.click(within(confirm).getByRole('button', { name: 'Reclaim' }));

    expect(await screen.findByText('Licenses reclaimed from 1 user.')).toBeVisible();
    // Ida holds nothing now, so she is not listed; Dan was not reclaimed and stays as he was.
    expect(within(grid).queryByRole('row', { name: /Ida Zqr/ })).toBeNull();
    expect(within(grid).getByRole('row', { name: /Dan Zqr/ })).toHaveTextContent(
      `${productName(E3)}: Inherited (E3 base services); ${productName(POWER_BI_PRO)}: Direct`,
    );
    expect(
      screen.getByText('1 licensed user inactive for more than 30 days or disabled'),
    ).toBeVisible();
    expect(reportReads()).toBe(0);
  }, 30_000);

  it('names a dynamic group with its rule and leaves its licences alone', async () => {
    const { router, emulator, user } = await renderRoute('/licenses');
    const store = emulator.store;
    const both = userInBoth(store, 'E3 base services', 'EMS licensed users');
    await idle(store, both, 'Dyna Zqd');
    const grid = await openReport(router, 'Zqd');
    await user.click(await within(grid).findByRole('checkbox', { name: 'Select Dyna Zqd' }));
    await user.click(screen.getByRole('button', { name: 'Reclaim' }));
    const confirm = await dialog();
    expect(
      await within(confirm).findByText(
        /^EMS licensed users \(rule: .*user\.extensionAttribute1 -contains "EMS".*\) keeps giving its licenses to 1 of these users\. A member cannot be removed from a dynamic group: change its rule, or the users’ attributes, for them to leave\.$/,
      ),
    ).toBeVisible();
    const row = within(within(confirm).getByRole('table', { name: 'Who loses what' })).getByRole(
      'row',
      { name: /Dyna Zqd/ },
    );
    const [, loses, leaves, keeps] = within(row).getAllByRole('cell');
    expect(loses).toHaveTextContent(productName(E3));
    expect(loses).not.toHaveTextContent(productName(skuIdOf('EMS')));
    expect(leaves).toHaveTextContent(/^E3 base services$/);
    expect(keeps).toHaveTextContent('EMS licensed users');
    await user.click(within(confirm).getByRole('button', { name: 'Reclaim' }));
    expect(await screen.findByText('Licenses reclaimed from 1 user.')).toBeVisible();
    // Still listed: the dynamic group's licence stays, the static group's is gone.
    const kept = within(grid).getByRole('row', { name: /Dyna Zqd/ });
    expect(kept).toHaveTextContent(
      `${productName(skuIdOf('EMS'))}: Inherited (EMS licensed users)`,
    );
    expect(kept).not.toHaveTextContent('E3 base services');
    await control('POST', '/processing/wait');
    const left = store.tenant.license(both)?.licenseAssignmentStates ?? [];
    const paths = left.map((s) => s.assignedByGroup);
    expect(paths).toContain(groupIdNamed('EMS licensed users', store));
    expect(paths).not.toContain(groupIdNamed('E3 base services', store));
    expect(paths).not.toContain(null);
  }, 30_000);

  it('reads the reclaimed users again by id once processing has ended, and shows them as Graph has them', async () => {
    const { router, emulator, user } = await renderRoute('/licenses');
    const store = emulator.store;
    const both = userInBoth(store, 'E3 base services', 'EMS licensed users');
    await idle(store, both, 'Dyna Zqd');
    await graph.patch(`/users/${both}`, { usageLocation: 'US' });
    const grid = await openReport(router, 'Zqd');
    await user.click(await within(grid).findByRole('checkbox', { name: 'Select Dyna Zqd' }));
    await user.click(screen.getByRole('button', { name: 'Reclaim' }));
    const confirm = await dialog();
    await within(confirm).findByText(/^From 1 user, Reclaim removes/);
    await control('POST', '/processing', { paused: true });
    const reportReads = countReportReads();
    await user.click(within(confirm).getByRole('button', { name: 'Reclaim' }));
    expect(await screen.findByText('Licenses reclaimed from 1 user.')).toBeVisible();

    // While E3 base services waits to be processed, another admin gives Dyna Power BI Pro.
    await graph.post(`/users/${both}/assignLicense`, {
      addLicenses: [{ skuId: POWER_BI_PRO, disabledPlans: [] }],
      removeLicenses: [],
    });
    const row = () => within(grid).getByRole('row', { name: /Dyna Zqd/ });
    expect(row()).not.toHaveTextContent(productName(POWER_BI_PRO));
    await control('POST', '/processing', { paused: false });
    await waitFor(() => {
      expect(row()).toHaveTextContent(`${productName(POWER_BI_PRO)}: Direct`);
    });
    expect(row()).toHaveTextContent(
      `${productName(skuIdOf('EMS'))}: Inherited (EMS licensed users)`,
    );
    expect(row()).not.toHaveTextContent('E3 base services');
    expect(reportReads()).toBe(0);
  }, 30_000);

  it('shows a partial success as such: who was reclaimed, who was not and Graph’s reason', async () => {
    const { router, emulator, user } = await renderRoute('/licenses');
    const store = emulator.store;
    const { ida, dan } = await twoIdleUsers(store);
    const grid = await openReport(router, 'Zqr');
    await user.click(await within(grid).findByRole('checkbox', { name: 'Select Dan Zqr' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Ida Zqr' }));
    await user.click(screen.getByRole('button', { name: 'Reclaim' }));
    const confirm = await dialog();
    await within(confirm).findByText(/^From 2 users, Reclaim removes/);
    // Another admin takes Dan out of the group while the preview is open.
    await graph.delete(`/groups/${groupIdNamed('E3 base services', store)}/members/${dan}/$ref`);
    const reportReads = countReportReads();
    await user.click(within(confirm).getByRole('button', { name: 'Reclaim' }));

    expect(
      await screen.findByText('Licenses reclaimed from 1 user; 1 user was not, or only in part.'),
    ).toBeVisible();
    // Graph holds something else than was asked for: the report is read again.
    expect(reportReads()).toBeGreaterThan(0);
    expect(screen.getByText('Reclaimed: Ida Zqr')).toBeVisible();
    const failures = await screen.findByRole('alert');
    expect(within(failures).getByText('Not reclaimed')).toBeVisible();
    expect(failures).toHaveTextContent(/Dan Zqr: leaving E3 base services: \S+/);
    await control('POST', '/processing/wait');
    expect(store.tenant.license(ida)?.licenseAssignmentStates ?? []).toEqual([]);
    // Dan's direct licence went (the other admin had already taken him out of the group).
    expect(store.tenant.license(dan)?.licenseAssignmentStates ?? []).toEqual([]);
  }, 30_000);

  it('a reader sees Reclaim disabled with the reason; a License Administrator’s plan leaves the memberships', async () => {
    const reader = await renderRoute('/users?filter=inactive&days=90', {
      account: ADMIN.globalReader,
    });
    const grid = await screen.findByRole('grid', { name: 'Inactive licensed users' });
    const first = (await within(grid).findAllByRole('checkbox'))[0];
    if (!first) throw new Error('No row to select');
    await reader.user.click(first);
    const reclaim = screen.getByRole('button', { name: 'Reclaim' });
    expect(reclaim).toHaveAttribute('aria-disabled', 'true');
    await reader.user.hover(reclaim);
    expect((await screen.findAllByText(/You are signed in as Global Reader/))[0]).toBeVisible();
    reader.unmount();

    const { router, emulator, user } = await renderRoute('/licenses', { account: ADMIN.license });
    const store = emulator.store;
    const [dan] = usersOnlyIn(store, ['E3 base services'], 1);
    if (!dan) throw new Error('No E3 base user');
    const name = store.tenant.profile(dan)?.displayName ?? '';
    const extras = store.users.get(dan);
    if (extras) {
      const at = store.clock.now() - 100 * DAY;
      extras.signIns = { interactive: at, nonInteractive: at, successful: at };
    }
    await graph.post(`/users/${dan}/assignLicense`, {
      addLicenses: [{ skuId: POWER_BI_PRO, disabledPlans: [] }],
      removeLicenses: [],
    });
    const report = await openReport(router, name);
    const [select] = await within(report).findAllByRole('checkbox', { name: `Select ${name}` });
    if (!select) throw new Error(`No row for ${name}`);
    await user.click(select);
    await user.click(screen.getByRole('button', { name: 'Reclaim' }));
    const confirm = await dialog();
    expect(
      await within(confirm).findByText(
        '1 group membership stays: your role cannot remove group members.',
      ),
    ).toBeVisible();
    expect(
      within(confirm).getByText(
        'From 1 user, Reclaim removes 1 direct license and 0 group memberships, and frees 1 seat.',
      ),
    ).toBeVisible();
  }, 30_000);
});
