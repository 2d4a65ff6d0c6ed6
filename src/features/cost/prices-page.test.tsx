/**
 * Licenses → Prices against the emulator (default seed): a CSV with problems is refused whole,
 * each problem by its line, and nothing changes; a good one sets the prices; the table saves all
 * or nothing.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePriceStore } from '../../lib/licensing/price-store';
import { NO_PRICES } from '../../lib/licensing/prices';
import { renderRoute } from '../../test/render-route';
import { skuIdOf } from '../../test/seed';

const csvFile = (text: string) => new File([text], 'prices.csv', { type: 'text/csv' });
const kept = () => usePriceStore.getState().byTenant.sandbox ?? NO_PRICES;

describe('Licenses → Prices', () => {
  it('refuses a CSV with problems whole, naming each line, and changes nothing', async () => {
    const { user } = await renderRoute('/licenses/prices');
    await screen.findByRole('table', { name: 'Prices per product' });
    await user.upload(
      screen.getByLabelText('Import CSV'),
      csvFile('skuPartNumber,price,currency\nENTERPRISEPACK,36,EUR\nEMS,-3,EUR\nNOSUCH,1,EUR\n'),
    );
    const problems = await screen.findByRole('list', {
      name: 'Nothing was imported: the file has problems',
    });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Line 3: the price -3 is negative.',
      'Line 4: your organization has no product “NOSUCH”.',
    ]);
    expect(kept()).toEqual(NO_PRICES);
    expect(screen.getByRole('textbox', { name: 'Monthly price of Office 365 E3' })).toHaveValue('');
  });

  it('imports a good CSV, and the table shows the prices', async () => {
    const { user } = await renderRoute('/licenses/prices');
    await screen.findByRole('table', { name: 'Prices per product' });
    await user.upload(
      screen.getByLabelText('Import CSV'),
      csvFile('"ENTERPRISEPACK","36.00","EUR"\r\n'),
    );
    expect(await screen.findByText('1 price imported')).toBeInTheDocument();
    expect(kept()).toEqual({ currency: 'EUR', prices: { [skuIdOf('ENTERPRISEPACK')]: 360_000 } });
    expect(
      await screen.findByRole('textbox', { name: 'Monthly price of Office 365 E3' }),
    ).toHaveValue('36.00');
  });

  it('saves the table all or nothing', async () => {
    const { user } = await renderRoute('/licenses/prices');
    const e3 = await screen.findByRole('textbox', { name: 'Monthly price of Office 365 E3' });
    await user.type(e3, '12,5');
    await user.click(screen.getByRole('button', { name: 'Save prices' }));
    expect(
      await screen.findByRole('list', { name: 'Nothing was saved: some prices have problems' }),
    ).toHaveTextContent('“Office 365 E3: 12,5” is not a price');
    expect(kept()).toEqual(NO_PRICES);
    await user.clear(e3);
    await user.type(e3, '12.5');
    await user.click(screen.getByRole('button', { name: 'Save prices' }));
    expect(await screen.findByText('Prices saved')).toBeInTheDocument();
    expect(kept()).toEqual({ currency: 'EUR', prices: { [skuIdOf('ENTERPRISEPACK')]: 125_000 } });
  });
});
