/**
 * Read-your-writes against the emulator's lagging lists (`graph` profile: lists 5 s of emulator
 * time behind writes, and the test emulator's clock moves only when told): what the admin just
 * created or changed is on the lists at once and stays there while Graph's lists still answer the
 * old state, also when read again; once Graph lists the change, the lists agree with Graph.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { graph } from '../lib/graph/graph';
import type { GraphCollection } from '../lib/graph/graph-types';
import { control } from '../test/control';
import { ADMIN, renderRoute, type RenderRouteResult } from '../test/render-route';
import { seededStore, unlocatedUser } from '../test/seed';

/** Lists and counts lag writes by 5 s of emulator time; nothing is throttled. */
async function lagLists(): Promise<void> {
  await control('POST', '/profile', {
    profile: 'graph',
    lagMs: 5_000,
    throttle: { budgets: false, rate: 0 },
  });
}

/** Moves the emulator's clock past the lag: Graph's lists now show every change. */
async function lagPasses(): Promise<void> {
  await control('POST', '/clock', { advance: 'PT6S' });
}

/** Refresh on the blade, then wait until every read it started has been answered. */
async function refreshed({ user, queryClient }: RenderRouteResult): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'Refresh' }));
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0);
  });
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function rowOf(grid: string, name: string) {
  return async () =>
    within(await screen.findByRole('grid', { name: grid })).findByRole('row', {
      name: new RegExp(`^${escaped(name)}`),
    });
}

afterEach(async () => {
  await control('POST', '/profile', { profile: 'default' });
});

describe('read-your-writes on lagging lists', { timeout: 40_000 }, () => {
  it('a new dynamic group is on the Groups list at once, also when searched, and stays while Graph’s list lags', async () => {
    const view = await renderRoute('/groups', { account: ADMIN.groups });
    const { user, router } = view;
    await lagLists();
    const row = rowOf('Groups', 'Sales people');
    await screen.findByRole('grid', { name: 'Groups' });
    await user.click(await screen.findByRole('button', { name: 'New dynamic group' }));
    const dialog = await screen.findByRole('dialog', { name: 'New dynamic group' });
    await user.type(within(dialog).getByRole('textbox', { name: /Group name/ }), 'Sales people');
    await user.click(within(dialog).getByRole('textbox', { name: 'Dynamic membership rule' }));
    await user.paste('user.department -eq "Sales"');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await screen.findByText('Group created')).toBeInTheDocument();
    const listedByGraph = async () =>
      (
        await graph.get<GraphCollection<{ id: string }>>(
          `/groups?$filter=${encodeURIComponent("displayName eq 'Sales people'")}&$select=id`,
        )
      ).value.length;
    expect(await listedByGraph()).toBe(0);

    await act(() => router.navigate({ to: '/groups' }));
    expect(await row()).toBeInTheDocument();
    await refreshed(view);
    expect(await row()).toBeInTheDocument();
    await act(() => router.navigate({ to: '/groups', search: { q: 'sales' } }));
    expect(await row()).toBeInTheDocument();
    // Not on a list it does not belong on.
    await act(() => router.navigate({ to: '/groups', search: { filter: 'microsoft365' } }));
    await screen.findByRole('row', { name: /^Marketing Team/ });
    expect(screen.queryByRole('row', { name: /^Sales people/ })).not.toBeInTheDocument();

    await lagPasses();
    expect(await listedByGraph()).toBe(1);
    await act(() => router.navigate({ to: '/groups' }));
    await refreshed(view);
    expect(await row()).toBeInTheDocument();
  });

  it('a usage location set on a user shows in the Users list at once and stays while Graph’s list lags', async () => {
    const userId = unlocatedUser(seededStore());
    const view = await renderRoute('/users', { account: ADMIN.license });
    const { user, router, emulator } = view;
    await lagLists();
    const name = emulator.store.tenant.profile(userId)?.displayName ?? userId;
    const row = rowOf('Users', name);
    await act(() => router.navigate({ to: '/users', search: { q: name } }));
    expect(within(await row()).getAllByRole('gridcell')[1]).toHaveTextContent('Not set');

    await act(() =>
      router.navigate({ to: '/users/$userId', params: { userId }, search: { tab: 'profile' } }),
    );
    const picker = await screen.findByRole('combobox', { name: /Usage location/ });
    await user.type(picker, 'Germ');
    await user.click(await screen.findByRole('option', { name: 'Germany (DE)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Usage location saved')).toBeInTheDocument();
    const listedByGraph = async () =>
      (
        await graph.get<GraphCollection<{ usageLocation: string | null }>>(
          `/users?$filter=${encodeURIComponent(`id eq '${userId}'`)}&$select=usageLocation`,
        )
      ).value[0]?.usageLocation ?? null;
    expect(await listedByGraph()).toBeNull();

    await act(() => router.navigate({ to: '/users', search: { q: name } }));
    const location = async () => within(await row()).getAllByRole('gridcell')[1]?.textContent;
    expect(await location()).toBe('DE');
    await refreshed(view);
    expect(await location()).toBe('DE');

    await lagPasses();
    expect(await listedByGraph()).toBe('DE');
    await refreshed(view);
    expect(await location()).toBe('DE');
  });
});
