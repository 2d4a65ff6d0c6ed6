/**
 * How queued work is saved: a job queued for a group's members (a licence change, a Reprocess) is
 * stored as "members of G" plus its differences and a count of users done, so saving it costs what
 * changed, not the group's size; restoring it gives exactly the users still to do.
 */
import { describe, expect, it } from 'vitest';
import { applyTenantDeltas, type TenantDelta } from './changes';
import type { TenantSnapshot } from './snapshot';
import { Tenant } from './tenant';
import { addGroup, addUser, seats, skuOf, testTenant } from './testing/tenant-builder';
import type { MembershipRule } from './types';

const E3 = skuOf('ENTERPRISEPACK');
const never: MembershipRule = { text: 'never', matches: () => false };

/** A tenant with `size` users, all members of `big`, and E3 for them. */
function bigGroup(size: number) {
  const made = testTenant();
  made.tenant.addSubscription(E3, seats(size + 10));
  const ids = Array.from({ length: size }, (_, i) => addUser(made.tenant, `u${String(i)}`));
  addGroup(made.tenant, 'big', ids);
  made.tenant.drain();
  return { ...made, ids };
}

function restore(snapshot: TenantSnapshot, clock: { now: number }): Tenant {
  return Tenant.fromSnapshot(
    JSON.parse(JSON.stringify(snapshot)) as TenantSnapshot,
    { tenantCountry: 'US', clock: () => clock.now },
    () => never,
  );
}

describe('a job for a group\u2019s members, saved', () => {
  it('names the group instead of listing its 2,000 members', () => {
    const { tenant } = bigGroup(2_000);
    tenant.assignGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    const [job] = tenant.exportState().jobs;
    expect(job).toEqual({
      reason: 'groupLicenses',
      groupIds: ['big'],
      userIds: [],
      retry: null,
      membersOf: 'big',
      from: 'u0',
      skip: [],
      done: 0,
    });
  });

  it('each processing step is saved as a count, not the users still to do', () => {
    const { tenant } = bigGroup(2_000);
    const tracker = tenant.trackChanges();
    tenant.assignGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    expect(JSON.stringify(tracker.delta().jobs).length).toBeLessThan(300);
    tenant.step(500);
    const step = tracker.delta();
    expect(step.jobs).toEqual([expect.objectContaining({ from: 'u500', skip: [], done: 500 })]);
    expect(JSON.stringify(step.jobs).length).toBeLessThan(300);
    expect(tenant.group('big')?.progress).toEqual({ processed: 500, total: 2_000 });
  });

  it('restores exactly the users still to do after members joined, left and were deleted', () => {
    const { tenant, clock, ids } = bigGroup(60);
    addUser(tenant, 'outsider');
    tenant.assignGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.step(20);
    // Before the cursor and after it: leaving, deleted; a newcomer and an outsider joining.
    tenant.removeMember('big', ids[5] ?? '');
    tenant.removeMember('big', ids[40] ?? '');
    tenant.deleteUser(ids[45] ?? '');
    tenant.addMember('big', 'outsider');
    addUser(tenant, 'late');
    tenant.addMember('big', 'late');
    const saved = tenant.exportState();
    const [job] = saved.jobs;
    // u40 left but is still to do (a listed user); outsider and late joined after the job was
    // queued (skipped: their own membership job handles them).
    expect(job).toMatchObject({ from: 'u20', userIds: ['u40'], done: 20 });
    expect(job?.skip).toEqual(['outsider', 'late']);

    const copy = restore(saved, clock);
    expect(copy.exportState()).toEqual(saved);
    expect(copy.group('big')?.progress).toEqual({ processed: 20, total: 20 + 39 });
    tenant.drain();
    copy.drain();
    expect(copy.exportState()).toEqual(tenant.exportState());
  });

  it('a group Reprocess lists only the former holders who are no longer members', () => {
    const { tenant, clock, ids } = bigGroup(50);
    tenant.assignGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    tenant.removeMember('big', ids[3] ?? '');
    tenant.reprocessGroup('big');
    const saved = tenant.exportState();
    expect(saved.jobs.at(-1)).toMatchObject({ membersOf: 'big', userIds: ['u3'], skip: [] });
    expect(restore(saved, clock).exportState()).toEqual(saved);
  });

  it('the saved journal follows membership changes made while the job waits', () => {
    const { tenant, clock, ids } = bigGroup(30);
    const start = tenant.exportState();
    const tracker = tenant.trackChanges();
    const deltas: TenantDelta[] = [];
    tenant.assignGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    deltas.push(tracker.delta());
    tenant.removeMember('big', ids[10] ?? '');
    const leaving = tracker.delta();
    expect(leaving.jobs).not.toBeNull();
    deltas.push(leaving);
    tenant.step(5);
    deltas.push(tracker.delta());
    // The first user still to do is deleted: nothing queued moves, what the job is saved as does.
    tenant.deleteUser(ids[5] ?? '');
    deltas.push(tracker.delta());
    const replayed = applyTenantDeltas(start, deltas);
    expect(restore(replayed, clock).exportState()).toEqual(tenant.exportState());
  });

  it('lists the users still to do once the group is deleted', () => {
    const { tenant, clock, ids } = bigGroup(30);
    tenant.assignGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.step(5);
    tenant.assignGroupLicenses('big', [], [E3]);
    tenant.deleteGroup('big');
    const saved = tenant.exportState();
    expect(saved.jobs[0]).toEqual({
      reason: 'groupLicenses',
      groupIds: [],
      userIds: ids.slice(5),
      retry: null,
      done: 5,
    });
    expect(restore(saved, clock).exportState().jobs).toEqual(saved.jobs);
  });
});
