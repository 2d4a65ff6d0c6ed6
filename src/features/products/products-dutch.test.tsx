import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';

describe('Licenses in Dutch', () => {
  it("shows the overview, All products and a product in Dutch; product names stay Microsoft's", async () => {
    const { user } = await renderRoute('/licenses', { locale: 'nl-NL' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Licenties' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Licenties per product' })).toBeInTheDocument();
    expect(
      (await screen.findAllByText(/^[\d.]+ van [\d.]+ toegewezen, [\d.]+ beschikbaar/)).length,
    ).toBeGreaterThan(0);

    await user.click(screen.getByRole('link', { name: 'Alle producten weergeven' }));
    const table = await screen.findByRole('grid', { name: 'Producten' });
    for (const header of ['Product', 'Totaal', 'Toegewezen', 'Beschikbaar', 'Verloopt binnenkort'])
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    const e3 = await within(table).findByRole('row', { name: /^Office 365 E3/ });
    await user.click(e3);
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
