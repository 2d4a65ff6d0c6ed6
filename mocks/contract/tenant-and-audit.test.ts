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

interface Sku {
  id: string;
  skuId: string;
  skuPartNumber: string;
  consumedUnits: number;
  prepaidUnits: { enabled: number; warning: number; suspended: number; lockedOut: number };
}
interface Audit {
  id: string;
  activityDisplayName: string;
  activityDateTime: string;
  category: string;
  result: string;
  correlationId: string;
  initiatedBy: { user: { userPrincipalName: string } | null; app: { displayName: string } | null };
  targetResources: {
    id: string;
    displayName: string | null;
    type: string;
    modifiedProperties: { displayName: string; oldValue: string | null; newValue: string | null }[];
  }[];
}

let h: Harness;
let graph: Client;

beforeAll(async () => {
  h = await startHarness('default');
  graph = await h.client('global.reader@contoso.onmicrosoft.com');
});
afterAll(async () => {
  await h.close();
});

describe('subscribedSkus and organization', () => {
  it('lists subscriptions with Graph ids {tenantId}_{skuId} and gets one', async () => {
    const skus = (await graph.api('/subscribedSkus').get()) as GraphPage<Sku>;
    assertCollection('microsoft.graph.subscribedSku', skus);
    const parts = skus.value.map((s) => s.skuPartNumber);
    expect(parts).toEqual(
      expect.arrayContaining([
        'ENTERPRISEPACK',
        'ENTERPRISEPREMIUM',
        'EMS',
        'SPE_E3',
        'STANDARDPACK',
        'AAD_PREMIUM',
        'MCOMEETADV',
        'POWER_BI_STANDARD',
      ]),
    );
    const org = (await graph.api('/organization').get()) as GraphPage<{
      id: string;
      countryLetterCode: string;
    }>;
    expect(org.value[0]?.countryLetterCode).toBe('US');
    const audio = skus.value.find((s) => s.skuPartNumber === 'MCOMEETADV');
    expect(audio?.id).toBe(`${org.value[0]?.id ?? ''}_${audio?.skuId ?? ''}`);
    expect(audio?.consumedUnits).toBe(40);
    const one = (await graph
      .api(`/subscribedSkus/${audio?.id ?? ''}`)
      .select('skuPartNumber,prepaidUnits')
      .get()) as Sku;
    expect(one).toEqual({
      '@odata.context': expect.any(String) as string,
      skuPartNumber: 'MCOMEETADV',
      prepaidUnits: { enabled: 40, warning: 0, suspended: 0, lockedOut: 0 },
    });
  });

  it('refuses $filter on subscribedSkus', async () => {
    const response = await h.raw('GET', "/subscribedSkus?$filter=skuPartNumber eq 'EMS'");
    expect(response.status).toBe(400);
    assertGraphError(response.json, 'Request_UnsupportedQuery');
  });
});

interface CompanySubscription {
  id: string;
  commerceSubscriptionId: string;
  createdDateTime: string;
  isTrial: boolean;
  nextLifecycleDateTime: string | null;
  ownerId: string | null;
  ownerTenantId: string | null;
  ownerType: string | null;
  serviceStatus: { servicePlanId: string; servicePlanName: string; provisioningStatus: string }[];
  skuId: string;
  skuPartNumber: string;
  status: string;
  totalLicenses: number;
}

describe('directory/subscriptions (issue #16 item 8)', () => {
  it("lists the organization's commercial subscriptions in Graph's shape, one per state of a product's units", async () => {
    const list = (await graph
      .api('/directory/subscriptions')
      .get()) as GraphPage<CompanySubscription> & {
      '@odata.context': string;
    };
    expect(list['@odata.context']).toMatch(/\/v1\.0\/\$metadata#directory\/subscriptions$/);
    const skus = (await graph.api('/subscribedSkus').get()) as GraphPage<
      Sku & { subscriptionIds: string[] }
    >;
    const e5 = skus.value.find((s) => s.skuPartNumber === 'ENTERPRISEPREMIUM');
    const ofE5 = list.value.filter((s) => s.skuId === e5?.skuId);
    expect(ofE5.map((s) => [s.status, s.totalLicenses]).sort()).toEqual([
      ['Enabled', 250],
      ['Warning', 10],
    ]);
    // subscribedSku.subscriptionIds names them; units add up to prepaidUnits.
    expect([...(e5?.subscriptionIds ?? [])].sort()).toEqual(ofE5.map((s) => s.id).sort());
    const warning = ofE5.find((s) => s.status === 'Warning');
    expect(warning?.nextLifecycleDateTime).toBe('2026-11-20T09:00:00Z');
    expect(warning).toMatchObject({
      skuPartNumber: 'ENTERPRISEPREMIUM',
      isTrial: false,
      ownerType: null,
      commerceSubscriptionId: expect.stringMatching(/^[0-9a-f-]{36}$/) as string,
    });
    expect(warning?.serviceStatus.length).toBeGreaterThan(10);
    for (const sku of skus.value) {
      const enabled = list.value
        .filter((s) => s.skuId === sku.skuId && s.status === 'Enabled')
        .reduce((n, s) => n + s.totalLicenses, 0);
      expect(enabled).toBe(sku.prepaidUnits.enabled);
    }

    const one = (await graph
      .api(`/directory/subscriptions/${warning?.id ?? ''}`)
      .select('status,totalLicenses')
      .get()) as Record<string, unknown>;
    expect(one).toEqual({
      '@odata.context': expect.any(String) as string,
      status: 'Warning',
      totalLicenses: 10,
    });
    const missing = await h.raw(
      'GET',
      '/directory/subscriptions/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
    assertGraphError(missing.json, 'Request_ResourceNotFound');
    const filtered = await h.raw('GET', "/directory/subscriptions?$filter=status eq 'Warning'");
    expect(filtered.status).toBe(400);
    assertGraphError(filtered.json, 'Request_UnsupportedQuery');
  });
});

describe('directoryAudits', () => {
  it('lists records newest first, matching the schema, and gets one by id', async () => {
    const page = (await graph.api('/auditLogs/directoryAudits').top(100).get()) as GraphPage<Audit>;
    assertCollection('microsoft.graph.directoryAudit', page);
    const times = page.value.map((a) => a.activityDateTime);
    expect([...times].sort().reverse()).toEqual(times);
    const first = page.value[0];
    const one = (await graph.api(`/auditLogs/directoryAudits/${first?.id ?? ''}`).get()) as Audit;
    assertSchema('microsoft.graph.directoryAudit', one);
    expect(one.id).toBe(first?.id);
  });

  it('tells a processing run as one story: Set group license, Start, per-user Change user license, Finish with the summary', async () => {
    const set = (await graph
      .api('/auditLogs/directoryAudits')
      .filter(
        "activityDisplayName eq 'Set group license' and targetResources/any(t:t/displayName eq 'Audio Conferencing users')",
      )
      .get()) as GraphPage<Audit>;
    expect(set.value).toHaveLength(1);
    const record = set.value[0] as Audit;
    expect(record.category).toBe('GroupManagement');
    expect(record.initiatedBy.user?.userPrincipalName).toBe(
      'license.admin@contoso.onmicrosoft.com',
    );
    const license = record.targetResources[0]?.modifiedProperties.find(
      (p) => p.displayName === 'AssignedLicense',
    );
    expect(license?.oldValue).toBe('[]');
    expect(license?.newValue).toMatch(
      /^\["\[SkuName=MCOMEETADV, SkuId=0c266dff-15dd-4b49-8397-2bb16070ed52, DisabledPlans=\[\]\]",/,
    );
    const run = (await graph
      .api('/auditLogs/directoryAudits')
      .filter(`correlationId eq '${record.correlationId}'`)
      .orderby('activityDateTime asc')
      .top(999)
      .get()) as GraphPage<Audit>;
    const names = run.value.map((a) => a.activityDisplayName);
    expect(names[0]).toBe('Set group license');
    expect(names).toContain('Start applying group based license to users');
    expect(names.at(-1)).toBe('Finish applying group based license to users');
    const finish = run.value.at(-1) as Audit;
    expect(finish.initiatedBy).toEqual({
      user: null,
      app: expect.objectContaining({
        displayName: 'Microsoft Azure AD Group-Based Licensing',
      }) as object,
    });
    expect(finish.targetResources[0]?.modifiedProperties).toEqual([
      {
        displayName: 'Result',
        oldValue: '[]',
        newValue:
          '[Users successfully assigned licenses: 40, Users for whom license assignment failed: 15.]',
      },
    ]);
    const changes = run.value.filter((a) => a.activityDisplayName === 'Change user license');
    expect(changes).toHaveLength(55);
    expect(changes.filter((a) => a.result === 'failure')).toHaveLength(15);
  });

  it.each([
    ["activityDisplayName eq 'Add group'", (a: Audit) => a.activityDisplayName === 'Add group'],
    [
      "startswith(activityDisplayName, 'Finish applying')",
      (a: Audit) => a.activityDisplayName.startsWith('Finish applying'),
    ],
    [
      "initiatedBy/user/userPrincipalName eq 'groups.admin@contoso.onmicrosoft.com'",
      (a: Audit) =>
        a.initiatedBy.user?.userPrincipalName === 'groups.admin@contoso.onmicrosoft.com',
    ],
    [
      "initiatedBy/app/displayName eq 'Microsoft Azure AD Group-Based Licensing'",
      (a: Audit) => a.initiatedBy.app !== null,
    ],
    [
      "targetResources/any(t:startswith(t/displayName, 'E3'))",
      (a: Audit) => a.targetResources.some((t) => t.displayName?.startsWith('E3')),
    ],
    [
      "category eq 'UserManagement' and result eq 'failure'",
      (a: Audit) => a.category === 'UserManagement' && a.result === 'failure',
    ],
    [
      'activityDateTime ge 2026-10-20T00:00:00Z and activityDateTime le 2026-10-31T00:00:00Z',
      (a: Audit) => a.activityDateTime >= '2026-10-20' && a.activityDateTime <= '2026-10-31',
    ],
  ])('filters %s', async (filter, expected) => {
    const page = (await graph
      .api('/auditLogs/directoryAudits')
      .filter(filter)
      .top(999)
      .get()) as GraphPage<Audit>;
    expect(page.value.length).toBeGreaterThan(0);
    expect(page.value.every(expected)).toBe(true);
  });

  it('pages with $top and @odata.nextLink until the end', async () => {
    let page = (await graph
      .api(
        "/auditLogs/directoryAudits?$top=250&$filter=activityDisplayName eq 'Change user license'",
      )
      .get()) as GraphPage<Audit>;
    const ids = new Set<string>();
    for (;;) {
      for (const a of page.value) ids.add(a.id);
      const next = page['@odata.nextLink'];
      if (next === undefined) break;
      page = await h.follow<GraphPage<Audit>>(next);
    }
    expect(ids.size).toBeGreaterThan(1000);
  });

  it('refuses filters Graph does not support on audits', async () => {
    for (const filter of [
      "loggedByService ne 'Core Directory'",
      "contains(activityDisplayName, 'license')",
      "operationType eq 'Add'",
    ]) {
      const response = await h.raw(
        'GET',
        `/auditLogs/directoryAudits?$filter=${encodeURIComponent(filter)}`,
      );
      expect(response.status, filter).toBe(400);
      assertGraphError(response.json, 'Request_UnsupportedQuery');
    }
  });
});
