/**
 * Filters on `assignedLicenses` (`$count`, `any(x:x/skuId eq …)`, `not`, `and`, `or`, beside other
 * properties, `$search` and `$orderby`) through the users' list source give exactly the keys a
 * scan of every user's licence view gives, on a seeded tenant and after licences are assigned and
 * removed, users created and deleted, groups processed, a what-if rolled back, and while the
 * `graph` profile's lists lag; and a filter on licences alone is answered without a licence view.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSeedStore } from '../../seeds';
import { adminActor } from '../../seeds/kit';
import { addMember, assignGroupLicenses, removeMember } from '../directory-groups';
import { assignUserLicenses, createUser, deleteUser } from '../directory-users';
import { errorMessages, GraphError } from '../errors';
import { matchKeys, pageOf } from '../odata/apply';
import { parseListQuery } from '../odata/query';
import { ListReplica, listedUserSource } from '../profile/replica';
import { USER_SPEC } from '../resources/users';
import { userSource } from '../rows';
import type { StoreReader, TenantStore } from '../store';

const CAPS = { select: true, filter: true, orderby: true, search: true, count: true, top: true };
const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const E5 = 'c7df2760-2c81-4ef7-b578-5b5392b571df';
const EMS = 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e';
const VISIO = 'c5928f49-12ba-48f7-ada3-0d743a3601d5';
/** A product the tenant has and nobody holds. */
const PROJECT = '09015f9f-377f-4538-bbb5-f75ceb09358a';
/** A product the tenant does not have. */
const UNKNOWN = '00000000-0000-4000-8000-000000000001';

const any = (sku: string) => `assignedLicenses/any(x:x/skuId eq ${sku})`;

/** Each filter as an advanced query (`eventual` and `$count=true`) and the options beside it. */
const ADVANCED: readonly Record<string, string>[] = [
  { $filter: 'assignedLicenses/$count ne 0' },
  { $filter: 'assignedLicenses/$count eq 0' },
  { $filter: 'assignedLicenses/$count eq 2' },
  { $filter: 'assignedLicenses/$count ne 1' },
  { $filter: 'not(assignedLicenses/$count eq 0)' },
  { $filter: 'not(assignedLicenses/$count ne 0)' },
  { $filter: any(E3) },
  { $filter: any(E3.toUpperCase()) },
  { $filter: any(VISIO) },
  { $filter: any(PROJECT) },
  { $filter: any(UNKNOWN) },
  { $filter: `not(${any(E3)})` },
  { $filter: `not(${any(UNKNOWN)})` },
  { $filter: `assignedLicenses/any(x:x/skuId eq ${E3} or x/skuId eq ${E5})` },
  { $filter: `assignedLicenses/any(x:x/skuId eq ${E3} and x/skuId eq ${EMS})` },
  { $filter: `${any(E3)} and ${any(EMS)}` },
  { $filter: `${any(E5)} or ${any(VISIO)}` },
  { $filter: `${any(EMS)} and not(${any(E3)})` },
  { $filter: `assignedLicenses/$count ne 0 and not(${any(E3)} or ${any(E5)})` },
  // Beside other properties, `$search` and `$orderby`: the licences narrow, the rest is checked.
  { $filter: `usageLocation eq null and ${any(E3)}` },
  { $filter: 'assignedLicenses/$count ne 0 and accountEnabled eq false' },
  { $filter: `startswith(displayName,'a') and ${any(EMS)}` },
  { $filter: `startswith(displayName,'a') or ${any(VISIO)}` },
  { $filter: `not(${any(E3)} and department eq 'Sales')` },
  { $filter: 'assignedLicenses/$count eq 0', $search: '"displayName:a"' },
  { $filter: any(E3), $search: '"displayName:meg" OR "mail:an"' },
  { $filter: 'assignedLicenses/$count ne 0', $orderby: 'displayName desc' },
  { $filter: `${any(EMS)} and startswith(userPrincipalName,'b')`, $orderby: 'displayName' },
];

/** Standard queries (no `eventual`, no `$count`): what the Cost tab's place sums send. */
const STANDARD: readonly Record<string, string>[] = [
  { $filter: any(E3) },
  { $filter: any(VISIO) },
  { $filter: any(UNKNOWN) },
  { $filter: `${any(E3)} or ${any(E5)}` },
];

function query(options: Record<string, string>, advanced: boolean) {
  const url = new URL('https://graph.microsoft.com/v1.0/users');
  for (const [name, value] of Object.entries(options)) url.searchParams.set(name, value);
  if (advanced) url.searchParams.set('$count', 'true');
  const headers = new Headers(advanced ? { ConsistencyLevel: 'eventual' } : {});
  return parseListQuery(url, headers, USER_SPEC, CAPS);
}

/**
 * Every filter of the table through the list source agrees with the scan; returns how many
 * matched someone and how many missed someone, so the table is not vacuous.
 */
async function compareTable(lists: StoreReader): Promise<{ some: number; notAll: number }> {
  let some = 0;
  let notAll = 0;
  const all = userSource(lists).keys.length;
  for (const [table, advanced] of [
    [ADVANCED, true],
    [STANDARD, false],
  ] as const) {
    for (const options of table) {
      const parsed = query(options, advanced);
      const scanned = await matchKeys(userSource(lists), USER_SPEC, parsed);
      const listed = await matchKeys(listedUserSource(lists), USER_SPEC, parsed);
      expect(listed, JSON.stringify(options)).toEqual(scanned);
      if (scanned.length > 0) some++;
      if (scanned.length < all) notAll++;
    }
  }
  return { some, notAll };
}

let store: TenantStore;
beforeEach(() => {
  store = createSeedStore('default');
});

/** Users holding `sku` directly (`direct`) or by any path, or (null) holding nothing. */
function usersWith(sku: string | null, direct = false): string[] {
  return store.tenant.userIds().filter((id) => {
    const view = store.tenant.license(id);
    if (!view) return false;
    if (sku === null) return view.assignedLicenses.length === 0;
    return view.licenseAssignmentStates.some(
      (s) => s.skuId === sku && (!direct || s.assignedByGroup === null),
    );
  });
}

describe('filters on assignedLicenses', () => {
  it('on the seeded tenant, give exactly what the scan of every user gives', async () => {
    const { some, notAll } = await compareTable(store);
    expect(some).toBeGreaterThan(ADVANCED.length + STANDARD.length - 6);
    expect(notAll).toBeGreaterThan(ADVANCED.length + STANDARD.length - 4);
  });

  it('page after page: the same pages, total and next page as the scan', async () => {
    for (const top of ['999', '100', '7']) {
      const parsed = query({ $filter: 'assignedLicenses/$count ne 0', $top: top }, true);
      const scanned = await matchKeys(userSource(store), USER_SPEC, parsed);
      const listed = await matchKeys(listedUserSource(store), USER_SPEC, parsed);
      for (let offset = 0; offset < scanned.length; offset += Number(top) * 3) {
        const at = { ...parsed, offset };
        const a = pageOf(userSource(store), scanned, at);
        const b = pageOf(listedUserSource(store), listed, at);
        expect(b.rows.map((r) => r.id)).toEqual(a.rows.map((r) => r.id));
        expect([b.total, b.nextOffset]).toEqual([a.total, a.nextOffset]);
      }
    }
  });

  it('on licences alone, are answered without building a licence view per user', async () => {
    const license = vi.spyOn(store.tenant, 'license');
    for (const text of ['assignedLicenses/$count ne 0', `not(${any(E3)}) and ${any(EMS)}`]) {
      const keys = await matchKeys(
        listedUserSource(store),
        USER_SPEC,
        query({ $filter: text }, true),
      );
      expect(keys.length).toBeGreaterThan(0);
    }
    expect(license).not.toHaveBeenCalled();
    license.mockRestore();
  });

  it('stay exact as licences are assigned and removed, users created and deleted', async () => {
    await compareTable(store);
    const actor = adminActor(store);
    const [unlicensed] = usersWith(null);
    const [directVisio] = usersWith(VISIO, true);
    const [holdsEms] = usersWith(EMS);
    if (!unlicensed || !directVisio || !holdsEms) throw new Error('seed lacks users');
    assignUserLicenses(store, unlicensed, [{ skuId: VISIO, disabledPlans: [] }], [], actor);
    assignUserLicenses(store, directVisio, [], [VISIO], actor);
    deleteUser(store, holdsEms, actor);
    const created = createUser(
      store,
      {
        displayName: 'Ada Newcomer',
        userPrincipalName: 'ada.newcomer@contoso.onmicrosoft.com',
        usageLocation: 'US',
      },
      actor,
    );
    assignUserLicenses(store, created, [{ skuId: E5, disabledPlans: [] }], [], actor);
    expect(store.tenant.license(unlicensed)?.assignedLicenses.map((l) => l.skuId)).toEqual([VISIO]);
    await compareTable(store);
    const licensed = await matchKeys(
      listedUserSource(store),
      USER_SPEC,
      query({ $filter: any(E5) }, true),
    );
    expect(licensed).toContain(created);
    expect(licensed).not.toContain(holdsEms);
  });

  it('stay exact through group processing: licences and members added and removed', async () => {
    await compareTable(store);
    const actor = adminActor(store);
    const group = [...store.groups.keys()].find((id) => {
      const view = store.tenant.group(id);
      return view?.assignedLicenses.length === 1 && view.assignedLicenses[0]?.skuId === E3;
    });
    if (!group) throw new Error('seed lacks an E3 group');
    assignGroupLicenses(store, group, [{ skuId: VISIO, disabledPlans: [] }], [], actor);
    const [outsider] = usersWith(null);
    if (outsider) addMember(store, group, outsider, actor);
    const member = store.tenant.group(group)?.userMemberIds[0];
    if (member) removeMember(store, group, member, actor);
    // Halfway through processing, then done.
    store.recordEvents(store.tenant.step(100));
    await compareTable(store);
    store.recordEvents(store.tenant.drain());
    await compareTable(store);
    assignGroupLicenses(store, group, [], [E3], actor);
    store.recordEvents(store.tenant.drain());
    await compareTable(store);
  });

  it('stay exact after a what-if preview is rolled back', async () => {
    await compareTable(store);
    const group = [...store.groups.keys()].find(
      (id) => (store.tenant.group(id)?.assignedLicenses.length ?? 0) > 0,
    );
    if (!group) throw new Error('seed lacks a licensing group');
    store.tenant.previewGroupLicenses(group, [{ skuId: VISIO, disabledPlans: [] }], [E3]);
    store.tenant.whatIf((t) => {
      for (const id of t.userIds().slice(0, 50)) t.deleteUser(id);
    });
    await compareTable(store);
  });

  it('while lists lag writes (graph profile), agree with the scan of what lists see', async () => {
    const replica = new ListReplica(store, 60_000);
    store.directoryWatch = replica;
    const actor = adminActor(store);
    const [a] = usersWith(EMS);
    const [b] = usersWith(VISIO, true);
    if (!a || !b) throw new Error('seed lacks users');
    deleteUser(store, a, actor);
    const created = createUser(
      store,
      {
        displayName: 'Lagging Newcomer',
        userPrincipalName: 'lagging@contoso.onmicrosoft.com',
        usageLocation: 'US',
      },
      actor,
    );
    assignUserLicenses(store, created, [{ skuId: EMS, disabledPlans: [] }], [], actor);
    assignUserLicenses(store, b, [], [VISIO], actor);
    const lists = replica.view();
    expect(lists).not.toBe(store);
    await compareTable(lists);
  });

  it('refuse bad input as before', () => {
    const refusal = (options: Record<string, string>, advanced: boolean) => {
      try {
        query(options, advanced);
      } catch (error) {
        if (error instanceof GraphError) return [error.status, error.code, error.message];
        throw error;
      }
      return null;
    };
    expect(refusal({ $filter: 'assignedLicenses/$count ne 0' }, false)).toEqual([
      400,
      'Request_UnsupportedQuery',
      errorMessages.advancedQueryNeeded('$count'),
    ]);
    expect(refusal({ $filter: `not(${any(E3)})` }, false)).toEqual([
      400,
      'Request_UnsupportedQuery',
      errorMessages.advancedQueryNeeded('not'),
    ]);
    expect(refusal({ $filter: `assignedLicenses/any(x:x/skuId eq '${E3}')` }, true)?.[0]).toBe(400);
    expect(refusal({ $filter: `assignedLicenses/all(x:x/skuId eq ${E3})` }, true)?.[1]).toBe(
      'Request_UnsupportedQuery',
    );
    expect(
      refusal({ $filter: `assignedLicenses/any(x:x/disabledPlans eq ${E3})` }, true)?.[1],
    ).toBe('Request_UnsupportedQuery');
  });
});
