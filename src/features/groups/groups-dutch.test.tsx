import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { seededGroupId } from '../../test/seed';

describe('Groups in Dutch', () => {
  it('names the list, its columns, filters and values in Dutch; group names stay as Graph sends them', async () => {
    await renderRoute('/groups', { locale: 'nl-NL' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Groepen' })).toBeInTheDocument();
    const table = await screen.findByRole('grid', { name: 'Groepen' });
    for (const header of ['Naam', 'Type', 'Lidmaatschapstype', 'Licenties', 'Fouten'])
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    const e3 = await within(table).findByRole('row', { name: /^E3 base services/ });
    expect(e3).toHaveTextContent('Beveiliging');
    expect(e3).toHaveTextContent('Toegewezen');
    expect(
      await within(
        within(table).getByRole('row', { name: /^Audio Conferencing users/ }),
      ).findByText('Licentiefouten'),
    ).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Groepen zoeken' })).toHaveAttribute(
      'placeholder',
      'Groepen zoeken op naam',
    );
    expect(screen.getByRole('button', { name: 'Vernieuwen' })).toBeInTheDocument();
  });

  it("shows a group's tabs and licence cards in Dutch, with Dutch number grouping", async () => {
    const groupId = seededGroupId('E3 base services');
    await renderRoute(`/groups/${groupId}?tab=licenses`, { locale: 'nl-NL' });
    expect(await screen.findByRole('tab', { name: 'Overzicht' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Leden' })).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Toegewezen producten' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /^\d+ van \d+ serviceplannen aan · [\d.]+ van [\d.]+ licenties toegewezen$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Opnieuw verwerken' })).toBeInTheDocument();
  });
});
