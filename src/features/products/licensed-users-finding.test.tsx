/**
 * Product → Licensed users: search and the assignment path filter with a count per path (issue
 * #16 item 8).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { groupIdNamed, skuIdOf } from '../../test/seed';

vi.setConfig({ testTimeout: 30_000 });

const E3 = skuIdOf('ENTERPRISEPACK');
const rowsOf = (grid: HTMLElement) => within(grid).getAllByRole('row').slice(1);

describe('Product → Licensed users: finding a user and a path', () => {
  it('offers each assignment path with its count, and lists only the users of the chosen path', async () => {
    const { user, router, emulator } = await renderRoute(
      `/licenses/products/${E3}?tab=licensed-users`,
    );
    const tenant = emulator.store.tenant;
    const base = groupIdNamed('E3 base services');
    const holders = tenant
      .userIds()
      .map((id) => tenant.license(id))
      .filter((l) => l?.assignedLicenses.some((a) => a.skuId === E3));
    const through = (source: string | null) =>
      holders.filter((l) =>
        l?.licenseAssignmentStates.some((s) => s.skuId === E3 && s.assignedByGroup === source),
      ).length;
    const direct = through(null);
    const inBase = through(base);
    expect(direct).toBeGreaterThan(0);
    expect(inBase).toBeGreaterThan(100);

    await screen.findByRole('grid', { name: 'Licensed users' });
    await user.click(screen.getByRole('combobox', { name: 'Assignment path' }));
    expect(
      await screen.findByRole('option', {
        name: `All paths (${holders.length.toLocaleString('en-US')})`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('option', { name: `Direct (${String(direct)})` })).toBeInTheDocument();
    await user.click(
      screen.getByRole('option', {
        name: `E3 base services (${inBase.toLocaleString('en-US')})`,
      }),
    );
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ tab: 'licensed-users', path: base });
    });
    expect(
      await screen.findByText(`${inBase.toLocaleString('en-US')} users through E3 base services`),
    ).toBeVisible();
    const grid = screen.getByRole('grid', { name: 'Licensed users' });
    expect(grid).toHaveAttribute('aria-rowcount', String(inBase + 1));
    expect(rowsOf(grid).filter((row) => !row.textContent.includes('E3 base services'))).toEqual([]);

    await user.click(screen.getByRole('combobox', { name: 'Assignment path' }));
    await user.click(await screen.findByRole('option', { name: `Direct (${String(direct)})` }));
    await waitFor(() => {
      expect(screen.getByRole('grid', { name: 'Licensed users' })).toHaveAttribute(
        'aria-rowcount',
        String(direct + 1),
      );
    });
    expect(
      rowsOf(screen.getByRole('grid', { name: 'Licensed users' })).filter(
        (row) => !row.textContent.includes('Direct'),
      ),
    ).toEqual([]);
  });

  it('searches the licensed users by name, with Graph counting the matches', async () => {
    const { user, router } = await renderRoute(`/licenses/products/${E3}?tab=licensed-users`);
    await screen.findByRole('grid', { name: 'Licensed users' });
    await user.type(screen.getByRole('searchbox', { name: 'Search licensed users' }), 'Alex');
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ tab: 'licensed-users', q: 'Alex' });
    });
    await waitFor(() => {
      const names = rowsOf(screen.getByRole('grid', { name: 'Licensed users' })).map(
        (row) => within(row).getByRole('rowheader').textContent,
      );
      expect(names.length).toBeGreaterThan(0);
      expect(
        names.filter((n) => !n.split(' ').some((w) => w.toLowerCase().startsWith('alex'))),
      ).toEqual([]);
    });
  });
});
