import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../engine';
import { graph } from '../../lib/graph/graph';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import { ADMIN, renderRoute } from '../../test/render-route';
import {
  E3,
  e3BaseOnlyUser,
  groupIdNamed,
  seededStore,
  unlocatedUser,
  userWithError,
} from '../../test/seed';

const plan = (name: string) =>
  catalog.plans.find((p) => p.servicePlanName === name)?.friendlyName ?? name;

describe('User → Licenses', () => {
  it('shows each product with its assignment paths and opens the plan view with sources', async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    const { user, router } = await renderRoute(`/users/${userId}?tab=licenses`);

    const table = await screen.findByRole('table', { name: 'Licenses' });
    expect(await within(table).findByText('Inherited (E3 base services)')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Office 365 E3' }));
    expect(router.state.location.search).toMatchObject({ tab: 'licenses', product: E3 });

    const plans = await screen.findByRole('table', { name: 'Service plans of Office 365 E3' });
    const exchange = within(plans).getByRole('row', { name: plan('EXCHANGE_S_ENTERPRISE') });
    expect(within(exchange).getByText('On')).toBeInTheDocument();
    expect(within(exchange).getByText('E3 base services')).toBeInTheDocument();
    const yammer = within(plans).getByRole('row', { name: plan('YAMMER_ENTERPRISE') });
    expect(within(yammer).getByText('Off')).toBeInTheDocument();

    await user.click(within(yammer).getByRole('button', { name: /^Why is .* off\?$/ }));
    // Tabster hides the popover from assistive technology (aria-hidden) for a moment while it
    // opens; wait for the dialog an admin's screen reader can reach, not for its text.
    const why = await screen.findByRole(
      'dialog',
      { name: 'Why Yammer Enterprise is off' },
      { timeout: 5000 },
    );
    expect(within(why).getByText('Disabled by: E3 base services')).toBeInTheDocument();
    expect(within(why).getByText('Enabled by: no source')).toBeInTheDocument();
  }, 30_000);

  it('lists the service plans of an opened product by name, so a plan is found where the admin expects it', async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    await renderRoute(`/users/${userId}?tab=licenses&product=${E3}`);

    const plans = await screen.findByRole('table', { name: 'Service plans of Office 365 E3' });
    const names = within(plans)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.getAttribute('aria-label') ?? '');
    expect(names).toHaveLength(catalog.product(E3)?.servicePlanIds.length ?? 0);
    expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y)));
  });

  it('refuses Remove on an inherited-only product and says where it comes from', async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    await renderRoute(`/users/${userId}?tab=licenses&product=${E3}`);
    const remove = await screen.findByRole('button', { name: 'Remove' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => {
      expect(remove).toHaveAccessibleDescription(
        "This license is inherited from E3 base services. Change the group's licenses instead.",
      );
    });
  });

  it('assigns E3 directly with only Yammer on; group plans are locked; removing it keeps the inherited plans', async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    const e3Base = groupIdNamed('E3 base services', store);
    const { user, emulator } = await renderRoute(`/users/${userId}?tab=licenses&product=${E3}`, {
      account: ADMIN.license,
    });

    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', { name: /Assign license/ });
    const plansGroup = within(dialog).getByRole('list', { name: 'Service plans' });
    const exchange = within(plansGroup).getByRole('switch', {
      name: plan('EXCHANGE_S_ENTERPRISE'),
    });
    expect(exchange).toBeChecked();
    expect(exchange).toBeDisabled();
    const e3BaseDisabled =
      emulator.store.tenant.group(e3Base)?.assignedLicenses.find((l) => l.skuId === E3)
        ?.disabledPlans.length ?? 0;
    const fromE3Base = (catalog.product(E3)?.servicePlanIds.length ?? 0) - e3BaseDisabled;
    expect(fromE3Base).toBeGreaterThan(0);
    expect(within(plansGroup).getAllByText('From group E3 base services')).toHaveLength(fromE3Base);
    for (const sw of within(plansGroup).getAllByRole('switch')) {
      const name = sw.getAttribute('id') ? (sw.closest('div')?.textContent ?? '') : '';
      if (
        !(sw as HTMLInputElement).disabled &&
        (sw as HTMLInputElement).checked &&
        !name.startsWith(plan('YAMMER_ENTERPRISE'))
      )
        await user.click(sw);
    }
    expect(
      within(plansGroup).getByRole('switch', { name: plan('YAMMER_ENTERPRISE') }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: /Assign license/ })).not.toBeInTheDocument();
    });

    const states = emulator.store.tenant.license(userId)?.licenseAssignmentStates ?? [];
    const direct = states.find((s) => s.skuId === E3 && s.assignedByGroup === null);
    const yammerId =
      catalog.plans.find((p) => p.servicePlanName === 'YAMMER_ENTERPRISE')?.servicePlanId ?? '';
    expect(direct?.disabledPlans).not.toContain(yammerId);
    expect(direct?.disabledPlans.length).toBe(
      (catalog.product(E3)?.servicePlanIds.length ?? 0) - 1,
    );

    const plans = await screen.findByRole('table', { name: 'Service plans of Office 365 E3' });
    await waitFor(() => {
      expect(
        within(within(plans).getByRole('row', { name: plan('YAMMER_ENTERPRISE') })).getByText(
          'Direct',
        ),
      ).toBeInTheDocument();
    });
    expect(
      within(within(plans).getByRole('row', { name: plan('EXCHANGE_S_ENTERPRISE') })).getByText(
        'E3 base services',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Licenses' })).getByText('Direct'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' }),
    );
    // Yammer came only from the direct licence: the user lost it, so its data is kept (Suspended).
    await waitFor(() => {
      expect(
        within(within(plans).getByRole('row', { name: plan('YAMMER_ENTERPRISE') })).getByText(
          'Suspended',
        ),
      ).toBeInTheDocument();
    });
    expect(
      within(within(plans).getByRole('row', { name: plan('EXCHANGE_S_ENTERPRISE') })).getByText(
        'On',
      ),
    ).toBeInTheDocument();
    expect(
      emulator.store.tenant.license(userId)?.licenseAssignmentStates.map((s) => s.assignedByGroup),
    ).toEqual([e3Base]);
  }, 30_000);

  it('explains a conflict in words, naming both plans', async () => {
    const store = seededStore();
    const userId = userWithError(store, 'MutuallyExclusiveViolation');
    await renderRoute(`/users/${userId}?tab=licenses`);
    expect(
      await screen.findByText(
        /Conflicting service plans: SharePoint .* conflicts with SharePoint .*/,
      ),
    ).toBeInTheDocument();
  });

  it('reprocesses the user and says so', async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    const { user } = await renderRoute(`/users/${userId}?tab=licenses`);
    await user.click(await screen.findByRole('button', { name: 'Reprocess' }));
    expect(await screen.findByText('Reprocessed')).toBeInTheDocument();
  });

  it('shows a plan the user lost as Suspended, unlike a plan never held, and lists the suspended plans', async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    const e3Base = groupIdNamed('E3 base services', store);
    const { queryClient, emulator } = await renderRoute(
      `/users/${userId}?tab=licenses&product=${E3}`,
    );
    await screen.findByRole('table', { name: 'Service plans of Office 365 E3' });
    expect(screen.queryByText('Suspended service plans')).not.toBeInTheDocument();

    // The group turns Exchange off, so its members lose it (LICENSING.md rule 9).
    const exchangeId =
      catalog.plans.find((p) => p.servicePlanName === 'EXCHANGE_S_ENTERPRISE')?.servicePlanId ?? '';
    const disabled =
      emulator.store.tenant.group(e3Base)?.assignedLicenses.find((l) => l.skuId === E3)
        ?.disabledPlans ?? [];
    await graph.post(`/groups/${e3Base}/assignLicense`, {
      addLicenses: [{ skuId: E3, disabledPlans: [...disabled, exchangeId] }],
      removeLicenses: [],
    });
    await waitForProcessing();
    await queryClient.invalidateQueries();

    const plans = await screen.findByRole('table', { name: 'Service plans of Office 365 E3' });
    await waitFor(() => {
      const exchange = within(plans).getByRole('row', { name: plan('EXCHANGE_S_ENTERPRISE') });
      expect(within(exchange).getByText('Suspended')).toBeInTheDocument();
    });
    const yammer = within(plans).getByRole('row', { name: plan('YAMMER_ENTERPRISE') });
    expect(within(yammer).getByText('Off')).toBeInTheDocument();
    const suspended = screen.getByRole('list', { name: 'Suspended service plans of this user' });
    expect(within(suspended).getByText(plan('EXCHANGE_S_ENTERPRISE'))).toBeInTheDocument();
    expect(
      screen.getByText(/This user lost 1 service plan\. Its data is kept for 30 days/),
    ).toBeInTheDocument();
  }, 30_000);

  it('refuses Reprocess on a user with no licence, saying why', async () => {
    const userId = unlocatedUser(seededStore());
    const { user } = await renderRoute(`/users/${userId}?tab=licenses`);
    const reprocess = await screen.findByRole('button', { name: 'Reprocess' });
    expect(reprocess).toHaveAttribute('aria-disabled', 'true');
    await user.hover(reprocess);
    expect(
      await screen.findByText(/ has no licenses, so there is nothing to reprocess\./),
    ).toBeInTheDocument();
  });

  it('keeps Assign visible but refused for a Global Reader', async () => {
    const store = seededStore();
    const userId = e3BaseOnlyUser(store);
    await renderRoute(`/users/${userId}?tab=licenses`, { account: ADMIN.globalReader });
    expect(await screen.findByRole('button', { name: 'Assign' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
