import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';

// One blade per test, each opened at its own URL: the three blades in one test took most of the
// 10 s a test has on a loaded machine.
/** Office 365 E3 (ENTERPRISEPACK), Microsoft's SKU id. */
const OFFICE_365_E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';

describe('Licenses in Dutch', () => {
  it('shows the overview in Dutch, with seats in Dutch numbers', async () => {
    const { user } = await renderRoute('/licenses', { locale: 'nl-NL' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Licenties' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Licenties per product' })).toBeInTheDocument();
    expect(
      (await screen.findAllByText(/^[\d.]+ van [\d.]+ toegewezen, [\d.]+ beschikbaar/)).length,
    ).toBeGreaterThan(0);

    await user.click(screen.getByRole('link', { name: 'Alle producten weergeven' }));
    expect(await screen.findByRole('grid', { name: 'Producten' })).toBeInTheDocument();
  });

  it("lists All products under Dutch headers; product names stay Microsoft's", async () => {
    const { user } = await renderRoute('/licenses/products', { locale: 'nl-NL' });
    const table = await screen.findByRole('grid', { name: 'Producten' });
    for (const header of ['Product', 'Totaal', 'Toegewezen', 'Beschikbaar', 'Verloopt binnenkort'])
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    await user.click(await within(table).findByRole('row', { name: /^Office 365 E3/ }));
    expect(await screen.findByRole('tab', { name: 'Serviceplannen' })).toBeInTheDocument();
  });

  it('shows a product in Dutch: its tabs, Download and the processing state of its groups', async () => {
    const { user } = await renderRoute(`/licenses/products/${OFFICE_365_E3}`, {
      locale: 'nl-NL',
    });
    expect(await screen.findByRole('tab', { name: 'Serviceplannen' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Gelicentieerde gebruikers' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Gelicentieerde groepen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Downloaden' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Gelicentieerde groepen' }));
    const groups = await screen.findByRole('table', { name: 'Gelicentieerde groepen' });
    expect(
      within(groups).getByRole('columnheader', { name: 'Verwerkingsstatus' }),
    ).toBeInTheDocument();
    expect(await within(groups).findAllByText('Verwerking voltooid')).not.toHaveLength(0);
  });
});
