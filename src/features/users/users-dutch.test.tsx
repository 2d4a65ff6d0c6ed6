import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { e3BaseOnlyUser, seededStore } from '../../test/seed';

describe('Users in Dutch', () => {
  it('names the list, its filters, columns and states in Dutch, with Dutch number grouping', async () => {
    await renderRoute('/users', { locale: 'nl-NL' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Gebruikers' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('grid', { name: 'Gebruikers' });
    for (const header of ['Naam', 'Gebruikslocatie', 'Licenties', 'Status'])
      expect(within(table).getByRole('columnheader', { name: header })).toBeInTheDocument();
    expect(await within(table).findAllByText('Gelicentieerd')).not.toHaveLength(0);
    expect(await screen.findByText(/^[\d.]+ gebruikers gevonden$/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Weergeven' })).toHaveTextContent(
      'Alle gebruikers',
    );
  });

  it("shows a user's licences with Dutch assignment paths and plan states", async () => {
    const userId = e3BaseOnlyUser(seededStore());
    await renderRoute(`/users/${userId}?tab=licenses`, { locale: 'nl-NL' });
    const licenses = await screen.findByRole('table', { name: 'Licenties' });
    expect(
      within(licenses).getByRole('columnheader', { name: 'Toewijzingspaden' }),
    ).toBeInTheDocument();
    expect(await within(licenses).findByText('Overgenomen (E3 base services)')).toBeInTheDocument();
    expect(within(licenses).getByText('Actief')).toBeInTheDocument();
    expect(screen.getByRole('toolbar', { name: 'Licentieopdrachten' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Profiel' })).toBeInTheDocument();
  });
});
