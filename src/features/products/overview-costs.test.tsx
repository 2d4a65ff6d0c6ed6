/**
 * The Overview's cost numbers against the emulator, on the hand-computed tenant of
 * `buildCostTenant` (E3 EUR 36.00, EMS EUR 10.60): monthly EUR 129.20, idle EUR 283.80; the four
 * users signed in never and are newer than 30 days, so no one is inactive until Bob's account is
 * disabled: his E3 makes the inactive users' spend EUR 36.00.
 */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { usePriceStore } from '../../lib/licensing/price-store';
import { renderRoute } from '../../test/render-route';
import { buildCostTenant, skuIdOf } from '../../test/seed';

describe('Licenses → Overview: cost numbers', () => {
  it('without prices, says what to enter and links to Prices', async () => {
    await renderRoute('/licenses', { seed: 'empty' });
    const costs = await screen.findByRole('region', { name: 'Cost' });
    expect(within(costs).getByText(/Enter what each product costs a month/)).toBeInTheDocument();
    expect(within(costs).getByRole('link', { name: 'Enter prices' })).toHaveAttribute(
      'href',
      '/licenses/prices',
    );
  });

  it('shows monthly, idle and inactive users’ spend, each linking to its view', async () => {
    const { emulator, queryClient } = await renderRoute('/licenses', { seed: 'empty' });
    await buildCostTenant(emulator.store);
    const bob = emulator.store.tenant
      .userIds()
      .find((id) => emulator.store.tenant.profile(id)?.displayName === 'Bob');
    await graph.patch(`/users/${String(bob)}`, { accountEnabled: false });
    usePriceStore.getState().setList({
      currency: 'EUR',
      prices: { [skuIdOf('ENTERPRISEPACK')]: 360_000, [skuIdOf('EMS')]: 106_000 },
    });
    // What the admin sees after a refresh: Graph read again.
    await act(() => queryClient.resetQueries());
    const costs = await screen.findByRole('region', { name: 'Cost' });
    expect(await within(costs).findByText('€129.20')).toBeInTheDocument();
    expect(within(costs).getByText('€283.80')).toBeInTheDocument();
    expect(await within(costs).findByText('€36.00')).toBeInTheDocument();
    expect(within(costs).getByRole('link', { name: 'Monthly spend' })).toHaveAttribute(
      'href',
      '/licenses/cost?by=product',
    );
    expect(within(costs).getByRole('link', { name: 'Inactive users’ spend' })).toHaveAttribute(
      'href',
      '/users?filter=inactive&days=30',
    );
  });
});
