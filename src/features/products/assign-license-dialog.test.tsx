import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
import { renderRoute } from '../../test/render-route';
import { createUser } from '../../test/control';
import { skuIdOf } from '../../test/seed';

const VISIO = skuIdOf('VISIOCLIENT');

describe('Assign a product', () => {
  it('assigns directly to a user with a usage location, with a toast, and the user appears in Licensed users', async () => {
    const { user } = await renderRoute(`/licenses/products/${VISIO}?tab=licensed-users`);
    await createUser('Quinn Located', 'quinn.located', 'US');

    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', { name: /^Assign Visio/ });
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search users' }), 'Quinn');
    await user.click(
      await within(dialog).findByRole('checkbox', {
        name: 'Quinn Located (quinn.located@contoso.com)',
      }),
    );
    expect(within(dialog).getByText(/^Service plans \((\d+) of \1 on\)$/)).toBeVisible();
    expect(within(dialog).getByText('1 user takes a seat of Visio Plan 2.')).toBeVisible();
    expect(
      within(dialog)
        .getAllByRole('switch')
        .every((toggle) => (toggle as HTMLInputElement).checked),
    ).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText('License assigned')).toBeVisible();
    expect(screen.getAllByText(/Quinn Located now has Visio/)[0]).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const grid = await screen.findByRole('grid', { name: 'Licensed users' });
    expect(
      await within(grid).findByRole('row', {
        name: /Quinn Located quinn\.located@contoso\.com Direct Active None/,
      }),
    ).toBeVisible();
  }, 60_000);

  it('says up front that a picked user has no usage location, links to it, and assigns the others', async () => {
    const { user, router } = await renderRoute(`/licenses/products/${VISIO}`);
    await createUser('Nolan Nowhere', 'nolan.nowhere', null);

    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search users' }), 'Nolan');
    await user.click(
      await within(dialog).findByRole('checkbox', {
        name: 'Nolan Nowhere (nolan.nowhere@contoso.com)',
      }),
    );

    expect(
      within(dialog).getByText(
        /^Nolan Nowhere has no usage location\. A license can be assigned only/,
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Assign' })).toBeDisabled();
    await user.click(
      within(dialog).getByRole('link', { name: 'Set the usage location of Nolan Nowhere' }),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/users\//);
    expect(router.state.location.search).toEqual({ tab: 'profile' });
  }, 60_000);
});
