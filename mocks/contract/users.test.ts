import type { Client } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertCollection,
  assertGraphError,
  assertSchema,
  startHarness,
  type GraphPage,
  type Harness,
} from './support';

const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const POWER_BI = 'a403ebcc-fae0-4ca2-8c8c-7a907fd6c235';

interface User {
  id: string;
  userPrincipalName: string;
  displayName: string;
  usageLocation?: string | null;
  assignedLicenses?: { skuId: string; disabledPlans: string[] }[];
  licenseAssignmentStates?: {
    skuId: string;
    assignedByGroup: string | null;
    state: string;
    error: string;
  }[];
}

let h: Harness;
let graph: Client;

beforeAll(async () => {
  h = await startHarness('default');
  graph = await h.client();
});
afterAll(async () => {
  await h.close();
});

describe('users over HTTP with the Graph SDK', () => {
  it('lists users with default properties and pages with @odata.nextLink', async () => {
    const page = (await graph.api('/users').top(50).get()) as GraphPage<User>;
    assertCollection('microsoft.graph.user', page);
    expect(page.value).toHaveLength(50);
    expect(page.value[0]).not.toHaveProperty('assignedLicenses');
    expect(page['@odata.nextLink']).toMatch(
      new RegExp(`^${h.origin}/v1.0/users\\?\\$top=50&\\$skiptoken=[A-Za-z0-9_-]+$`),
    );
    const next = await h.follow<GraphPage<User>>(page['@odata.nextLink'] ?? '');
    expect(next.value[0]?.id).not.toBe(page.value[0]?.id);
  });

  it('returns licensing properties only on $select, and filters by assigned SKU', async () => {
    const page = (await graph
      .api('/users')
      .filter(`assignedLicenses/any(x:x/skuId eq ${E3})`)
      .select('id,displayName,usageLocation,assignedLicenses,licenseAssignmentStates,assignedPlans')
      .top(20)
      .get()) as GraphPage<User>;
    assertCollection('microsoft.graph.user', page);
    expect(page.value.length).toBe(20);
    for (const user of page.value) {
      expect(user.assignedLicenses?.some((l) => l.skuId === E3)).toBe(true);
      expect(
        user.licenseAssignmentStates?.every((s) =>
          ['Active', 'ActiveWithError', 'Error', 'Disabled'].includes(s.state),
        ),
      ).toBe(true);
    }
  });

  it('gets a user by id and by userPrincipalName, and /me', async () => {
    const me = (await graph.api('/me').get()) as User;
    assertSchema('microsoft.graph.user', me);
    expect(me.userPrincipalName).toBe('admin@contoso.onmicrosoft.com');
    const byUpn = (await graph
      .api('/users/alex.wilber@contoso.com')
      .select('id,proxyAddresses,onPremisesExtensionAttributes')
      .get()) as User & { proxyAddresses: string[] };
    const byId = (await graph.api(`/users/${byUpn.id}`).get()) as User;
    expect(byId.userPrincipalName).toBe('alex.wilber@contoso.com');
    expect(byUpn.proxyAddresses).toEqual(['SMTP:alex.wilber@contoso.com']);
  });

  it('creates, updates and deletes a user', async () => {
    const created = (await graph.api('/users').post({
      accountEnabled: true,
      displayName: 'Test Person',
      mailNickname: 'testperson',
      userPrincipalName: 'test.person@contoso.com',
      passwordProfile: { password: 'xWwvJ]6NMw+bWH-d', forceChangePasswordNextSignIn: true },
      usageLocation: 'de',
      onPremisesExtensionAttributes: { extensionAttribute1: 'EMS;' },
    })) as User;
    assertSchema('microsoft.graph.user', created);
    await graph.api(`/users/${created.id}`).patch({ department: 'Finance', usageLocation: 'FR' });
    const read = (await graph
      .api(`/users/${created.id}`)
      .select('department,usageLocation,onPremisesExtensionAttributes')
      .get()) as User & {
      department: string;
      onPremisesExtensionAttributes: Record<string, string | null>;
    };
    expect(read.department).toBe('Finance');
    expect(read.usageLocation).toBe('FR');
    expect(read.onPremisesExtensionAttributes.extensionAttribute1).toBe('EMS;');
    await graph.api(`/users/${created.id}`).delete();
    const gone = await h.raw('GET', `/users/${created.id}`);
    expect(gone.status).toBe(404);
    assertGraphError(gone.json, 'Request_ResourceNotFound');
  });

  it('assignLicense answers 200 with the user; licenseDetails lists the SKU with its plans', async () => {
    const user = (await graph.api('/users').post({
      accountEnabled: true,
      displayName: 'Direct Person',
      mailNickname: 'directperson',
      userPrincipalName: 'direct.person@contoso.com',
      passwordProfile: { password: 'xWwvJ]6NMw+bWH-d' },
      usageLocation: 'US',
    })) as User;
    const result = (await graph
      .api(`/users/${user.id}/assignLicense`)
      .post({ addLicenses: [{ skuId: POWER_BI, disabledPlans: [] }], removeLicenses: [] })) as User;
    assertSchema('microsoft.graph.user', result);
    expect(result.id).toBe(user.id);
    const details = (await graph.api(`/users/${user.id}/licenseDetails`).get()) as GraphPage<{
      id: string;
      skuId: string;
      skuPartNumber: string;
      servicePlans: unknown[];
    }>;
    assertCollection('microsoft.graph.licenseDetails', details);
    expect(details.value.map((d) => d.skuPartNumber)).toEqual(['POWER_BI_STANDARD']);
    const one = (await graph
      .api(`/users/${user.id}/licenseDetails/${details.value[0]?.id ?? ''}`)
      .get()) as { skuId: string };
    expect(one.skuId).toBe(POWER_BI);
    const reprocessed = (await graph
      .api(`/users/${user.id}/reprocessLicenseAssignment`)
      .post({})) as User;
    expect(reprocessed.id).toBe(user.id);
    const states = (await graph
      .api(`/users/${user.id}`)
      .select('licenseAssignmentStates')
      .get()) as User;
    expect(states.licenseAssignmentStates).toEqual([
      expect.objectContaining({
        skuId: POWER_BI,
        assignedByGroup: null,
        state: 'Active',
        error: 'None',
      }),
    ]);
  });

  it('lists memberOf as groups', async () => {
    const admin = (await graph
      .api('/users')
      .filter("userPrincipalName eq 'alex.wilber@contoso.com'")
      .get()) as GraphPage<User>;
    const id = admin.value[0]?.id ?? '';
    const groups = (await graph.api(`/users/${id}/memberOf`).get()) as GraphPage<{
      '@odata.type': string;
      displayName: string;
    }>;
    expect(groups.value.map((g) => g.displayName)).toContain('E3 base services');
    expect(groups.value.every((g) => g['@odata.type'] === '#microsoft.graph.group')).toBe(true);
  });

  it('supports $search, $count and $orderby with ConsistencyLevel: eventual', async () => {
    const page = (await graph
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .search('"displayName:wilber"')
      .count(true)
      .orderby('displayName')
      .select('displayName')
      .get()) as GraphPage<User>;
    expect(page['@odata.count']).toBeGreaterThanOrEqual(2);
    const names = page.value.map((u) => u.displayName);
    expect(names).toContain('Alex Wilber');
    expect([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()))).toEqual(
      names,
    );
    const without = await h.raw(
      'GET',
      `/users?$search=${encodeURIComponent('"displayName:wilber"')}`,
    );
    expect(without.status).toBe(400);
    // Graph's code for it (learn.microsoft.com/graph/aad-advanced-queries, error handling).
    assertGraphError(without.json, 'Request_UnsupportedQuery');
  });

  it('answers usageLocation eq null only as an advanced query, as Graph does (issue #16 item 8)', async () => {
    const path = `/users?$filter=${encodeURIComponent('usageLocation eq null')}&$select=id,usageLocation`;
    const standard = await h.raw('GET', path);
    expect(standard.status).toBe(400);
    assertGraphError(standard.json, 'Request_UnsupportedQuery');
    expect((standard.json.error as { message: string }).message).toBe(
      "Unsupported or invalid query filter clause specified for property 'usageLocation' of resource 'User'.",
    );
    const advanced = await h.raw('GET', `${path}&$count=true&$top=999`, {
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect(advanced.status).toBe(200);
    const body = advanced.json as unknown as GraphPage<User>;
    expect(body['@odata.count']).toBeGreaterThan(0);
    expect(body.value.length).toBe(body['@odata.count']);
    expect(body.value.every((u) => u.usageLocation === null)).toBe(true);
  });

  it('sorts by displayName descending, also with $search, and refuses properties Graph cannot sort', async () => {
    const page = (await graph
      .api('/users')
      .header('ConsistencyLevel', 'eventual')
      .search('"displayName:a"')
      .count(true)
      .orderby('displayName desc')
      .select('displayName')
      .top(999)
      .get()) as GraphPage<User>;
    const names = page.value.map((u) => u.displayName.toLowerCase());
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual([...names].sort().reverse());
    const unsortable = await h.raw('GET', '/users?$orderby=usageLocation');
    expect(unsortable.status).toBe(400);
    assertGraphError(unsortable.json, 'Request_UnsupportedQuery');
  });
});
