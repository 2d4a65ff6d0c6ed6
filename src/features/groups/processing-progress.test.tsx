/**
 * Processing you can see (issue #16 item 2): a group's licence processing reads "Queued for
 * processing: N users", then "Processing n of N users", on the group and in the Groups list, as
 * it moves (the emulator's counts; Graph's `state` alone where it gives none).
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { control, queueHeldReprocess } from '../../test/control';
import { renderRoute } from '../../test/render-route';
import { seededGroupId, seededStore } from '../../test/seed';

vi.setConfig({ testTimeout: 30_000 });

const NAME = 'E3 base services';
const grouped = (n: number) => n.toLocaleString('en-US');

function e3Base() {
  const id = seededGroupId(NAME);
  const members = seededStore().tenant.group(id)?.userMemberIds.length ?? 0;
  return { id, members };
}

describe('licence processing with its progress', () => {
  it('the group shows Queued with its user count, then n of N as processing moves', async () => {
    const { id, members } = e3Base();
    expect(members).toBeGreaterThan(200);
    const { router } = await renderRoute('/groups');
    await queueHeldReprocess(id);
    await router.navigate({ to: '/groups/$groupId', params: { groupId: id } });
    const queued = `Queued for processing: ${grouped(members)} users`;
    // The banner's title and the Overview's processing state.
    expect(await screen.findAllByText(queued)).toHaveLength(2);
    await control('POST', '/processing/step', { users: 100 });
    const moving = `Processing 100 of ${grouped(members)} users`;
    expect(await screen.findAllByText(moving)).toHaveLength(2);
    expect(screen.getByRole('progressbar', { name: 'License processing' })).toHaveAttribute(
      'aria-valuenow',
      String(100 / members),
    );
    await control('POST', '/processing', { paused: false });
    await control('POST', '/processing/wait');
    expect(
      await within(screen.getByLabelText('Group properties')).findByText('Processing complete'),
    ).toBeInTheDocument();
  });

  it('the Groups list has a processing column that moves with it', async () => {
    const { id, members } = e3Base();
    const { router } = await renderRoute('/users');
    await queueHeldReprocess(id);
    await router.navigate({ to: '/groups' });
    const table = await screen.findByRole('grid', { name: 'Groups' });
    const row = await within(table).findByRole('row', { name: new RegExp(`^${NAME}`) });
    expect(within(table).getByRole('columnheader', { name: 'License processing' }));
    expect(row).toHaveTextContent(`Queued for processing: ${grouped(members)} users`);
    expect(within(table).getByRole('row', { name: /^E3 extended services/ })).toHaveTextContent(
      'Processing complete',
    );
    await control('POST', '/processing/step', { users: 250 });
    await within(table).findByText(`Processing 250 of ${grouped(members)} users`);
  });
});

describe('member counts', () => {
  it('the Groups list has a Members column and the Overview the count, as Graph counts them', async () => {
    const { id, members } = e3Base();
    const { router } = await renderRoute('/groups');
    const table = await screen.findByRole('grid', { name: 'Groups' });
    expect(within(table).getByRole('columnheader', { name: 'Members' }));
    const row = await within(table).findByRole('row', { name: new RegExp(`^${NAME}`) });
    await within(row).findByText(grouped(members));
    await router.navigate({ to: '/groups/$groupId', params: { groupId: id } });
    const list = await screen.findByLabelText('Group properties');
    await within(list).findByText(`${grouped(members)} direct members`);
  });
});
