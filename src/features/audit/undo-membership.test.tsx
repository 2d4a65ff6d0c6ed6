import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { waitForProcessing } from '../../lib/graph/emulator-control';
import { testEmulator } from '../../test/emulator';
import { groupIdNamed } from '../../test/seed';
import { confirmUndo, latestRecord, openUndo, startAudit, unlicensedUser } from './undo-test-kit';

const isMember = async (groupId: string, memberId: string) => {
  const members = await graph.get<{ value: { id: string }[] }>(
    `/groups/${groupId}/members?$select=id&$top=999`,
  );
  return members.value.some((m) => m.id === memberId);
};

describe('Undo of membership changes', { timeout: 60_000 }, () => {
  it('undoes an added member: previews the licenses they lose, and removes them again', async () => {
    const rendered = await startAudit();
    const groupId = groupIdNamed('E3 base services');
    const { id: userId, name } = unlicensedUser();
    await graph.post(`/groups/${groupId}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${userId}`,
    });
    await waitForProcessing();
    const record = await latestRecord('Add member to group', userId);

    const dialog = await openUndo(rendered, record, 'Add member to group');
    expect(
      await within(dialog).findByText(`Removes ${name} from E3 base services again.`),
    ).toBeVisible();
    expect(
      await within(dialog).findByText(
        `${name} loses Office 365 E3, which only E3 base services gives them (1 seat freed).`,
      ),
    ).toBeVisible();
    await confirmUndo(rendered, dialog);
    expect(await isMember(groupId, userId)).toBe(false);
  });

  it('undoes a removed member: previews what they get back and adds them again', async () => {
    const rendered = await startAudit();
    const groupId = groupIdNamed('E3 base services');
    // The seed's leaver, removed by the Groups Administrator on day 24.
    const record = await latestRecord('Remove member from group', groupId);
    const dialog = await openUndo(rendered, record, 'Remove member from group');
    const restores = await within(dialog).findByText(/^Adds .* to E3 base services again\.$/);
    const name = /^Adds (.*) to E3/.exec(restores.textContent)?.[1] ?? '';
    expect(
      await within(dialog).findByText(
        new RegExp(`^${name} gets Office 365 E3 through E3 base services \\(1 seat used\\)\\.$`),
      ),
    ).toBeVisible();
    await confirmUndo(rendered, dialog);
    const store = testEmulator().emulator.store;
    const userId = store.tenant
      .userIds()
      .find((id) => store.tenant.profile(id)?.displayName === name);
    expect(await isMember(groupId, userId ?? '')).toBe(true);
  });

  it("undoes a rule change: the rule editor's preview of the old rule, then the old rule is back", async () => {
    const rendered = await startAudit();
    const groupId = groupIdNamed('EMS licensed users');
    const record = await latestRecord('Update group', groupId);

    const dialog = await openUndo(rendered, record, 'Update group');
    expect(
      within(dialog).getByText(/Gives EMS licensed users back its membership rule/),
    ).toBeVisible();
    const preview = await within(dialog).findByRole('region', { name: 'Impact preview' });
    // The seed tightened the rule (enabled accounts only): the old one lets the disabled back in.
    expect(within(preview).getByText(/^[1-9]\d* users? joins?$/)).toBeVisible();
    await confirmUndo(rendered, dialog);
    const group = await graph.get<{ membershipRule: string }>(
      `/groups/${groupId}?$select=membershipRule`,
    );
    expect(group.membershipRule).toBe('user.extensionAttribute1 -contains "EMS"');
    expect(screen.getByText('Change undone')).toBeVisible();
  });
});
