import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { ADMIN, renderRoute } from '../../test/render-route';
import { useRuleDraftStore } from './rule-draft-store';

describe('New dynamic group', { timeout: 30_000 }, () => {
  it('opens with an empty rule as a hint, not a red error, until the admin writes one', async () => {
    useRuleDraftStore.setState({ drafts: {} });
    const { user } = await renderRoute('/groups', { account: ADMIN.groups });
    await user.click(await screen.findByRole('button', { name: 'New dynamic group' }));
    const dialog = await screen.findByRole('dialog', { name: 'New dynamic group' });
    const rule = within(dialog).getByRole('textbox', { name: 'Dynamic membership rule' });
    expect(rule).toHaveAttribute('aria-invalid', 'false');
    expect(within(dialog).queryByRole('list', { name: 'Rule problems' })).not.toBeInTheDocument();
    expect(within(dialog).queryByTestId('rule-error-mark')).not.toBeInTheDocument();
    expect(within(dialog).getByText(/^Write a membership rule/)).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('empty-rule');
    expect(within(dialog).getByRole('button', { name: 'Create' })).toBeDisabled();
  });

  it('creates a dynamic security group from a name and a rule, then opens its rule tab', async () => {
    useRuleDraftStore.setState({ drafts: {} });
    const { user, router } = await renderRoute('/groups', { account: ADMIN.groups });
    await user.click(await screen.findByRole('button', { name: 'New dynamic group' }));
    const dialog = await screen.findByRole('dialog', { name: 'New dynamic group' });
    await user.type(within(dialog).getByRole('textbox', { name: /Group name/ }), 'Sales people');
    expect(within(dialog).getByRole('textbox', { name: /Mail nickname/ })).toHaveValue(
      'Salespeople',
    );
    const create = within(dialog).getByRole('button', { name: 'Create' });
    expect(create).toBeDisabled();
    const rule = within(dialog).getByRole('textbox', { name: 'Dynamic membership rule' });
    await user.click(rule);
    await user.paste('user.department -eq "Sales"');
    await user.click(create);
    expect(await screen.findByText('Group created')).toBeInTheDocument();
    const { store } = testEmulator().emulator;
    const [id, extras] = [...store.groups].find(([, g]) => g.displayName === 'Sales people') ?? [];
    expect(extras?.groupTypes).toEqual(['DynamicMembership']);
    expect(store.tenant.group(id ?? '')?.membershipRule).toBe('user.department -eq "Sales"');
    expect(store.tenant.group(id ?? '')?.securityEnabled).toBe(true);
    expect(router.state.location.pathname).toBe(`/groups/${id ?? ''}`);
    expect(router.state.location.search).toEqual({ tab: 'rule' });
  });

  it('is refused to a License Administrator', async () => {
    await renderRoute('/groups', { account: ADMIN.license });
    expect(await screen.findByRole('button', { name: 'New dynamic group' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
