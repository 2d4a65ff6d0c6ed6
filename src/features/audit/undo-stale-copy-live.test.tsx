/**
 * Live mode: Undo of a group licence change that reaches many users, previewed on a copy older
 * than five minutes, refreshes the copy first and shows the reversal's preview on the fresh copy;
 * or undoes as previewed when the admin says so. The same guard as the group's Save.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import { groupLicenses, OFFICE_E3 as E3, setE3Plans } from '../../test/control';
import { copyClock, holdCopyRefresh, previewsOnTenantCopy } from '../../test/live-copy';
import { groupIdNamed } from '../../test/seed';
import { latestRecord, openUndo, startAudit } from './undo-test-kit';

vi.setConfig({ testTimeout: 90_000 });

const refused = previewsOnTenantCopy();

const SET = 'Set group license';

/** Yammer turned on for E3 base services through Graph; the Undo of it opened on a 10-minute-old copy. */
async function undoOnOldCopy() {
  const rendered = await startAudit();
  const groupId = groupIdNamed('E3 base services');
  const skus = await graph.get<{
    value: { skuId: string; servicePlans: { servicePlanId: string; servicePlanName: string }[] }[];
  }>('/subscribedSkus');
  const yammer = skus.value
    .find((s) => s.skuId === E3)
    ?.servicePlans.find((p) => p.servicePlanName === 'YAMMER_ENTERPRISE')?.servicePlanId;
  const before = await groupLicenses(groupId);
  const disabled = before.find((l) => l.skuId === E3)?.disabledPlans ?? [];
  expect(disabled).toContain(yammer);
  await setE3Plans(
    groupId,
    disabled.filter((id) => id !== yammer),
  );
  await waitForProcessing();
  const record = await latestRecord(SET, groupId);
  copyClock.lag = 10 * 60_000;
  const dialog = await openUndo(rendered, record, SET);
  await within(dialog).findByText('Tenant copy taken 10 minutes ago');
  const impact = await within(dialog).findByRole('group', { name: 'Impact of your changes' });
  await within(impact).findByText(/^[\d,]+ users lose Yammer Enterprise/);
  copyClock.lag = 0;
  return { rendered, dialog, groupId, before };
}

describe('live mode: Undo on an old copy', () => {
  it('Undo change refreshes the copy first; the reversal’s preview then shows on the fresh copy, nothing undone', async () => {
    const { rendered, dialog, groupId } = await undoOnOldCopy();
    const changed = await groupLicenses(groupId);
    const refresh = holdCopyRefresh();
    await rendered.user.click(within(dialog).getByRole('button', { name: 'Undo change' }));
    const question = await screen.findByRole('alertdialog', { name: 'Preview on an older copy' });
    expect(question).toHaveTextContent(/Undoing this change reaches [\d,]+ users/);
    refresh.release();
    await within(dialog).findByText(/^Tenant copy taken \d+ seconds? ago$/);
    await waitFor(() => {
      expect(screen.queryByRole('alertdialog', { name: 'Preview on an older copy' })).toBeNull();
    });
    // The Undo dialog is the admin's again once the question has closed (not hidden from assistive
    // technology by the question's modal layer), with its preview on the fresh copy.
    const again = await screen.findByRole('dialog', { name: `Undo ${SET}` });
    const impact = within(again).getByRole('group', { name: 'Impact of your changes' });
    await within(impact).findByText(/^[\d,]+ users lose Yammer Enterprise/);
    expect(await groupLicenses(groupId)).toEqual(changed);
    expect(refused).toEqual([]);
  });

  it('or undoes as previewed when the admin says so', async () => {
    const { rendered, dialog, groupId, before } = await undoOnOldCopy();
    holdCopyRefresh();
    await rendered.user.click(within(dialog).getByRole('button', { name: 'Undo change' }));
    const question = await screen.findByRole('alertdialog', { name: 'Preview on an older copy' });
    await rendered.user.click(
      within(question).getByRole('button', { name: 'Undo on the copy taken 10 minutes ago' }),
    );
    await screen.findByText('Change undone');
    expect(await groupLicenses(groupId)).toEqual(before);
  });
});
