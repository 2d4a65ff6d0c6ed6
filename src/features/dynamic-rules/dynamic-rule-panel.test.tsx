import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { ADMIN } from '../../test/render-route';
import { expectedImpact, openRuleTab } from './rule-test-kit';

const EMS_RULE = '(user.extensionAttribute1 -contains "EMS") -and (user.accountEnabled -eq true)';
const EMS_E3 = 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e';
const NARROWER = '(user.extensionAttribute1 -contains "EMS") -and (user.department -eq "Sales")';

describe('Dynamic membership rules tab', { timeout: 30_000 }, () => {
  it('shows the saved rule, its processing state and that it is valid', async () => {
    const { editor } = await openRuleTab('EMS licensed users');
    expect(editor).toHaveValue(EMS_RULE);
    expect(screen.getByText('Membership processing:')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The rule is valid.');
    expect(
      screen.getByLabelText(`${String(EMS_RULE.length)} of 3,072 characters`),
    ).toHaveTextContent(`${String(EMS_RULE.length)} / 3,072`);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('lists problems in words (never the internal code) with their 1-based position, and underlines them', async () => {
    const { user, editor } = await openRuleTab('EMS licensed users');
    await user.clear(editor);
    await user.click(editor);
    await user.paste('user.department -eq "Sales" -and user.nosuchthing -eq "x"');
    // On a slow machine the cleared editor's "Enter a membership rule." can show first; wait for the pasted rule's problem.
    const firstProblem = () =>
      within(screen.getByRole('list', { name: 'Rule problems' })).getAllByRole('listitem')[0];
    await waitFor(() => {
      expect(firstProblem()).toHaveTextContent(/nosuchthing/);
    });
    expect(firstProblem()).toHaveTextContent(
      'Attribute not supported: user.nosuchthing. (characters 34–49)',
    );
    expect(firstProblem()).not.toHaveTextContent('unknown-attribute');
    expect(editor).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getAllByTestId('rule-error-mark')[0]).toHaveTextContent('user.nosuchthing');
    // The toolbar checks the same rule on its own short delay.
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    });
  });

  it('says where a problem is in one convention: 1-based characters, in the message and after it', async () => {
    const { user, editor } = await openRuleTab('EMS licensed users');
    await user.clear(editor);
    await user.click(editor);
    await user.paste('user.city -eq "a" -and (user.city -eq "b"');
    const problems = await screen.findByRole('list', { name: 'Rule problems' });
    await waitFor(() => {
      expect(within(problems).getAllByRole('listitem')[0]).toHaveTextContent(
        "The '(' at character 24 is never closed: add ')'. (character 24)",
      );
    });
  });

  it('accepting a suggestion with Tab leaves one space before the next word, even when the admin types one', async () => {
    const { user, editor } = await openRuleTab('EMS licensed users');
    await user.clear(editor);
    await user.type(editor, 'user.depa');
    await screen.findByRole('listbox', { name: 'Suggestions' });
    await user.keyboard('{Tab}');
    expect(editor).toHaveValue('user.department ');
    expect(editor).toHaveFocus();
    // The operators are offered at once; a space out of habit is absorbed.
    expect(await screen.findByRole('listbox', { name: 'Suggestions' })).toHaveTextContent('-eq');
    await user.keyboard(' -e');
    expect(editor).toHaveValue('user.department -e');
    await user.keyboard('{Tab}');
    expect(editor).toHaveValue('user.department -eq ');
  });

  it('suggests properties and operators from the property table; arrows, Enter and Escape work', async () => {
    const { user, editor } = await openRuleTab('EMS licensed users');
    await user.clear(editor);
    await user.type(editor, 'user.depa');
    const listbox = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(within(listbox).getByRole('option', { name: /user\.department/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(editor).toHaveValue('user.department ');
    await user.type(editor, '-e');
    const operators = await screen.findByRole('listbox', { name: 'Suggestions' });
    const labels = within(operators)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(labels.some((l) => l.startsWith('-eq'))).toBe(true);
    await user.keyboard('{ArrowDown}');
    expect(within(operators).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: 'Suggestions' })).not.toBeInTheDocument();
  });

  it('validates the rule for chosen users: member or not, with each expression ✓ or ✗', async () => {
    const { user, id } = await openRuleTab('EMS licensed users');
    const { store } = testEmulator().emulator;
    const memberId = [...(store.tenant.group(id)?.userMemberIds ?? [])][0] ?? '';
    const name = store.tenant.profile(memberId)?.displayName ?? '';
    const validate = screen.getByRole('region', { name: 'Validate rules' });
    await user.type(within(validate).getByRole('searchbox', { name: 'Search users' }), name);
    await user.click(
      await within(validate).findByRole('checkbox', { name: new RegExp(`^${name} \\(`) }),
    );
    expect(screen.getByLabelText('Users to validate')).toHaveTextContent(name);
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    const results = await screen.findByRole('list', { name: 'Validation results' });
    expect(within(results).getByRole('listitem', { name: `${name}: Member` })).toBeInTheDocument();
    const tree = within(results).getByRole('list', { name: `Rule results for ${name}` });
    const root = within(tree).getByRole('listitem', { name: `True: ${EMS_RULE}` });
    // Each sub-expression (Graph's expressionEvaluationDetails) is nested under the rule, without its parentheses.
    const children = within(root).getAllByRole('listitem');
    expect(children.map((c) => c.getAttribute('aria-label'))).toEqual([
      'True: user.extensionAttribute1 -contains "EMS"',
      'True: user.accountEnabled -eq true',
    ]);
    const attribute = store.tenant.profile(memberId)?.extensionAttributes.extensionAttribute1 ?? '';
    expect(attribute).toContain('EMS');
    expect(children[0]).toHaveTextContent(`(extensionAttribute1 is "${attribute}")`);
    expect(children[1]).toHaveTextContent('(accountEnabled is "true")');
  });

  it('previews the draft: exactly the users who leave, with the licenses they lose by name and the seats freed', async () => {
    const { user, editor, id } = await openRuleTab('EMS licensed users');
    const expected = expectedImpact(id, NARROWER);
    expect(expected.left.length).toBeGreaterThan(0);
    await user.clear(editor);
    await user.click(editor);
    await user.paste(NARROWER);
    await user.click(screen.getByRole('button', { name: 'Preview impact' }));
    const preview = await screen.findByRole('region', { name: 'Impact preview' });
    expect(
      within(preview).getByText(`${String(expected.left.length)} users leave`),
    ).toBeInTheDocument();
    expect(
      within(preview).getByText(`${String(expected.joined.length)} users join`),
    ).toBeInTheDocument();
    const rows = within(within(preview).getByRole('table', { name: 'Users affected' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(
      Math.min(
        100,
        new Set([...expected.left, ...expected.joined, ...expected.users.map((u) => u.userId)])
          .size,
      ),
    );
    expect(rows.filter((r) => r.textContent.includes('Leaves'))).toHaveLength(
      Math.min(100, expected.left.length),
    );
    // Every shown user who loses the EMS seat leaves and reads the product by name (which users
    // come first follows member order, so the rows are matched by name, not by position).
    const { store } = testEmulator().emulator;
    const emsLosers = expected.users
      .filter((u) => u.lostSkus.includes(EMS_E3))
      .map((u) => store.tenant.profile(u.userId)?.displayName ?? u.userId);
    const shown = rows.filter((r) => emsLosers.some((name) => r.textContent.startsWith(name)));
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) {
      expect(row).toHaveTextContent('Leaves');
      expect(row).toHaveTextContent('Enterprise Mobility + Security');
    }
    expect(within(preview).getByRole('list', { name: 'Seat changes' })).toHaveTextContent(
      `Enterprise Mobility + Security E3: ${String(expected.seatDelta[EMS_E3] ?? 0)} seats`,
    );
  });

  it('asks before saving a rule that removes licenses, stating how many users lose them, then saves', async () => {
    const { user, editor, id } = await openRuleTab('EMS licensed users', ADMIN.groups);
    const losing = expectedImpact(id, NARROWER).users.filter(
      (u) => u.lostSkus.length + u.lostPlans.length > 0,
    ).length;
    await user.clear(editor);
    await user.click(editor);
    await user.paste(NARROWER);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Save membership rule?' });
    expect(dialog).toHaveTextContent(`${String(losing)} users will lose licenses`);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Membership rule saved')).toBeInTheDocument();
    expect(testEmulator().emulator.store.tenant.group(id)?.membershipRule).toBe(NARROWER);
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Rule syntax' })).toHaveValue(NARROWER);
    });
  });

  it('cancelling the confirmation keeps the saved rule and the draft', async () => {
    const { user, editor, id } = await openRuleTab('EMS licensed users');
    await user.clear(editor);
    await user.click(editor);
    await user.paste(NARROWER);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Save membership rule?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(testEmulator().emulator.store.tenant.group(id)?.membershipRule).toBe(EMS_RULE);
    expect(editor).toHaveValue(NARROWER);
  });

  it('pauses and resumes processing', async () => {
    const { user, id } = await openRuleTab('E5 base services');
    await user.click(screen.getByRole('button', { name: 'Pause processing' }));
    expect(await screen.findByText('Processing paused')).toBeInTheDocument();
    expect(testEmulator().emulator.store.tenant.group(id)?.paused).toBe(true);
    await user.click(await screen.findByRole('button', { name: 'Resume processing' }));
    expect(await screen.findByText('Processing resumed')).toBeInTheDocument();
    expect(testEmulator().emulator.store.tenant.group(id)?.paused).toBe(false);
  });

  it('a Global Reader sees Save and Pause processing refused with the roles that may', async () => {
    await openRuleTab('EMS licensed users', ADMIN.globalReader);
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-disabled', 'true');
    const pause = screen.getByRole('button', { name: 'Pause processing' });
    expect(pause).toHaveAttribute('aria-disabled', 'true');
    expect(pause).toHaveAccessibleDescription(
      /Requires Global Administrator or Groups Administrator/,
    );
  });
});
