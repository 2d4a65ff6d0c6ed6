/**
 * The Licenses tab reads what it shows of the group's members and no more: how many users its
 * licences reach (`members/microsoft.graph.user/$count`) and the nested groups they do not reach
 * (`members/microsoft.graph.group`), never every member (61 pages for the 60,000-member group).
 */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testEmulator } from '../../test/emulator';
import { seededGroupId } from '../../test/seed';
import { openGroup } from './group-test-kit';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  testEmulator().server.resetHandlers();
});

/** The GET requests of `/groups/{id}/members` and below it from now on (their path after it). */
function memberReads(id: string): { readonly paths: string[]; stop(): void } {
  const paths: string[] = [];
  const prefix = `/v1.0/groups/${id}/members`;
  const onRequest = ({ request }: { request: Request }) => {
    const path = decodeURIComponent(new URL(request.url).pathname);
    if (request.method === 'GET' && (path === prefix || path.startsWith(`${prefix}/`)))
      paths.push(path.slice(prefix.length));
  };
  const { server } = testEmulator();
  server.events.on('request:start', onRequest);
  return {
    paths,
    stop: () => {
      server.events.removeListener('request:start', onRequest);
    },
  };
}

// Finance - Power BI: 114 users and the nested group Finance leadership; licensed Microsoft Fabric (Free).
const GROUP = 'Finance - Power BI';

describe('Group Licenses tab: the members it reads', () => {
  it('names the nested groups and counts only user members, without reading every member', async () => {
    const { emulator } = testEmulator();
    const id = seededGroupId(GROUP);
    const reads = memberReads(id);
    try {
      const { user } = await openGroup(GROUP, 'licenses');
      expect(
        await screen.findByText(
          /^Members of the nested group Finance leadership don't get this group's licenses\./,
        ),
      ).toBeInTheDocument();
      const users = emulator.store.tenant.group(id)?.userMemberCount ?? 0;
      expect(users).toBeGreaterThan(0);

      await user.click(
        await screen.findByRole('button', { name: /^Remove Microsoft Fabric \(Free\)/ }),
      );
      const confirm = await screen.findByRole('alertdialog', { name: 'Remove license' });
      // Users only: the nested group is a member, and its members get nothing from this group.
      expect(
        await within(confirm).findByText(new RegExp(`\\? ${String(users)} users lose it`)),
      ).toBeInTheDocument();
      expect([...new Set(reads.paths)].sort()).toEqual([
        '/microsoft.graph.group',
        '/microsoft.graph.user/$count',
      ]);
    } finally {
      reads.stop();
    }
  });

  it('asks with the number of user members when no impact preview is offered (a real tenant)', async () => {
    const { server, emulator } = testEmulator();
    // Graph has no preview: the Save bar saves on the user count alone.
    server.use(
      http.post('*/v1.0/groups/:id/previewAssignLicense', () =>
        HttpResponse.json(
          { error: { code: 'BadRequest', message: 'Resource not found for the segment.' } },
          { status: 400 },
        ),
      ),
    );
    const { user, id } = await openGroup(GROUP, 'licenses');
    const users = emulator.store.tenant.group(id)?.userMemberCount ?? 0;
    const list = await screen.findByRole('list', {
      name: 'Service plans of Microsoft Fabric (Free)',
    });
    const [plan] = within(list).getAllByRole('switch');
    if (!plan) throw new Error('Microsoft Fabric (Free) has no plans');
    expect(plan).toBeChecked();
    await user.click(plan);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Save license changes' });
    expect(dialog).toHaveTextContent(
      new RegExp(`(?<!\\d)${String(users)} users lose service plans you turned off \\(1 plan\\)`),
    );
  });
});
