import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
import { renderRoute } from '../../test/render-route';

describe('All products', () => {
  it('lists each product with Total, Assigned, Available and Expiring soon seats', async () => {
    await renderRoute('/licenses/products');

    const grid = await screen.findByRole('grid', { name: 'Products' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Product', 'Total', 'Assigned', 'Available', 'Expiring soon']);
    const e5 = within(grid).getByRole('row', { name: /^Office 365 E5 / });
    const cells = within(e5)
      .getAllByRole('gridcell')
      .map((c) => c.textContent);
    const [total, assigned, available] = cells
      .slice(0, 3)
      .map((c) => Number(c.replaceAll(',', '')));
    expect(total).toBe(260);
    // The count, and the day those seats stop working once the subscriptions are read
    // (expiring-seats.test.tsx).
    expect(cells[3]).toMatch(/^10( on Nov 20, 2026)?$/);
    expect(assigned).toBeGreaterThan(0);
    expect(available).toBe(260 - Number(assigned));
  });

  it('keeps the search text in the URL and opens a product', async () => {
    const { user, router } = await renderRoute('/licenses/products');

    await user.type(await screen.findByRole('searchbox', { name: 'Search products' }), 'visio');
    expect(router.state.location.search).toEqual({ q: 'visio' });
    const grid = screen.getByRole('grid', { name: 'Products' });
    expect(within(grid).getAllByRole('row')).toHaveLength(2);

    await user.click(within(grid).getByRole('row', { name: /Visio/ }));
    expect(router.state.location.pathname).toMatch(/^\/licenses\/products\/[0-9a-f-]{36}$/);
    expect(await screen.findByRole('heading', { level: 1, name: /Visio/ })).toBeVisible();
  });
});
