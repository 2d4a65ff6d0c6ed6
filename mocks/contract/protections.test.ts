/**
 * Entra's own protections, the allowed side (the refusals are in the bad-input table): a User
 * Administrator manages plain users and the administrators Microsoft's "Who can perform sensitive
 * actions" lets it manage, but not members of role-assignable groups; a Global Administrator may
 * be deleted or disabled while another enabled one remains; only a Global Administrator creates,
 * changes and deletes role-assignable groups.
 */
import { beforeEach, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_UPNS } from '../seeds/kit';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
});
beforeEach(async () => {
  await h.reset('default');
});
afterAll(async () => {
  await h.close();
});

const USER_ADMIN = ADMIN_UPNS['User Administrator'];
const GROUPS_ADMIN = ADMIN_UPNS['Groups Administrator'];
const body = (value: unknown) => ({ body: JSON.stringify(value) });

async function idOf(upn: string): Promise<string> {
  return (await h.raw('GET', `/users/${upn}?$select=id`)).json.id as string;
}

async function as(upn: string, method: string, path: string, value?: unknown) {
  return h.raw(method, path, {
    token: await h.token(upn),
    ...(value === undefined ? {} : body(value)),
  });
}

describe('sensitive actions of a User Administrator', () => {
  it('renames, disables and deletes a plain user and a Groups Administrator', async () => {
    for (const upn of ['alex.wilber@contoso.com', GROUPS_ADMIN]) {
      const id = await idOf(upn);
      expect(
        (await as(USER_ADMIN, 'PATCH', `/users/${id}`, { displayName: 'Renamed' })).status,
      ).toBe(204);
      expect(
        (await as(USER_ADMIN, 'PATCH', `/users/${id}`, { accountEnabled: false })).status,
      ).toBe(204);
      expect((await as(USER_ADMIN, 'DELETE', `/users/${id}`)).status).toBe(204);
    }
  });

  it('still changes what is not sensitive on any administrator (department of the Global Administrator)', async () => {
    const id = await idOf(ADMIN_UPNS['Global Administrator']);
    expect((await as(USER_ADMIN, 'PATCH', `/users/${id}`, { department: 'IT' })).status).toBe(204);
  });

  it('may not delete a user without a role who is a member of a role-assignable group', async () => {
    const group = await h.raw('POST', '/groups', {
      ...body({
        displayName: 'Helpdesk role holders',
        mailEnabled: false,
        mailNickname: 'helpdeskroleholders',
        securityEnabled: true,
        isAssignableToRole: true,
      }),
    });
    expect(group.status).toBe(201);
    const member = await idOf('alex.wilber@contoso.com');
    const added = await h.raw('POST', `/groups/${group.json.id as string}/members/$ref`, {
      ...body({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${member}` }),
    });
    expect(added.status).toBe(204);
    const refused = await as(USER_ADMIN, 'DELETE', `/users/${member}`);
    expect(refused.status).toBe(403);
    assertGraphError(refused.json, 'Authorization_RequestDenied');
    expect((await h.raw('DELETE', `/users/${member}`)).status).toBe(204);
  });
});

describe('the last Global Administrator', () => {
  it('can be disabled and deleted once another enabled Global Administrator exists, and not before', async () => {
    const first = await idOf(ADMIN_UPNS['Global Administrator']);
    // No endpoint assigns roles: a second Global Administrator is set up in the store.
    const second = await idOf('alex.wilber@contoso.com');
    h.server.emulator.store.admins.set(second, ['Global Administrator']);
    const secondToken = (
      await h.control('POST', '/token', { userPrincipalName: 'alex.wilber@contoso.com' })
    ).json.access_token as string;

    expect((await h.raw('PATCH', `/users/${second}`, body({ accountEnabled: false }))).status).toBe(
      204,
    );
    // The second one is disabled: the first is the last enabled one again.
    const refused = await h.raw('DELETE', `/users/${first}`);
    expect(refused.status).toBe(400);
    expect((refused.json.error as { message: string }).message).toMatch(
      /last Global Administrator/,
    );

    expect((await h.raw('PATCH', `/users/${second}`, body({ accountEnabled: true }))).status).toBe(
      204,
    );
    const fresh = (
      await h.control('POST', '/token', { userPrincipalName: 'alex.wilber@contoso.com' })
    ).json.access_token as string;
    expect(fresh).not.toBe(secondToken);
    expect((await h.raw('DELETE', `/users/${first}`)).status).toBe(204);
    const last = await h.raw('DELETE', `/users/${second}`, { token: fresh });
    expect(last.status).toBe(400);
  });
});

describe('role-assignable groups', () => {
  const roleGroup = {
    displayName: 'Tier 0 admins',
    mailEnabled: false,
    mailNickname: 'tier0admins',
    securityEnabled: true,
    isAssignableToRole: true,
  };

  it('are created, changed and deleted by a Global Administrator only', async () => {
    const created = await h.raw('POST', '/groups', body(roleGroup));
    expect(created.status).toBe(201);
    expect(created.json.isAssignableToRole).toBe(true);
    const path = `/groups/${created.json.id as string}`;

    for (const [method, value] of [
      ['PATCH', { description: 'changed' }],
      ['DELETE', undefined],
    ] as const) {
      const refused = await as(GROUPS_ADMIN, method, path, value);
      expect(refused.status).toBe(403);
      assertGraphError(refused.json, 'Authorization_RequestDenied');
    }
    expect((await h.raw('PATCH', path, body({ description: 'changed' }))).status).toBe(204);
    expect((await h.raw('DELETE', path)).status).toBe(204);
  });

  it('a Groups Administrator still creates ordinary groups', async () => {
    const created = await as(GROUPS_ADMIN, 'POST', '/groups', {
      ...roleGroup,
      isAssignableToRole: false,
    });
    expect(created.status).toBe(201);
  });
});
