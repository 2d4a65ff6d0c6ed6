/** Live mode: the Licenses tab previews a plan toggle on the tenant copy, with the copy's age. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { previewsOnTenantCopy } from '../../test/live-copy';
import { openGroup } from './group-test-kit';

vi.setConfig({ testTimeout: 60_000 });

const refused = previewsOnTenantCopy();

describe('live mode: licence previews on the tenant copy', () => {
  it('a plan toggle is previewed on the copy, with the copy age beside it', async () => {
    const { user } = await openGroup('E3 base services', 'licenses');
    const list = await screen.findByRole('list', { name: 'Service plans of Office 365 E3' });
    await user.click(within(list).getByRole('switch', { name: 'Yammer Enterprise' }));
    await screen.findByText(/^Tenant copy taken \d+ seconds? ago$/);
    const preview = await screen.findByRole('group', { name: 'Impact of your changes' });
    await within(preview).findByText(/^[\d,]+ users gain Yammer Enterprise/);
    expect(screen.getByRole('button', { name: 'Refresh copy' })).toBeEnabled();
    expect(refused).toEqual([]);
  });
});
