import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { filter } from '../../lib/graph/odata';
import { auditEntries } from '../../test/control';
import { ADMIN } from '../../test/emulator';
import { renderRoute } from '../../test/render-route';
import { groupIdNamed, skuIdOf } from '../../test/seed';
import { latestRecord, openEntry, openUndo, startAudit, unlicensedUser } from './undo-test-kit';

/** The newest record matching a filter. */
async function newest(odataFilter: string): Promise<string> {
  const [record] = await auditEntries(odataFilter);
  if (!record?.id) throw new Error(`No record matches ${odataFilter}`);
  return record.id;
}

describe('Records that cannot be undone say why', { timeout: 60_000 }, () => {
  it('a step of group license processing', async () => {
    const rendered = await startAudit();
    const record = await newest(
      filter.eq('activityDisplayName', 'Start applying group based license to users'),
    );
    const details = await openEntry(rendered, record);
    expect(await within(details).findByText('Undo is not available')).toBeVisible();
    expect(within(details).getByText(/a step of group license processing/)).toBeVisible();
    expect(within(details).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('a change a service made (dynamic membership)', async () => {
    const rendered = await startAudit();
    const record = await newest(
      filter.and(
        filter.eq('activityDisplayName', 'Remove member from group'),
        filter.eq('initiatedBy/app/displayName', 'Microsoft Approval Management'),
      ),
    );
    const details = await openEntry(rendered, record);
    expect(
      await within(details).findByText(/A service made this change, not an admin/),
    ).toBeVisible();
    expect(within(details).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('an activity the portal does not reverse', async () => {
    const rendered = await startAudit();
    const record = await newest(filter.eq('activityDisplayName', 'Update user'));
    const details = await openEntry(rendered, record);
    expect(await within(details).findByText(/it cannot reverse this activity/)).toBeVisible();
  });

  it('an object deleted since: the dialog says so and offers nothing to confirm', async () => {
    const rendered = await startAudit();
    const { id: userId, name } = unlicensedUser();
    await graph.post(`/users/${userId}/assignLicense`, {
      addLicenses: [{ skuId: skuIdOf('VISIOCLIENT'), disabledPlans: [] }],
      removeLicenses: [],
    });
    const record = await latestRecord('Change user license', userId);
    await graph.delete(`/users/${userId}`);

    const dialog = await openUndo(rendered, record, 'Change user license');
    expect(
      await within(dialog).findByText(`${name} no longer exists, so this change cannot be undone.`),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Undo change' })).toBeDisabled();
  });

  it('a reader sees Undo, disabled, naming the role it needs', async () => {
    const rendered = await startAudit(ADMIN.globalReader);
    const record = await latestRecord('Set group license', groupIdNamed('E3 base services'));
    const details = await openEntry(rendered, record);
    expect(await within(details).findByRole('button', { name: 'Undo' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.queryByRole('dialog', { name: /^Undo / })).not.toBeInTheDocument();
  });

  it('says why in Dutch', async () => {
    const rendered = await renderRoute('/audit', { locale: 'nl-NL' });
    const processing = await newest(
      filter.eq('activityDisplayName', 'Start applying group based license to users'),
    );
    const details = await openEntry(rendered, processing, 'Details van controlelogboek');
    expect(await within(details).findByText('Ongedaan maken is niet beschikbaar')).toBeVisible();
    expect(
      within(details).getByText(/een stap van de verwerking van groepslicenties/),
    ).toBeVisible();
  });
});
