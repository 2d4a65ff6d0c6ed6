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
    await user.click(
      within(dialog).getByRole('button', { name: /^Service plans \((\d+) of \1 on\)$/ }),
    );
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

  it('shows the Graph error in words when the user has no usage location', async () => {
    const { user } = await renderRoute(`/licenses/products/${VISIO}`);
    await createUser('Nolan Nowhere', 'nolan.nowhere', null);

    await user.click(await screen.findByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search users' }), 'Nolan');
    await user.click(
      await within(dialog).findByRole('checkbox', {
        name: 'Nolan Nowhere (nolan.nowhere@contoso.com)',
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not assign the license');
    expect(alert).toHaveTextContent(
      'Nolan Nowhere: License assignment cannot be done for user with invalid usage location.',
    );
  }, 60_000);
});
