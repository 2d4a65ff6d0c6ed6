/**
 * Live mode: saving a change that reaches many users, previewed on a copy older than five minutes,
 * refreshes the copy first and shows the preview again on it; or saves on the old copy when the
 * admin says so.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { copyClock, holdCopyRefresh, previewsOnTenantCopy } from '../../test/live-copy';
import { openGroup } from './group-test-kit';

vi.setConfig({ testTimeout: 60_000 });

previewsOnTenantCopy();

async function toggleOnOldCopy() {
  copyClock.lag = 10 * 60_000;
  const view = await openGroup('E3 base services', 'licenses');
  const list = await screen.findByRole('list', { name: 'Service plans of Office 365 E3' });
  await view.user.click(within(list).getByRole('switch', { name: 'Yammer Enterprise' }));
  // The age shown is the wall clock now less the copy's date: ten minutes back reads as ten
  // whatever the load takes under a minute.
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
    const refresh = holdCopyRefresh();
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
    holdCopyRefresh();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Preview on an older copy' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Save on the copy taken 10 minutes ago' }),
    );
    await screen.findByText('License changes saved');
  });
});
