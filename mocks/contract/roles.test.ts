/**
 * Role enforcement: every mutating endpoint, for every role, answers 403 exactly when the role
 * lacks the action (LICENSING.md, Roles), and a refused request changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_ACTIONS, ROLE_NAMES, type Action, type RoleName } from '../graph/auth';
import { ROLE_TEMPLATE_IDS } from '../../src/engine/roles';
import { ADMIN_UPNS } from '../seeds/kit';
import { skuOf } from './scenario-kit';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;
const ids: Record<string, string> = {};

let serial = 0;
const next = () => String(++serial);

interface Endpoint {
  readonly name: string;
  readonly action: Action;
  readonly method: string;
  path(): string;
  body?(): unknown;
}

const ENDPOINTS: readonly Endpoint[] = [
  {
    name: 'POST /users',
    action: 'user.create',
    method: 'POST',
    path: () => '/users',
    body: () => ({
      accountEnabled: true,
      displayName: 'Role Test',
      mailNickname: `roletest${next()}`,
      userPrincipalName: `role.test.${next()}@contoso.com`,
      passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
    }),
  },
  {
    name: 'PATCH /users/{id} (attributes)',
    action: 'user.update',
    method: 'PATCH',
    path: () => `/users/${ids.user ?? ''}`,
    body: () => ({ department: 'Legal' }),
  },
  {
    name: 'PATCH /users/{id} (usageLocation)',
    action: 'user.updateUsageLocation',
    method: 'PATCH',
    path: () => `/users/${ids.user ?? ''}`,
    body: () => ({ usageLocation: 'GB' }),
  },
  {
    name: 'DELETE /users/{id}',
    action: 'user.delete',
    method: 'DELETE',
    path: () => `/users/${ids.victim ?? ''}`,
  },
  {
    name: 'POST /users/{id}/assignLicense',
    action: 'user.assignLicense',
    method: 'POST',
    path: () => `/users/${ids.user ?? ''}/assignLicense`,
    body: () => ({
      addLicenses: [{ skuId: skuOf('POWER_BI_STANDARD'), disabledPlans: [] }],
      removeLicenses: [],
    }),
  },
  {
    name: 'POST /users/{id}/reprocessLicenseAssignment',
    action: 'user.reprocess',
    method: 'POST',
    path: () => `/users/${ids.user ?? ''}/reprocessLicenseAssignment`,
  },
  {
    name: 'POST /groups',
    action: 'group.create',
    method: 'POST',
    path: () => '/groups',
    body: () => ({
      displayName: 'Role group',
      mailEnabled: false,
      mailNickname: 'rolegroup',
      securityEnabled: true,
    }),
  },
  {
    name: 'PATCH /groups/{id} (description)',
    action: 'group.update',
    method: 'PATCH',
    path: () => `/groups/${ids.group ?? ''}`,
    body: () => ({ description: 'Changed' }),
  },
  {
    name: 'PATCH /groups/{id} (membershipRule)',
    action: 'group.rule',
    method: 'PATCH',
    path: () => `/groups/${ids.dynamic ?? ''}`,
    body: () => ({ membershipRule: 'user.extensionAttribute1 -contains "EMS;"' }),
  },
  {
    name: 'DELETE /groups/{id}',
    action: 'group.delete',
    method: 'DELETE',
    path: () => `/groups/${ids.unlicensed ?? ''}`,
  },
  {
    name: 'POST /groups/{id}/members/$ref',
    action: 'group.members',
    method: 'POST',
    path: () => `/groups/${ids.group ?? ''}/members/$ref`,
    body: () => ({
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${ids.user ?? ''}`,
    }),
  },
  {
    name: 'DELETE /groups/{id}/members/{id}/$ref',
    action: 'group.members',
    method: 'DELETE',
    path: () => `/groups/${ids.group ?? ''}/members/${ids.member ?? ''}/$ref`,
  },
  {
    name: 'POST /groups/{id}/assignLicense',
    action: 'group.assignLicense',
    method: 'POST',
    path: () => `/groups/${ids.group ?? ''}/assignLicense`,
    body: () => ({
      addLicenses: [{ skuId: skuOf('POWER_BI_STANDARD'), disabledPlans: [] }],
      removeLicenses: [],
    }),
  },
  {
    name: 'POST /groups/{id}/reprocessLicenseAssignment',
    action: 'group.reprocess',
    method: 'POST',
    path: () => `/groups/${ids.group ?? ''}/reprocessLicenseAssignment`,
  },
];

async function find(kind: 'users' | 'groups', filter: string): Promise<string> {
  const { json } = await h.raw('GET', `/${kind}?$filter=${encodeURIComponent(filter)}&$select=id`);
  const id = (json.value as { id: string }[] | undefined)?.[0]?.id;
  if (!id) throw new Error(`nothing for ${filter}`);
  return id;
}

beforeAll(async () => {
  h = await startHarness('default');
  ids.user = await find('users', "userPrincipalName eq 'alex.wilber@contoso.com'");
  ids.victim = await find('users', "userPrincipalName eq 'alexander.wilber@contoso.com'");
  ids.group = await find('groups', "displayName eq 'Kiosk users'");
  ids.dynamic = await find('groups', "displayName eq 'EMS licensed users'");
  ids.unlicensed = await find('groups', "displayName eq 'Marketing Team'");
  const members = await h.raw('GET', `/groups/${ids.group}/members?$top=1`);
  ids.member = (members.json.value as { id: string }[])[0]?.id ?? '';
  for (const role of ROLE_NAMES) await h.token(ADMIN_UPNS[role]);
});
afterAll(async () => {
  await h.close();
});

describe('role enforcement', () => {
  const cases = ROLE_NAMES.flatMap((role) =>
    ENDPOINTS.map((endpoint) => [role, endpoint] as [RoleName, Endpoint]),
  );
  it.each(
    cases
      .filter(([role, e]) => !ROLE_ACTIONS[role].includes(e.action))
      .map(([role, e]) => [role, e.name, e] as const),
  )('%s: %s answers 403 and changes nothing', async (role, _name, endpoint) => {
    const store = h.server.emulator.store;
    const before = { version: store.version, audit: store.audit.size };
    const body = endpoint.body?.();
    const response = await h.raw(endpoint.method, endpoint.path(), {
      token: await h.token(ADMIN_UPNS[role]),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status).toBe(403);
    assertGraphError(response.json, 'Authorization_RequestDenied');
    expect({ version: store.version, audit: store.audit.size }).toEqual(before);
  });

  it.each(
    cases
      .filter(([role, e]) => ROLE_ACTIONS[role].includes(e.action))
      .map(([role, e]) => [role, e.name, e] as const),
  )('%s: %s is allowed', async (role, _name, endpoint) => {
    const body = endpoint.body?.();
    const response = await h.raw(endpoint.method, endpoint.path(), {
      token: await h.token(ADMIN_UPNS[role]),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status, JSON.stringify(response.json)).not.toBe(403);
    expect(response.status).toBeLessThan(500);
  });

  it('the control API lists the admin accounts with their roles', async () => {
    const { status, json } = await h.control('GET', '/admins');
    expect(status).toBe(200);
    const admins = json.value as { userPrincipalName: string; roles: string[] }[];
    expect(admins.map((a) => [a.userPrincipalName, a.roles])).toEqual(
      ROLE_NAMES.map((role) => [ADMIN_UPNS[role], [role]]),
    );
  });

  it('the read-only roles can read everything', async () => {
    for (const role of ['Global Reader', 'Reports Reader'] as const) {
      const token = await h.token(ADMIN_UPNS[role]);
      for (const path of [
        '/users?$top=1',
        '/groups?$top=1',
        '/subscribedSkus',
        '/organization',
        '/auditLogs/directoryAudits?$top=1',
        '/me',
      ]) {
        expect((await h.raw('GET', path, { token })).status, `${role} ${path}`).toBe(200);
      }
    }
  });

  it('memberOf lists the directory roles an admin holds, with their template ids', async () => {
    for (const role of ROLE_NAMES) {
      const token = await h.token(ADMIN_UPNS[role]);
      const { status, json } = await h.raw('GET', '/me/memberOf?$select=id,roleTemplateId', {
        token,
      });
      expect(status, role).toBe(200);
      const roles = (json.value as Record<string, unknown>[]).filter(
        (o) => o['@odata.type'] === '#microsoft.graph.directoryRole',
      );
      expect(roles, role).toEqual([
        {
          '@odata.type': '#microsoft.graph.directoryRole',
          id: ROLE_TEMPLATE_IDS[role],
          roleTemplateId: ROLE_TEMPLATE_IDS[role],
        },
      ]);
    }
    const me = await h.raw('GET', '/me?$select=id', {
      token: await h.token(ADMIN_UPNS['License Administrator']),
    });
    const byId = await h.raw('GET', `/users/${String(me.json.id)}/memberOf`);
    const listed = (byId.json.value as Record<string, unknown>[]).find(
      (o) => o['@odata.type'] === '#microsoft.graph.directoryRole',
    );
    expect(listed).toEqual({
      '@odata.type': '#microsoft.graph.directoryRole',
      id: ROLE_TEMPLATE_IDS['License Administrator'],
      displayName: 'License Administrator',
      roleTemplateId: ROLE_TEMPLATE_IDS['License Administrator'],
    });
  });

  it('requests without a token or with an unknown token get 401', async () => {
    const missing = await h.raw('GET', '/users', { token: null });
    expect(missing.status).toBe(401);
    assertGraphError(missing.json, 'InvalidAuthenticationToken');
    const unknown = await h.raw('POST', '/groups', { token: 'not-a-token', body: '{}' });
    expect(unknown.status).toBe(401);
    assertGraphError(unknown.json, 'InvalidAuthenticationToken');
  });

  it('audit records name the acting admin', async () => {
    const token = await h.token(ADMIN_UPNS['User Administrator']);
    await h.raw('PATCH', `/users/${ids.user ?? ''}`, {
      token,
      body: JSON.stringify({ jobTitle: 'Audited' }),
    });
    const { json } = await h.raw(
      'GET',
      `/auditLogs/directoryAudits?$top=1&$filter=${encodeURIComponent("activityDisplayName eq 'Update user'")}`,
    );
    const record = (json.value as { initiatedBy: { user: { userPrincipalName: string } } }[])[0];
    expect(record?.initiatedBy.user.userPrincipalName).toBe(ADMIN_UPNS['User Administrator']);
  });
});
