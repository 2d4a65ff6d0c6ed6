import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../engine';
import { graph } from '../../lib/graph/graph';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import { renderRoute } from '../../test/render-route';
import { E3, e3BaseOnlyUser, groupIdNamed, seededStore } from '../../test/seed';

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

  it("says in Dutch why a plan the user lost is off, never Graph's capabilityStatus", async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    const e3Base = groupIdNamed('E3 base services', store);
    const { user, queryClient, emulator } = await renderRoute(
      `/users/${userId}?tab=licenses&product=${E3}`,
      { locale: 'nl-NL' },
    );
    await screen.findByRole('table', { name: 'Serviceplannen van Office 365 E3' });
    // The group turns Exchange off, so the user loses it: Graph marks the plan Suspended.
    const exchange = catalog.plans.find((p) => p.servicePlanName === 'EXCHANGE_S_ENTERPRISE');
    const disabled =
      emulator.store.tenant.group(e3Base)?.assignedLicenses.find((l) => l.skuId === E3)
        ?.disabledPlans ?? [];
    await graph.post(`/groups/${e3Base}/assignLicense`, {
      addLicenses: [{ skuId: E3, disabledPlans: [...disabled, exchange?.servicePlanId ?? ''] }],
      removeLicenses: [],
    });
    await waitForProcessing();
    await queryClient.invalidateQueries();

    const name = exchange?.friendlyName ?? '';
    const plans = await screen.findByRole('table', { name: 'Serviceplannen van Office 365 E3' });
    const row = await waitFor(() => {
      const found = within(plans).getByRole('row', { name });
      expect(within(found).getByText('Onderbroken')).toBeInTheDocument();
      return found;
    });
    await user.click(within(row).getByRole('button', { name: `Waarom staat ${name} uit?` }));
    const why = await screen.findByRole(
      'dialog',
      { name: `Waarom ${name} uit staat` },
      { timeout: 5000 },
    );
    expect(
      within(why).getByText(
        'De kopie van dit plan van de gebruiker is onderbroken: de gegevens blijven 30 dagen bewaard.',
      ),
    ).toBeInTheDocument();
    expect(why).not.toHaveTextContent('Suspended');
  }, 30_000);
});
