/** Live mode: Validate rules evaluates on the tenant copy, with the copy's age beside it. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { previewsOnTenantCopy } from '../../test/live-copy';
import { openRuleTab } from './rule-test-kit';

vi.setConfig({ testTimeout: 60_000 });

const refused = previewsOnTenantCopy();

describe('live mode: Validate rules on the tenant copy', () => {
  it('evaluates a picked user on the copy', async () => {
    const { user, id } = await openRuleTab('EMS licensed users');
    const { store } = testEmulator().emulator;
    const member = store.tenant.group(id)?.userMemberIds[0] ?? '';
    const name = store.tenant.profile(member)?.displayName ?? '';
    const validate = screen.getByRole('region', { name: 'Validate rules' });
    await screen.findByText(/^Tenant copy taken \d+ seconds? ago$/);
    await user.type(within(validate).getByRole('searchbox', { name: 'Search users' }), name);
    await user.click(
      await within(validate).findByRole('checkbox', { name: new RegExp(`^${name} \\(`) }),
    );
    await user.click(within(validate).getByRole('button', { name: 'Validate' }));
    const results = await within(validate).findByRole('list', { name: 'Validation results' });
    expect(within(results).getByRole('listitem', { name: `${name}: Member` })).toBeInTheDocument();
    expect(refused).toEqual([]);
  });
});
