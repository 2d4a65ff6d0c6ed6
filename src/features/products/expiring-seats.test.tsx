/**
 * "Expiring soon" with its date and subscription (issue #16 item 8): the seats in their grace
 * period come from a subscription in `Warning` (`GET /directory/subscriptions`), whose
 * `nextLifecycleDateTime` is the day they stop working unless it is renewed.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { skuIdOf } from '../../test/seed';

vi.setConfig({ testTimeout: 30_000 });

const E5 = skuIdOf('ENTERPRISEPREMIUM');

describe('Expiring soon: the date and the subscription behind it', () => {
  it('All products shows the date the expiring seats stop working', async () => {
    await renderRoute('/licenses/products');
    const grid = await screen.findByRole('grid', { name: 'Products' });
    const e5 = within(grid).getByRole('row', { name: /^Office 365 E5 / });
    expect(await within(e5).findByText('10 on Nov 20, 2026')).toBeVisible();
    const e3 = within(grid).getByRole('row', { name: /^Office 365 E3 / });
    expect(within(e3).getAllByRole('gridcell').at(-1)).toHaveTextContent(/^0$/);
  });

  it("a product's Overview lists its subscriptions: status, licenses and when each changes", async () => {
    const { emulator } = await renderRoute(`/licenses/products/${E5}`);
    const table = await screen.findByRole('table', { name: 'Subscriptions' });
    const id = emulator.store.skus.get(E5)?.subscriptionId ?? '';
    expect(id).not.toBe('');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const active = within(table).getByRole('row', { name: new RegExp(id) });
    expect(active).toHaveTextContent('Active');
    expect(active).toHaveTextContent('250');
    const expiring = rows.find((row) => row !== active);
    expect(expiring).toHaveTextContent('Expired, in its grace period');
    expect(expiring).toHaveTextContent('10');
    expect(expiring).toHaveTextContent('Nov 20, 2026');
    expect(screen.getByText(/10 expiring on Nov 20, 2026/)).toBeVisible();
  });
});
