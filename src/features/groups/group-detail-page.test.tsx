import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ADMIN } from '../../test/render-route';
import { openGroup } from './group-test-kit';

vi.setConfig({ testTimeout: 30_000 });

const open = openGroup;

describe('Group blade', () => {
  it('shows the overview of a dynamic group: type, membership, rule and processing states', async () => {
    await open('EMS licensed users');
    const list = screen.getByLabelText('Group properties');
    expect(list).toHaveTextContent('Security');
    expect(list).toHaveTextContent('Dynamic');
    expect(list).toHaveTextContent('user.extensionAttribute1 -contains "EMS"');
    expect(list).toHaveTextContent('Rule processing stateOn');
    expect(list).toHaveTextContent('Enterprise Mobility + Security');
    expect(list).toHaveTextContent('Processing complete');
  });

  it('keeps the tab in the URL', async () => {
    const { user, router } = await open('E3 base services');
    await user.click(screen.getByRole('tab', { name: 'Members' }));
    expect(router.state.location.search).toEqual({ tab: 'members' });
    expect(await screen.findByRole('grid', { name: 'Members' })).toBeInTheDocument();
  });

  it('adds and removes members of an assigned group', async () => {
    const { user } = await open('Finance leadership', 'members');
    const grid = await screen.findByRole('grid', { name: 'Members' });
    const before = within(grid).getAllByRole('row').length;
    await user.click(screen.getByRole('button', { name: 'Add members' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add members' });
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search users' }), 'a');
    const candidates = await within(dialog).findAllByRole('checkbox');
    const free = candidates.find((c) => !c.hasAttribute('disabled'));
    if (!free) throw new Error('no candidate');
    await user.click(free);
    await user.click(within(dialog).getByRole('button', { name: /^Add \(1\)/ }));
    expect(await screen.findByText('Members added')).toBeInTheDocument();
    await waitFor(() => {
      expect(
        within(screen.getByRole('grid', { name: 'Members' })).getAllByRole('row'),
      ).toHaveLength(before + 1);
    });
    const rowsNow = within(screen.getByRole('grid', { name: 'Members' })).getAllByRole('row');

    const removeButton = within(rowsNow[1] ?? grid).getByRole('button', { name: /^Remove / });
    await user.click(removeButton);
    await user.click(
      within(await screen.findByRole('alertdialog', { name: 'Remove member' })).getByRole(
        'button',
        { name: 'Remove' },
      ),
    );
    expect(await screen.findByText('Member removed')).toBeInTheDocument();
  });

  it("shows a dynamic group's members read-only with the rule", async () => {
    await open('EMS licensed users', 'members');
    expect(await screen.findByText('Dynamic membership')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add members' })).not.toBeInTheDocument();
    const grid = await screen.findByRole('grid', { name: 'Members' });
    expect(within(grid).queryByRole('button', { name: /^Remove / })).not.toBeInTheDocument();
  });

  it("warns that nested groups' members don't get the licenses, naming the nested group as unlicensed", async () => {
    await open('Finance - Power BI', 'members');
    const warning = await screen.findByText(
      /^Members of the nested group Finance leadership don't get this group's licenses\./,
    );
    // The nested group's name is never put where it reads as the licensed ones.
    expect(warning).not.toHaveTextContent('licensed (Finance leadership)');
  });

  it('gates Add members for a Global Reader', async () => {
    await open('Finance leadership', 'members', ADMIN.globalReader);
    expect(await screen.findByRole('button', { name: 'Add members' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
