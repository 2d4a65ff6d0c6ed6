/**
 * Finding users (issue #16 item 8): sorting by name or user principal name (asked of Graph with
 * `$orderby`), and the users without a usage location (`usageLocation eq null`, an advanced query).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';

const bodyRows = (grid: HTMLElement) => within(grid).getAllByRole('row').slice(1);
const names = (grid: HTMLElement) =>
  bodyRows(grid).map((row) => within(row).getByRole('rowheader').textContent);
const column = (grid: HTMLElement, index: number) =>
  bodyRows(grid).map((row) => within(row).getAllByRole('gridcell')[index - 1]?.textContent ?? '');
/** The emulator's order (and Graph's, for these names): case-insensitive, by code unit. */
const byText = (a: string, b: string) => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y ? 0 : x < y ? -1 : 1;
};

describe('Users: sorting and the usage location filter', () => {
  it('sorts by name from its header, ascending then descending, with aria-sort and the order in the URL', async () => {
    const { user, router, emulator } = await renderRoute('/users');
    const tenant = emulator.store.tenant;
    const everyName = tenant.userIds().map((id) => tenant.profile(id)?.displayName ?? '');
    const grid = await screen.findByRole('grid', { name: 'Users' });
    const header = within(grid).getByRole('columnheader', { name: 'Name' });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(within(grid).getByRole('columnheader', { name: 'Licenses' })).not.toHaveAttribute(
      'aria-sort',
    );

    await user.click(within(header).getByRole('button', { name: 'Name' }));
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ sort: 'name' });
    });
    await waitFor(() => {
      const shown = names(screen.getByRole('grid', { name: 'Users' }));
      expect(shown.length).toBeGreaterThan(1);
      expect(shown).toEqual([...shown].sort(byText));
    });
    expect(
      within(screen.getByRole('grid', { name: 'Users' })).getByRole('columnheader', {
        name: 'Name',
      }),
    ).toHaveAttribute('aria-sort', 'ascending');

    // Keyboard: the header's button is in the tab order; Enter turns the order round.
    const again = within(screen.getByRole('grid', { name: 'Users' })).getByRole('button', {
      name: 'Name',
    });
    again.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ sort: 'name', order: 'desc' });
    });
    await waitFor(() => {
      const shown = names(screen.getByRole('grid', { name: 'Users' }));
      expect(shown).toEqual([...shown].sort(byText).reverse());
      // The whole list in reverse order (Graph sorted it), not the page that was shown.
      expect(shown[0]).toBe([...everyName].sort(byText).at(-1));
    });
    expect(
      within(screen.getByRole('grid', { name: 'Users' })).getByRole('columnheader', {
        name: 'Name',
      }),
    ).toHaveAttribute('aria-sort', 'descending');
  }, 30_000);

  it('sorts a search by user principal name, from the URL', async () => {
    await renderRoute('/users?q=a&sort=upn&order=desc');
    const grid = await screen.findByRole('grid', { name: 'Users' });
    await waitFor(() => {
      const upns = column(grid, 1);
      expect(upns.length).toBeGreaterThan(1);
      expect(upns).toEqual([...upns].sort(byText).reverse());
    });
    expect(within(grid).getByRole('columnheader', { name: 'User principal name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  }, 30_000);

  it('shows the users without a usage location, chosen from the Show filter', async () => {
    const { user, router, emulator } = await renderRoute('/users');
    await screen.findByRole('grid', { name: 'Users' });
    await user.click(screen.getByRole('combobox', { name: 'Show' }));
    await user.click(await screen.findByRole('option', { name: 'Without usage location' }));
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ filter: 'noLocation' });
    });
    const tenant = emulator.store.tenant;
    const total = tenant
      .userIds()
      .filter((id) => tenant.profile(id)?.usageLocation === null).length;
    expect(total).toBeGreaterThan(0);
    expect(
      await screen.findByText(
        `${total.toLocaleString('en-US')} ${total === 1 ? 'user' : 'users'} found`,
      ),
    ).toBeInTheDocument();
    const locations = column(screen.getByRole('grid', { name: 'Users' }), 2);
    expect(locations.length).toBeGreaterThan(0);
    expect(locations.filter((l) => l !== 'Not set')).toEqual([]);
  }, 30_000);
});
