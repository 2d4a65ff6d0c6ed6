import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { holdRequests } from '../../test/hold-requests';
import { renderRoute } from '../../test/render-route';
import { skuIdOf } from '../../test/seed';

const E3 = skuIdOf('ENTERPRISEPACK');

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Product → Licensed users', () => {
  it('shows each user with assignment paths resolved to group names, page by page', async () => {
    const { user, emulator } = await renderRoute(`/licenses/products/${E3}?tab=licensed-users`);

    const grid = await screen.findByRole('grid', { name: 'Licensed users' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['User', 'UPN', 'Assignment paths', 'State', 'Error']);
    expect(
      within(grid).getAllByText(/^Inherited \(E3 base services(, E3 extended services)?\)$/).length,
    ).toBeGreaterThan(0);
    expect(within(grid).queryByText(/[0-9a-f]{8}-[0-9a-f]{4}-/)).not.toBeInTheDocument();
    // The total is Graph's count of every licensed user, not the size of the page shown.
    const total = emulator.store.tenant
      .userIds()
      .filter((id) =>
        emulator.store.tenant.license(id)?.assignedLicenses.some((l) => l.skuId === E3),
      ).length;
    expect(total).toBeGreaterThan(200);
    const all = total.toLocaleString('en-US');
    expect(screen.getByText(`100 of ${all} users shown`)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText(`200 of ${all} users shown`)).toBeVisible();
  }, 30_000);

  it('downloads Licensed users as CSV with paths, state and error', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:licensed-users';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderRoute(
      `/licenses/products/${skuIdOf('MCOMEETADV')}?tab=licensed-users`,
    );

    await user.click(await screen.findByRole('button', { name: 'Download' }));

    expect(await screen.findByText('Download ready')).toBeVisible();
    await waitFor(() => {
      expect(blob).toBeDefined();
    });
    const lines = (await (blob as Blob).text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('User,UPN,Product,Assignment paths,State,Error');
    expect(lines).toHaveLength(41);
    expect(lines[1]).toMatch(
      /^[^,]+,[^,]+@contoso\.com,Microsoft 365 Audio Conferencing,Inherited \(Audio Conferencing users\),Active,$/,
    );
  });

  it('searches at the keystroke when nothing is loading, and once typing pauses while a read is on its way', async () => {
    const { user } = await renderRoute(`/licenses/products/${E3}?tab=licensed-users`);
    await screen.findByText(/^100 of [\d,]+ users shown$/);
    const reads = holdRequests('get', '/users');
    try {
      await user.type(screen.getByRole('searchbox', { name: 'Search licensed users' }), 'Alex');
      // "A" at once (no timer has run yet); "Al" and "Ale" waited behind it and were typed past.
      await waitFor(() => {
        expect(reads.urls.map((url) => url.searchParams.get('$search'))).toEqual([
          '"displayName:A"',
          '"displayName:Alex"',
        ]);
      });
    } finally {
      reads.release();
      testEmulator().server.resetHandlers();
    }
    expect(await screen.findByText(/users? shown$/)).toBeVisible();
  }, 30_000);
});
