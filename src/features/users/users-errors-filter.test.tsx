import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../engine';
import { graph } from '../../lib/graph/graph';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import { renderRoute, type RenderRouteResult } from '../../test/render-route';
import { control } from '../../test/control';
import { E3 } from '../../test/seed';

type Store = RenderRouteResult['emulator']['store'];

const AUDIO_CONFERENCING = catalog.productByPartNumber('MCOMEETADV')?.skuId ?? '';
/** No service plan may be assigned in an embargoed country (`catalog.isPlanAvailableIn`). */
const EMBARGOED = 'KP';

const statesOf = (store: Store, userId: string) =>
  store.tenant.license(userId)?.licenseAssignmentStates ?? [];
const usersInError = (store: Store) =>
  store.tenant.userIds().filter((id) => statesOf(store, id).some((s) => s.error !== 'None'));

async function showUsersWithErrors(router: RenderRouteResult['router'], q?: string) {
  await router.navigate({ to: '/users', search: { filter: 'errors', ...(q ? { q } : {}) } });
  return screen.findByRole('grid', { name: 'Users' });
}

describe('Users → With license errors', () => {
  it('lists a user whose error is on a group that no longer assigns any product', async () => {
    const { router, emulator } = await renderRoute('/licenses');
    const store = emulator.store;
    const userId =
      store.tenant
        .userIds()
        .find(
          (id) =>
            store.tenant.profile(id)?.usageLocation === 'US' && statesOf(store, id).length === 0,
        ) ?? '';
    const profile = store.tenant.profile(userId);
    await control('PATCH', `/subscriptions/${AUDIO_CONFERENCING}`, {
      prepaidUnits: { enabled: 100 },
    });
    // E3 from a group gives Skype for Business Online (Plan 2), which direct Audio Conferencing needs.
    const group = await graph.post<{ id: string }>('/groups', {
      displayName: 'Skype prerequisite',
      mailEnabled: false,
      mailNickname: 'skypeprereq',
      securityEnabled: true,
    });
    await graph.post(`/groups/${group.id}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${userId}`,
    });
    await graph.request(`/groups/${group.id}/assignLicense`, {
      method: 'POST',
      body: { addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] },
    });
    await waitForProcessing();
    await graph.post(`/users/${userId}/assignLicense`, {
      addLicenses: [{ skuId: AUDIO_CONFERENCING, disabledPlans: [] }],
      removeLicenses: [],
    });
    await graph.request(`/groups/${group.id}/assignLicense`, {
      method: 'POST',
      body: { addLicenses: [], removeLicenses: [E3] },
    });
    await waitForProcessing();
    expect(
      statesOf(store, userId).map(
        (s) => `${s.assignedByGroup === null ? 'direct' : 'group'}:${s.error}`,
      ),
    ).toEqual(['direct:None', 'group:DependencyViolation']);
    // The group assigns nothing now, yet it still answers for the entry it left in error.
    const flagged = await graph.get<{ value: { id: string }[] }>(
      `/groups?$filter=hasMembersWithLicenseErrors%20eq%20true&$select=id`,
    );
    expect(flagged.value.map((g) => g.id)).toContain(group.id);

    const grid = await showUsersWithErrors(router, profile?.displayName ?? '');

    const row = await within(grid).findByRole('row', {
      name: new RegExp(profile?.userPrincipalName ?? ''),
    });
    expect(row).toHaveTextContent('Error: Missing dependent service plans');
  }, 30_000);

  it('finds every user in error, because direct assignments never are, even when Reprocess meets no seats and no allowed plan', async () => {
    const { router, emulator } = await renderRoute('/licenses');
    const store = emulator.store;
    const directUsers = store.tenant
      .userIds()
      .filter((id) => statesOf(store, id).some((s) => s.assignedByGroup === null));
    expect(directUsers.length).toBeGreaterThan(0);
    const directSkus = new Set(
      directUsers.flatMap((id) =>
        statesOf(store, id)
          .filter((s) => s.assignedByGroup === null)
          .map((s) => s.skuId),
      ),
    );
    for (const skuId of directSkus)
      await control('PATCH', `/subscriptions/${skuId}`, {
        prepaidUnits: { enabled: 0, warning: 0 },
      });
    for (const userId of directUsers) {
      await graph.patch(`/users/${userId}`, { usageLocation: EMBARGOED });
      await graph.post(`/users/${userId}/reprocessLicenseAssignment`);
    }

    const directInError = directUsers.filter((id) =>
      statesOf(store, id).some((s) => s.assignedByGroup === null && s.error !== 'None'),
    );
    expect(
      directInError,
      'direct assignments in error: read users directly in use-users-with-errors.ts',
    ).toEqual([]);
    const expected = usersInError(store).length;
    expect(expected).toBeGreaterThan(0);
    await showUsersWithErrors(router);
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent(
        `${expected.toLocaleString('en-US')} users found`,
      );
    });
  }, 30_000);
});
