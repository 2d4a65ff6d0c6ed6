import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';

/** A list cell's Dutch date and time: day-month-year, 24-hour clock; the header says UTC. */
const DUTCH_DATE_TIME = /^\d{2}-\d{2}-\d{4},? \d{2}:\d{2}:\d{2}/;

describe('Audit logs in Dutch', { timeout: 60_000 }, () => {
  it('names the blade, its filters, columns and statuses in Dutch, dates as Dutch dates; activities stay as Graph sends them', async () => {
    const { user } = await renderRoute('/audit?activity=Set%20group%20license', {
      locale: 'nl-NL',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Controlelogboeken' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('grid', { name: 'Controlelogboeken' });
    for (const header of [
      'Datum (UTC)',
      'Service',
      'Categorie',
      'Activiteit',
      'Status',
      'Doel(en)',
      'Gestart door',
    ])
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    const [first] = within(table).getAllByRole('row').slice(1);
    expect(first?.textContent).toMatch(DUTCH_DATE_TIME);
    expect(first).toHaveTextContent('Set group license');
    expect(first).toHaveTextContent('Geslaagd');
    expect(screen.getByRole('status')).toHaveTextContent(/vermelding(en)? geladen/);
    const filters = screen.getByRole('search', { name: 'Filters voor controlelogboeken' });
    expect(within(filters).getByText('Tot en met')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV downloaden' })).toBeInTheDocument();

    await user.click(first as HTMLElement);
    const details = await screen.findByRole('dialog', { name: 'Details van controlelogboek' });
    expect(await within(details).findByText('Gestart door')).toBeInTheDocument();
    expect(within(details).getByText('Verwerkingsronde bekijken')).toBeInTheDocument();
    expect(
      within(details).getByRole('heading', { name: 'Gewijzigde eigenschappen' }),
    ).toBeInTheDocument();
  });
});
