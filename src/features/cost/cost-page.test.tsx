/**
 * The Cost tab against the emulator, on a tenant small enough to work out by hand
 * (`buildCostTenant`): the euros below come from its seat counts and these prices, not from the
 * code. E3 EUR 36.00, EMS EUR 10.60, Power BI Pro without a price.
 *
 * Spend: E3 3 seats x 36 = 108.00, EMS 2 x 10.60 = 21.20: EUR 129.20 (Power BI Pro left out).
 * Idle: E3 (10 - 3) x 36 = 252.00, EMS (5 - 2) x 10.60 = 31.80: EUR 283.80.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePriceStore } from '../../lib/licensing/price-store';
import { renderRoute } from '../../test/render-route';
import { buildCostTenant, skuIdOf } from '../../test/seed';

const PRICES = {
  currency: 'EUR',
  prices: { [skuIdOf('ENTERPRISEPACK')]: 360_000, [skuIdOf('EMS')]: 106_000 },
};

async function openCost(by: string) {
  const view = await renderRoute(`/licenses/cost?by=${by}`, { seed: 'empty' });
  await buildCostTenant(view.emulator.store);
  usePriceStore.getState().setList(PRICES);
  await view.user.click(screen.getByRole('button', { name: 'Refresh' }));
  return view;
}

/** The table's rows as [name, seats, spend]. */
async function rowsOf(name: string): Promise<string[][]> {
  const table = await screen.findByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

describe('Licenses → Cost', () => {
  it('without prices, says what to enter and links to the Prices tab', async () => {
    await renderRoute('/licenses/cost', { seed: 'empty' });
    expect(await screen.findByText('No prices yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enter prices' })).toHaveAttribute(
      'href',
      '/licenses/prices',
    );
  });

  it('shows the monthly and idle spend and the spend per product', async () => {
    await openCost('product');
    expect(await screen.findByText('€129.20')).toBeInTheDocument();
    expect(screen.getByText('€283.80')).toBeInTheDocument();
    expect(screen.getByText('1 product has no price and is left out.')).toBeInTheDocument();
    await waitFor(async () => {
      expect(await rowsOf('Monthly spend by product')).toEqual([
        ['Office 365 E3', '3', '€36.00', '€108.00', '7', '€252.00'],
        ['Enterprise Mobility + Security E3', '2', '€10.60', '€21.20', '3', '€31.80'],
        ['Power BI Pro', '1', 'No price', 'No price', '2', 'No price'],
      ]);
    });
  });

  it('breaks the spend down by department, country and licensing group', async () => {
    const { user } = await openCost('department');
    await waitFor(async () => {
      expect(await rowsOf('Monthly spend by department')).toEqual([
        ['Sales', '3', '€82.60'],
        ['IT', '2', '€36.00'],
        ['No department', '1', '€10.60'],
      ]);
    });
    await user.click(screen.getByRole('tab', { name: 'Country' }));
    await waitFor(async () => {
      expect(await rowsOf('Monthly spend by country')).toEqual([
        ['Netherlands', '5', '€93.20'],
        ['Germany', '1', '€36.00'],
      ]);
    });
    await user.click(screen.getByRole('tab', { name: 'Licensing group' }));
    // The explanation comes with the breakdown it explains (rendered after the tab moves).
    expect(await screen.findByText(/counts under both groups/)).toBeInTheDocument();
    await waitFor(async () => {
      expect(await rowsOf('Monthly spend by licensing group')).toEqual([
        ['E3 staff', '2', '€72.00'],
        ['Assigned directly', '3', '€46.60'],
        ['E3 extra', '1', '€36.00'],
        ['EMS all', '1', '€10.60'],
      ]);
    });
  });
});
