import { screen, waitFor, within } from '@testing-library/react';
import { graph } from '../../lib/graph/graph';
import { describe, expect, it } from 'vitest';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import { groupLicenses, setE3Plans } from '../../test/control';
import { skuIdOf } from '../../test/seed';
import {
  confirmUndo,
  e3Extended,
  latestRecord,
  openEntry,
  openUndo,
  startAudit,
  unlicensedUser,
} from './undo-test-kit';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const TEAMS = '57ff2da0-773e-42df-b2af-ffb7a2317929';

const SET = 'Set group license';

describe('Undo of a group license change', { timeout: 60_000 }, () => {
  it('previews turning a plan back off, restores the old disabled plans, and the undo links to the record', async () => {
    const rendered = await startAudit();
    const groupId = e3Extended();
    const before = await groupLicenses(groupId);
    const disabled = before.find((l) => l.skuId === E3)?.disabledPlans ?? [];
    expect(disabled).toContain(TEAMS);
    await setE3Plans(
      groupId,
      disabled.filter((id) => id !== TEAMS),
    );
    await waitForProcessing();
    const record = await latestRecord(SET, groupId);

    const dialog = await openUndo(rendered, record, SET);
    expect(within(dialog).getByText(/Gives E3 extended services back the licenses/)).toBeVisible();
    const changes = await within(dialog).findByRole('list', { name: 'What Undo changes' });
    expect(within(changes).getByRole('listitem')).toHaveTextContent(
      'Office 365 E3: Microsoft Teams turned off',
    );
    // The group blade's own preview of the reversal: who loses Teams.
    const impact = await within(dialog).findByRole('group', { name: 'Impact of your changes' });
    await waitFor(() => {
      expect(impact).toHaveTextContent(/users? loses? Microsoft Teams/);
    });
    expect(within(dialog).queryByText(/changed after this record/)).not.toBeInTheDocument();

    await confirmUndo(rendered, dialog);
    expect(await groupLicenses(groupId)).toEqual(before);
    await waitForProcessing();
    const undo = await latestRecord(SET, groupId);
    expect(undo).not.toBe(record);

    const details = await openEntry(rendered, undo);
    await rendered.user.click(
      await within(details).findByRole('button', { name: /^Set group license of .* by / }),
    );
    expect(rendered.router.state.location.search).toEqual({ entry: record });
  });

  it('says the group changed since the record, shows old, recorded and now side by side, and restores the old', async () => {
    const rendered = await startAudit();
    const groupId = e3Extended();
    const before = await groupLicenses(groupId);
    const disabled = before.find((l) => l.skuId === E3)?.disabledPlans ?? [];
    await setE3Plans(
      groupId,
      disabled.filter((id) => id !== TEAMS),
    );
    await waitForProcessing();
    const record = await latestRecord(SET, groupId);
    // Someone turns every plan on afterwards.
    await setE3Plans(groupId, []);
    await waitForProcessing();

    const dialog = await openUndo(rendered, record, SET);
    expect(
      await within(dialog).findByText('E3 extended services changed after this record'),
    ).toBeVisible();
    const table = within(dialog).getByRole('table', { name: 'Before, recorded and now' });
    const [header, row] = within(table).getAllByRole('row');
    expect(header).toHaveTextContent('WhatBefore the changeAfter the change (recorded)Now');
    const cells = within(row as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('Licenses');
    expect(cells[1]).toMatch(/^Office 365 E3 \(off: .*Microsoft Teams/);
    expect(cells[2]).toMatch(/^Office 365 E3 \(off: /);
    expect(cells[2]).not.toMatch(/Microsoft Teams/);
    expect(cells[3]).toBe('Office 365 E3');

    await confirmUndo(rendered, dialog);
    expect(await groupLicenses(groupId)).toEqual(before);
  });
});

describe('Undo of a direct user license change', { timeout: 60_000 }, () => {
  it("takes back a product an admin assigned directly, showing the change, and the user's licenses are as before", async () => {
    const rendered = await startAudit();
    const { id: userId } = unlicensedUser();
    const VISIO = skuIdOf('VISIOCLIENT');
    await graph.post(`/users/${userId}/assignLicense`, {
      addLicenses: [{ skuId: VISIO, disabledPlans: [] }],
      removeLicenses: [],
    });
    const record = await latestRecord('Change user license', userId);

    const dialog = await openUndo(rendered, record, 'Change user license');
    const changes = await within(dialog).findByRole('list', { name: 'What Undo changes' });
    expect(within(changes).getByRole('listitem')).toHaveTextContent(/ removed$/);
    await confirmUndo(rendered, dialog);

    const after = await graph.get<{ assignedLicenses: { skuId: string }[] }>(
      `/users/${userId}?$select=assignedLicenses`,
    );
    expect(after.assignedLicenses.map((l) => l.skuId)).not.toContain(VISIO);
    expect(screen.getByText('Change undone')).toBeVisible();
  });
});
