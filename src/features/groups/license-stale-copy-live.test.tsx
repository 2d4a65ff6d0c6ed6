/**
 * Live mode: saving a change that reaches many users, previewed on a copy older than five minutes,
 * refreshes the copy first and shows the preview again on it; or saves on the old copy when the
 * admin says so.
 */
import { screen, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { copyClock, previewsOnTenantCopy } from '../../test/live-copy';
import { openGroup } from './group-test-kit';

vi.setConfig({ testTimeout: 60_000 });

previewsOnTenantCopy();

/** Holds the copy's refresh (its `users/delta` read) until released. */
function holdRefresh() {
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  testEmulator().server.use(
    http.get('https://graph.microsoft.com/v1.0/users/delta', async () => {
      await held;
    }),
  );
  return { release };
}

async function toggleOnOldCopy() {
  copyClock.lag = 10.5 * 60_000;
  const view = await openGroup('E3 base services', 'licenses');
  const list = await screen.findByRole('list', { name: 'Service plans of Office 365 E3' });
  await view.user.click(within(list).getByRole('switch', { name: 'Yammer Enterprise' }));
  // The age shown is read against the time the status line mounted, a little before the load
  // began: ten and a half minutes back reads as ten whatever the load takes under half a minute.
  await screen.findByText('Tenant copy taken 10 minutes ago');
  const preview = await screen.findByRole('group', { name: 'Impact of your changes' });
  await within(preview).findByText(/^[\d,]+ users gain Yammer Enterprise/);
  // From now on the service dates copies by the wall clock: a refresh is fresh.
  copyClock.lag = 0;
  return view;
}

describe('live mode: a refresh before confirming on an old copy', () => {
  it('Save refreshes the copy first, and the preview shows again on the fresh copy', async () => {
    const { user } = await toggleOnOldCopy();
    const refresh = holdRefresh();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Preview on an older copy' });
    expect(dialog).toHaveTextContent(/This change reaches [\d,]+ users/);
    refresh.release();
    await screen.findByText(/^Tenant copy taken \d+ seconds? ago$/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Nothing saved yet: the change waits for the admin, under the preview on the fresh copy.
    expect(screen.queryByText('License changes saved')).toBeNull();
    await screen.findByRole('region', { name: 'Unsaved changes' });
    const preview = await screen.findByRole('group', { name: 'Impact of your changes' });
    await within(preview).findByText(/^[\d,]+ users gain Yammer Enterprise/);
  });

  it('or saves on the old copy when the admin says so', async () => {
    const { user } = await toggleOnOldCopy();
    holdRefresh();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Preview on an older copy' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Save on the copy taken 10 minutes ago' }),
    );
    await screen.findByText('License changes saved');
  });
});
