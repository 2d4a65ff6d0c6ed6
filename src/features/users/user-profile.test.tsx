import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADMIN, renderRoute } from '../../test/render-route';
import { en } from '../../lib/i18n/messages/en';

const USAGE_LOCATION_HINT = en['users.location.hint'];
import { E3, seededStore, unlocatedUser } from '../../test/seed';

describe('User → Profile', () => {
  it('Assign says up front that the user has no usage location, links to Profile, and assigns once it is set', async () => {
    const userId = unlocatedUser(seededStore());
    const { user, router, emulator } = await renderRoute(`/users/${userId}?tab=licenses`, {
      account: ADMIN.license,
    });

    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    let dialog = await screen.findByRole('dialog', { name: /Assign license/ });
    // Before anything is chosen, not after Assign fails.
    expect(
      within(dialog).getByText(/ has no usage location\. A license can be assigned only/),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('combobox', { name: 'Product' }));
    await user.click(await screen.findByRole('option', { name: /^Office 365 E3 — / }));
    expect(within(dialog).getByRole('button', { name: 'Assign' })).toBeDisabled();
    expect(emulator.store.tenant.license(userId)?.assignedLicenses ?? []).toEqual([]);

    await user.click(within(dialog).getByRole('link', { name: /^Set the usage location of / }));
    await waitFor(() => {
      expect(router.state.location.search).toMatchObject({ tab: 'profile' });
    });
    expect(screen.getByText(USAGE_LOCATION_HINT)).toBeInTheDocument();
    expect(within(screen.getByLabelText('Profile')).getByText('Not set')).toBeInTheDocument();

    const picker = await screen.findByRole('combobox', { name: /Usage location/ });
    await user.type(picker, 'Germ');
    await user.click(await screen.findByRole('option', { name: 'Germany (DE)' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Usage location saved')).toBeInTheDocument();
    await waitFor(() => {
      expect(
        within(screen.getByLabelText('Profile')).getByText('Germany (DE)'),
      ).toBeInTheDocument();
    });
    expect(emulator.store.tenant.profile(userId)?.usageLocation).toBe('DE');

    await user.click(screen.getByRole('tab', { name: 'Licenses' }));
    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    dialog = await screen.findByRole('dialog', { name: /Assign license/ });
    await user.click(within(dialog).getByRole('combobox', { name: 'Product' }));
    await user.click(await screen.findByRole('option', { name: /^Office 365 E3 — / }));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('License assigned')).toBeInTheDocument();
    expect(emulator.store.tenant.license(userId)?.assignedLicenses.map((l) => l.skuId)).toEqual([
      E3,
    ]);
  }, 40_000);

  it('lets a Global Reader see the usage location but not change it', async () => {
    const userId = unlocatedUser(seededStore());
    await renderRoute(`/users/${userId}`, { account: ADMIN.globalReader });
    expect(await screen.findByText(USAGE_LOCATION_HINT)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('combobox', { name: /Usage location/ })).toBeDisabled();
  }, 30_000);

  it('names an unknown user plainly', async () => {
    await renderRoute('/users/00000000-0000-0000-0000-000000000000');
    expect(await screen.findByText('User not found')).toBeInTheDocument();
  });
});
