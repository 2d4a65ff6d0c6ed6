import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { productName } from '../../lib/licensing/names';
import { catchDownloads } from '../../test/downloads';
import { renderRoute, type RenderRouteResult } from '../../test/render-route';
import { e3BaseOnlyUser, E3 } from '../../test/seed';

type Store = RenderRouteResult['emulator']['store'];
const DAY = 86_400_000;

afterEach(() => {
  vi.restoreAllMocks();
});

/** Sets a user's last sign-ins, `days` ago on the emulator's clock (null: never). */
function signedIn(store: Store, userId: string, interactive: number | null, client: number | null) {
  const now = store.clock.now();
  const at = (days: number | null) => (days === null ? null : now - days * DAY);
  const extras = store.users.get(userId);
  if (!extras) throw new Error(`No user ${userId}`);
  extras.signIns = {
    interactive: at(interactive),
    nonInteractive: at(client),
    successful: at(interactive),
  };
}

async function openReport(
  router: RenderRouteResult['router'],
  days?: 14 | 30 | 60 | 90,
  q?: string,
) {
  await router.navigate({
    to: '/users',
    search: { filter: 'inactive', ...(days ? { days } : {}), ...(q ? { q } : {}) },
  });
  return screen.findByRole('grid', { name: 'Inactive licensed users' });
}

const rowOf = (grid: HTMLElement, name: string) =>
  within(grid)
    .queryAllByRole('row')
    .find((row) => within(row).queryByText(name) !== null);

describe('Users → Inactive licensed users', () => {
  it('lists licensed users idle for longer than the period with their licences and paths, not those whose clients still sign in', async () => {
    const { router, emulator } = await renderRoute('/licenses');
    const store = emulator.store;
    const idle = e3BaseOnlyUser(store);
    const idleName = store.tenant.profile(idle)?.displayName ?? '';
    await graph.patch(`/users/${idle}`, { displayName: 'Ida Zqw' });
    signedIn(store, idle, 100, 100);
    const phoneOnly =
      store.tenant
        .userIds()
        .find(
          (id) =>
            id !== idle &&
            !store.admins.has(id) &&
            (store.tenant.license(id)?.assignedLicenses.length ?? 0) > 0,
        ) ?? '';
    await graph.patch(`/users/${phoneOnly}`, { displayName: 'Pete Zqw' });
    signedIn(store, phoneOnly, 100, 2);
    expect(idleName).not.toBe('');

    const grid = await openReport(router, 90, 'Zqw');
    await waitFor(() => {
      expect(rowOf(grid, 'Ida Zqw')).toBeDefined();
    });
    const row = rowOf(grid, 'Ida Zqw');
    expect(
      within(row as HTMLElement).getByText(`${productName(E3)}: Inherited (E3 base services)`),
    ).toBeVisible();
    expect(within(row as HTMLElement).getByText('Inactive')).toBeVisible();
    expect(rowOf(grid, 'Pete Zqw')).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent(
      /licensed users? inactive for more than 90 days or disabled/,
    );
  });

  it("the period is the admin's and in the link: idle 20 days is listed at 14 days, not at 30", async () => {
    const { router, emulator, user } = await renderRoute('/licenses');
    const store = emulator.store;
    const idle = e3BaseOnlyUser(store);
    await graph.patch(`/users/${idle}`, { displayName: 'Ida Zqw' });
    signedIn(store, idle, 20, 20);
    await router.navigate({ to: '/users', search: { filter: 'inactive', q: 'Zqw' } });
    expect(await screen.findByText('No inactive licensed users')).toBeVisible();
    await user.click(screen.getByRole('combobox', { name: 'Inactive for more than' }));
    await user.click(await screen.findByRole('option', { name: '14 days' }));
    expect(router.state.location.search).toMatchObject({ filter: 'inactive', days: 14 });
    const grid = await screen.findByRole('grid', { name: 'Inactive licensed users' });
    expect(rowOf(grid, 'Ida Zqw')).toBeDefined();
  });

  it('lists disabled accounts that still hold a licence and users who never signed in', async () => {
    const { router, emulator } = await renderRoute('/licenses');
    const store = emulator.store;
    const licensed = store.tenant
      .userIds()
      .filter(
        (id) =>
          (store.tenant.license(id)?.assignedLicenses.length ?? 0) > 0 && !store.admins.has(id),
      );
    // Licensed through a static group: a dynamic rule on accountEnabled would drop a disabled user.
    const disabled = e3BaseOnlyUser(store);
    const never = licensed.filter((id) => id !== disabled).at(-1) ?? '';
    await graph.patch(`/users/${disabled}`, {
      displayName: 'Lou Zqv',
      accountEnabled: false,
    });
    signedIn(store, disabled, 1, 1);
    await graph.patch(`/users/${never}`, { displayName: 'Nora Zqv' });
    signedIn(store, never, null, null);

    const grid = await openReport(router, undefined, 'Zqv');
    await waitFor(() => {
      expect(rowOf(grid, 'Lou Zqv')).toBeDefined();
    });
    expect(
      within(rowOf(grid, 'Lou Zqv') as HTMLElement).getByText('Account disabled'),
    ).toBeVisible();
    expect(
      within(rowOf(grid, 'Nora Zqv') as HTMLElement).getByText('Never signed in'),
    ).toBeVisible();
    expect(within(rowOf(grid, 'Nora Zqv') as HTMLElement).getByText('Never')).toBeVisible();
  });

  it('downloads every row as CSV, a name that starts a formula kept as text', async () => {
    const { router, emulator, user } = await renderRoute('/licenses');
    const store = emulator.store;
    const idle = e3BaseOnlyUser(store);
    await graph.patch(`/users/${idle}`, { displayName: '=HYPERLINK("http://x")' });
    signedIn(store, idle, 200, null);
    await openReport(router, 30);
    const status = await screen.findByRole('status');
    await waitFor(() => {
      expect(status).toHaveTextContent(/^\d[\d,]* licensed users inactive/);
    });
    const count = Number(status.textContent.split(' ')[0]?.replaceAll(',', ''));
    expect(count).toBeGreaterThan(100);
    const downloads = catchDownloads();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText(`${String(count)} users saved as CSV.`)).toBeVisible();
    const [file] = await downloads.files();
    expect(file?.name).toBe('inactive-licensed-users-30-days.csv');
    const lines = (file?.text ?? '').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'User,UPN,Account enabled,Last sign-in (UTC),Why,Licenses and assignment paths',
    );
    expect(lines).toHaveLength(count + 1);
    expect(lines.find((l) => l.includes('HYPERLINK'))).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/);
  });
});
