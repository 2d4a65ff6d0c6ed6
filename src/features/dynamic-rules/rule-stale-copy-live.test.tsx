/**
 * Live mode: saving a rule change that reaches many users, previewed on a copy older than five
 * minutes, refreshes the copy first and shows the rule's preview on the fresh copy; or goes on as
 * previewed when the admin says so. The copy's age line is beside the rule's impact preview.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { copyClock, holdCopyRefresh, previewsOnTenantCopy } from '../../test/live-copy';
import { ADMIN } from '../../test/render-route';
import { expectedImpact, openRuleTab } from './rule-test-kit';

vi.setConfig({ testTimeout: 60_000 });

const refused = previewsOnTenantCopy();

const RULE = '(user.extensionAttribute1 -contains "EMS") -and (user.department -eq "Sales")';

/** The rule tab on a copy taken ten minutes ago, the narrower rule typed in. */
async function ruleOnOldCopy() {
  copyClock.lag = 10 * 60_000;
  const view = await openRuleTab('EMS licensed users', ADMIN.groups);
  const expected = expectedImpact(view.id, RULE);
  // More than a few users move: the refresh before confirming applies.
  expect(expected.left.length + expected.joined.length).toBeGreaterThan(10);
  await screen.findByText('Tenant copy taken 10 minutes ago');
  copyClock.lag = 0;
  await view.user.clear(view.editor);
  await view.user.click(view.editor);
  await view.user.paste(RULE);
  return { ...view, expected };
}

describe('live mode: a rule change on an old copy', () => {
  it('shows the copy’s age beside the rule’s impact preview', async () => {
    const { user, expected } = await ruleOnOldCopy();
    await user.click(screen.getByRole('button', { name: 'Preview impact' }));
    const preview = await screen.findByRole('region', { name: 'Impact preview' });
    expect(
      within(preview).getByText(`${String(expected.left.length)} users leave`),
    ).toBeInTheDocument();
    // One age line on the tab, right above the preview (and Validate rules below it).
    const ages = screen
      .getAllByRole('status')
      .filter((s) => s.textContent.startsWith('Tenant copy'));
    expect(ages).toHaveLength(1);
    const [age] = ages;
    expect(age).toHaveTextContent('Tenant copy taken 10 minutes ago');
    expect(age?.compareDocumentPosition(preview)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(
      age?.compareDocumentPosition(screen.getByRole('region', { name: 'Validate rules' })),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(refused).toEqual([]);
  });

  it('Save refreshes the copy first; the rule’s preview then shows on the fresh copy, nothing saved', async () => {
    const { user, id, expected } = await ruleOnOldCopy();
    const refresh = holdCopyRefresh();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Preview on an older copy' });
    const reach = Math.max(expected.left.length + expected.joined.length, expected.users.length);
    expect(dialog).toHaveTextContent(`This change reaches ${reach.toLocaleString('en-US')} users`);
    refresh.release();
    await screen.findByText(/^Tenant copy taken \d+ seconds? ago$/);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const preview = await screen.findByRole('region', { name: 'Impact preview' });
    expect(
      within(preview).getByText(`${String(expected.left.length)} users leave`),
    ).toBeInTheDocument();
    expect(screen.queryByText('Membership rule saved')).toBeNull();
    expect(testEmulator().emulator.store.tenant.group(id)?.membershipRule).not.toBe(RULE);
    expect(refused).toEqual([]);
  });

  it('or goes on with the old copy: the licences lost are asked about, then the rule is saved', async () => {
    const { user, id } = await ruleOnOldCopy();
    holdCopyRefresh();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Preview on an older copy' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Save on the copy taken 10 minutes ago' }),
    );
    const losing = await screen.findByRole('alertdialog', { name: 'Save membership rule?' });
    await user.click(within(losing).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Membership rule saved')).toBeInTheDocument();
    expect(testEmulator().emulator.store.tenant.group(id)?.membershipRule).toBe(RULE);
  });
});
