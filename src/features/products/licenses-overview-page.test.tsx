import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 30_000 });
import { ADMIN, renderRoute } from '../../test/render-route';

describe('Licenses → Overview', () => {
  it('shows the seats of each product as a labelled bar with the numbers as text', async () => {
    await renderRoute('/licenses', { account: ADMIN.globalReader });

    const list = await screen.findByRole('list', { name: 'Seats per product' });
    const meter = within(list).getByRole('progressbar', { name: 'Office 365 E5' });
    expect(meter).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^[\d,]+ of 260 assigned, [\d,]+ available$/),
    );
    expect(
      within(list).getByText(/of 260 assigned, [\d,]+ available, 10 expiring soon/),
    ).toBeVisible();
    expect(within(list).getByRole('link', { name: 'Office 365 E5' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/licenses\/products\/[0-9a-f-]{36}$/),
    );
  });

  it('warns about groups with licence errors and leads to each of them', async () => {
    const { user, router } = await renderRoute('/licenses');

    const groups = await screen.findByRole('list', { name: 'Groups with license errors' });
    expect(screen.getByText(/groups have members with license errors/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'View groups with license errors' })).toHaveAttribute(
      'href',
      '/groups?filter=errors',
    );
    const audio = within(groups).getByRole('link', { name: 'Audio Conferencing users' });
    expect(within(groups).getByRole('link', { name: 'Kiosk users' })).toBeVisible();

    await user.click(audio);
    expect(router.state.location.pathname).toMatch(/^\/groups\/[0-9a-f-]{36}$/);
    expect(router.state.location.search).toEqual({ tab: 'licenses' });
  });

  it('shows no warning when no group has licence errors', async () => {
    await renderRoute('/licenses', { seed: 'empty' });

    expect(await screen.findByRole('heading', { name: 'No products yet' })).toBeVisible();
    expect(screen.queryByText(/license errors/)).not.toBeInTheDocument();
  });
});
