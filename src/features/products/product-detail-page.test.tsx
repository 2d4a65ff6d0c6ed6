import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
import { ADMIN, renderRoute } from '../../test/render-route';
import { addServicePlan } from '../../test/control';
import { skuIdOf } from '../../test/seed';

const E3 = skuIdOf('ENTERPRISEPACK');
const NEW_PLAN = '0f1e2d3c-4b5a-4697-8877-665544332211';

describe('Product → Service plans', () => {
  it('lists each plan by friendly name and plan name', async () => {
    await renderRoute(`/licenses/products/${E3}?tab=service-plans`);

    const table = await screen.findByRole('table', { name: 'Service plans' });
    const exchange = within(table).getByRole('row', { name: /EXCHANGE_S_ENTERPRISE/ });
    expect(exchange).toHaveTextContent(/Exchange Online \(Plan 2\)/);
    expect(within(table).queryByText('New')).not.toBeInTheDocument();
  });

  it('marks a plan added after purchase as New and lists the groups where it got enabled', async () => {
    const { user, router } = await renderRoute(`/licenses/products/${E3}?tab=service-plans`);
    await addServicePlan(E3, NEW_PLAN, 'COPILOT_PREVIEW');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    const table = await screen.findByRole('table', { name: 'Service plans' });
    const row = await within(table).findByRole('row', { name: /COPILOT_PREVIEW/ });
    expect(within(row).getByText('New')).toBeVisible();
    expect(
      screen.getByText(/1 service plan was added to this product after purchase/),
    ).toBeVisible();
    const links = within(row)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(links).toEqual(
      expect.arrayContaining([
        'E3 base services',
        'E3 extended services',
        'Audio Conferencing users',
      ]),
    );

    await user.click(within(row).getByRole('link', { name: 'E3 base services' }));
    expect(router.state.location.pathname).toMatch(/^\/groups\/[0-9a-f-]{36}$/);
    expect(router.state.location.search).toEqual({ tab: 'licenses' });
  });

  it('lists plans added after purchase first, where the admin reviews them', async () => {
    const { user } = await renderRoute(`/licenses/products/${E3}?tab=service-plans`);
    await addServicePlan(E3, NEW_PLAN, 'COPILOT_PREVIEW');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));

    const table = await screen.findByRole('table', { name: 'Service plans' });
    await within(table).findByRole('row', { name: /COPILOT_PREVIEW/ });
    const firstPlan = within(table).getAllByRole('row')[1];
    expect(firstPlan).toHaveAccessibleName(/^COPILOT_PREVIEW New COPILOT_PREVIEW/);
    expect(screen.getByText(/It is listed first, with the groups that have it on/)).toBeVisible();
  });
});

describe('Product → Licensed groups', () => {
  it('shows each group assigning the product with its processing state and members in error', async () => {
    await renderRoute(`/licenses/products/${skuIdOf('MCOMEETADV')}?tab=licensed-groups`);

    const table = await screen.findByRole('table', { name: 'Licensed groups' });
    const row = within(table).getByRole('row', { name: /Audio Conferencing users/ });
    expect(row).toHaveTextContent('Processing complete');
    expect(await within(row).findByText('15 users')).toBeVisible();
  });
});

describe('Product toolbar for a reader', () => {
  it('keeps Assign visible but disabled, naming the roles that may assign', async () => {
    const { user } = await renderRoute(`/licenses/products/${E3}`, { account: ADMIN.globalReader });

    const assign = await screen.findByRole('button', { name: 'Assign' });
    expect(assign).toHaveAttribute('aria-disabled', 'true');
    await user.hover(assign);
    await waitFor(() => {
      expect(assign).toHaveAccessibleDescription(
        'Requires Global Administrator, License Administrator, User Administrator or Groups Administrator. You are signed in as Global Reader.',
      );
    });
    expect(screen.getByRole('progressbar', { name: 'Seats' })).toBeVisible();
  });
});
