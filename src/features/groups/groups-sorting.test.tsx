/** Sorting the Groups list by name (issue #16 item 8): ascending by default, descending on a click. */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render-route';

vi.setConfig({ testTimeout: 30_000 });

const names = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent);

describe('Groups: sorting', () => {
  it('lists groups by name ascending (aria-sort says so); the header turns the order round, by mouse or keyboard', async () => {
    const { user, router } = await renderRoute('/groups?filter=licensed');
    let grid = await screen.findByRole('grid', { name: 'Groups' });
    const header = within(grid).getByRole('columnheader', { name: 'Name' });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = names(grid);
    expect(ascending.length).toBeGreaterThan(3);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));

    await user.click(within(header).getByRole('button', { name: 'Name' }));
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ filter: 'licensed', order: 'desc' });
    });
    grid = screen.getByRole('grid', { name: 'Groups' });
    expect(within(grid).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(names(grid)).toEqual([...ascending].reverse());

    within(grid).getByRole('button', { name: 'Name' }).focus();
    await user.keyboard(' ');
    await waitFor(() => {
      expect(router.state.location.search).toEqual({ filter: 'licensed' });
    });
    expect(names(screen.getByRole('grid', { name: 'Groups' }))).toEqual(ascending);
  });

  it('sorts the groups in licence error too (Graph cannot: its filter is standard-only)', async () => {
    await renderRoute('/groups?filter=errors&order=desc');
    const grid = await screen.findByRole('grid', { name: 'Groups' });
    await waitFor(() => {
      expect(names(grid).length).toBeGreaterThan(1);
    });
    const shown = names(grid);
    expect(shown).toEqual([...shown].sort((a, b) => b.localeCompare(a)));
  });
});
