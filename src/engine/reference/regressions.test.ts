/**
 * Engine bugs found by the seeded property tests, each shrunk (`shrink()` in runner.ts) to a minimal
 * command sequence and named after the behaviour README.md promises. Each test states the
 * expectation directly on the public `Tenant` API, then replays the same commands through the
 * reference harness. Every one failed on the engine when it was found; they stay as guards and
 * none is ever skipped.
 */
import { describe, expect, it } from 'vitest';
import { Tenant } from '../tenant';
import { applyCommand, planId, skuId, type Command } from './commands';
import { replay } from './runner';

/** Runs commands on a fresh tenant (drain after each), with a movable clock. */
function tenantAfter(commands: readonly Command[]): { t: Tenant; clock: { now: number } } {
  const clock = { now: 1_700_000_000_000 };
  const t = new Tenant({ tenantCountry: 'US', clock: () => clock.now });
  for (const c of commands) {
    applyCommand(t, c, (ms) => {
      clock.now += ms;
    });
    t.drain();
  }
  return { t, clock };
}

const states = (t: Tenant, userId: string): string[][] =>
  (t.license(userId)?.licenseAssignmentStates ?? [])
    .map((s) => [s.skuId, s.assignedByGroup ?? 'direct', s.state, s.error])
    .sort();

const user = (
  id: string,
  usageLocation: string | null = 'US',
  proxyAddresses: string[] = [],
): Command => ({ op: 'addUser', user: { id, usageLocation, proxyAddresses, department: null } });
const group = (id: string): Command => ({
  op: 'createGroup',
  groupId: id,
  securityEnabled: true,
  dynamic: false,
});
const sub = (sku: Parameters<typeof skuId>[0], units = 5): Command => ({
  op: 'addSubscription',
  sku,
  units,
  warning: 0,
});

describe('regressions found by the property tests', () => {
  // Seed 9 (and most seeds once dates are compared). README invariant 7 / reconcile step 5.
  const reapplied: Command[] = [
    sub('E3'),
    user('u1'),
    group('g1'),
    { op: 'addMember', groupId: 'g1', memberId: 'u1' },
    { op: 'assignGroupLicenses', groupId: 'g1', add: [{ sku: 'E3', disabled: [] }], remove: [] },
    { op: 'tick', ms: 1000 },
    {
      op: 'assignGroupLicenses',
      groupId: 'g1',
      add: [{ sku: 'E3', disabled: ['TEAMS1'] }],
      remove: [],
    },
    { op: 'tick', ms: 1000 },
    { op: 'assignGroupLicenses', groupId: 'g1', add: [{ sku: 'E3', disabled: [] }], remove: [] },
  ];
  it('a plan that stays enabled keeps its assignedDateTime; one regained inside the grace period gets its original date back', () => {
    const { t } = tenantAfter(reapplied);
    const dates = new Set(t.license('u1')?.assignedPlans.map((p) => p.assignedDateTime));
    // Every plan was first assigned at the start and never lost for longer than 1 s (grace: 30 days).
    expect([...dates]).toEqual([1_700_000_000_000]);
    expect(replay(reapplied)).toBeNull();
  });

  // Seeds 5, 7. README invariant 9 and the `whatIf` contract: changes equal what the command does.
  it('whatIf of a direct assignment (or a user Reprocess) reports the user change it would make', () => {
    const { t } = tenantAfter([sub('E3'), user('u1')]);
    const predicted = t.whatIf((x) => {
      x.assignUserLicenses('u1', [{ skuId: skuId('E3'), disabledPlans: [] }], []);
    });
    expect(predicted.seatDelta).toEqual({ [skuId('E3')]: 1 });
    expect(predicted.changes.map((c) => c.userId)).toEqual(['u1']);
    expect(
      replay([
        sub('E3'),
        user('u1'),
        { op: 'assignUserLicenses', userId: 'u1', add: [{ sku: 'E3', disabled: [] }], remove: [] },
      ]),
    ).toBeNull();
  });

  // Seeds 243, 276. README "Enabled plans" / UserLicenseView.assignedLicenses: disabledPlans = SKU
  // plans not enabled by any applied entry; a failed re-evaluation keeps the old applied version.
  const gainedPlanInBrazil: Command[] = [
    sub('EXO1'),
    user('u1', 'BR'),
    group('g1'),
    { op: 'addMember', groupId: 'g1', memberId: 'u1' },
    { op: 'assignGroupLicenses', groupId: 'g1', add: [{ sku: 'EXO1', disabled: [] }], remove: [] },
    { op: 'addServicePlan', sku: 'EXO1', plan: 'MCOPSTN1' }, // a Calling Plan: not offered in BR
  ];
  it('a SKU that gains a plan the user cannot get lists that plan in assignedLicenses.disabledPlans', () => {
    const { t } = tenantAfter(gainedPlanInBrazil);
    expect(states(t, 'u1')).toEqual([
      [skuId('EXO1'), 'g1', 'ActiveWithError', 'ProhibitedInUsageLocationViolation'],
    ]);
    const pstn = planId('MCOPSTN1');
    expect(t.license('u1')?.assignedPlans.some((p) => p.servicePlanId === pstn)).toBe(false);
    expect(t.license('u1')?.assignedLicenses).toEqual([
      { skuId: skuId('EXO1'), disabledPlans: [pstn] },
    ]);
    expect(replay(gainedPlanInBrazil)).toBeNull();
  });

  // Seed 913. README invariants 8 (whatIf rolls back everything) and 2 (unchanged intent keeps its outcome).
  it('a rolled-back whatIf of addServicePlan does not make an unchanged entry pending later', () => {
    const setup: Command[] = [
      sub('SKYPE'),
      sub('E3', 0),
      user('u1'),
      group('g1'),
      { op: 'addMember', groupId: 'g1', memberId: 'u1' },
      {
        op: 'assignGroupLicenses',
        groupId: 'g1',
        add: [{ sku: 'SKYPE', disabled: [] }],
        remove: [],
      },
    ];
    const { t } = tenantAfter(setup);
    const addPlan = (x: Tenant): void => {
      x.addServicePlan(skuId('SKYPE'), {
        servicePlanId: planId('NEWPLAN_A'),
        servicePlanName: 'NEWPLAN_A',
      });
    };
    t.whatIf(addPlan);
    addPlan(t);
    t.drain();
    t.assignGroupLicenses('g1', [{ skuId: skuId('E3'), disabledPlans: [] }], []); // no seat: E3 fails
    t.drain();
    expect(states(t, 'u1')).toEqual(
      [
        [skuId('E3'), 'g1', 'Error', 'CountViolation'],
        [skuId('SKYPE'), 'g1', 'Active', 'None'], // unchanged intent: keeps Active/None
      ].sort(),
    );
    expect(
      replay([
        ...setup,
        { op: 'addServicePlan', sku: 'SKYPE', plan: 'NEWPLAN_A' },
        {
          op: 'assignGroupLicenses',
          groupId: 'g1',
          add: [{ sku: 'E3', disabled: [] }],
          remove: [],
        },
      ]),
    ).toBeNull();
  });

  // Seed 2651. README reconcile step 2 ("a plan the user *keeps*") and LICENSING.md rule 9 (seat released at once).
  const leaveAddOnGroup: Command[] = [
    sub('E1'),
    sub('AUDIO'),
    user('u1'),
    group('g1'),
    { op: 'addMember', groupId: 'g1', memberId: 'u1' },
    {
      op: 'assignGroupLicenses',
      groupId: 'g1',
      add: [
        { sku: 'E1', disabled: [] },
        { sku: 'AUDIO', disabled: [] },
      ],
      remove: [],
    },
    { op: 'removeMember', groupId: 'g1', memberId: 'u1' },
  ];
  it('leaving a group with an add-on and its prerequisite drops both: nothing is held for a plan that goes too', () => {
    const { t } = tenantAfter(leaveAddOnGroup);
    expect(states(t, 'u1')).toEqual([]);
    expect(t.subscription(skuId('E1'))?.consumedUnits).toBe(0);
    expect(replay(leaveAddOnGroup)).toBeNull();
  });

  // Seed 2605. README reconcile step 2 ("re-checked on every reconcile") and "all direct changes reconcile synchronously".
  const heldThenDirect: Command[] = [
    sub('AUDIO'),
    sub('SKYPE'),
    sub('E3'),
    user('u1'),
    group('g1'),
    { op: 'addMember', groupId: 'g1', memberId: 'u1' },
    { op: 'assignGroupLicenses', groupId: 'g1', add: [{ sku: 'E3', disabled: [] }], remove: [] },
    { op: 'assignUserLicenses', userId: 'u1', add: [{ sku: 'AUDIO', disabled: [] }], remove: [] },
    { op: 'assignGroupLicenses', groupId: 'g1', add: [], remove: ['E3'] }, // E3 held: AUDIO needs its MCOSTANDARD
    { op: 'assignUserLicenses', userId: 'u1', add: [{ sku: 'SKYPE', disabled: [] }], remove: [] },
  ];
  it('a direct change re-checks an entry held for a prerequisite and drops it once another entry provides it', () => {
    const { t } = tenantAfter(heldThenDirect);
    expect(states(t, 'u1')).toEqual(
      [
        [skuId('AUDIO'), 'direct', 'Active', 'None'],
        [skuId('SKYPE'), 'direct', 'Active', 'None'],
      ].sort(),
    );
    expect(t.subscription(skuId('E3'))?.consumedUnits).toBe(0);
    expect(replay(heldThenDirect)).toBeNull();
  });

  // Seed 100851. README reconcile step 4.5: only when "the user has no mailbox plan enabled yet".
  const mailboxAlready: Command[] = [
    sub('E3'),
    user('u1', 'US', ['SMTP:u1@contoso.com']),
    user('u2', 'US', ['smtp:shared@contoso.com']),
    group('g1'),
    { op: 'addMember', groupId: 'g1', memberId: 'u1' },
    { op: 'assignGroupLicenses', groupId: 'g1', add: [{ sku: 'E3', disabled: [] }], remove: [] },
    {
      op: 'updateUser',
      userId: 'u1',
      patch: { proxyAddresses: ['SMTP:u1@contoso.com', 'SMTP:SHARED@contoso.com'] },
    },
    { op: 'addServicePlan', sku: 'E3', plan: 'NEWPLAN_A' }, // E3 is re-evaluated; u1 already has its mailbox
  ];
  // Seed 203065. README invariant 9 ("every change returns the per-user licence changes it caused, so
  // callers never diff the tenant"): the change must start from the state before the command.
  const newPlanOnHolder: Command[] = [
    sub('SKYPE'),
    user('u1'),
    group('g1'),
    { op: 'addMember', groupId: 'g1', memberId: 'u1' },
    { op: 'assignGroupLicenses', groupId: 'g1', add: [{ sku: 'SKYPE', disabled: [] }], remove: [] },
  ];
  it('the processing change after addServicePlan starts from the licence picture before the command', () => {
    const { t } = tenantAfter(newPlanOnHolder);
    const before = t.license('u1')?.assignedLicenses;
    t.addServicePlan(skuId('SKYPE'), {
      servicePlanId: planId('NEWPLAN_A'),
      servicePlanName: 'NEWPLAN_A',
    });
    const changes = t.drain().flatMap((e) => (e.type === 'userChanged' ? [e.change] : []));
    expect(changes.map((c) => c.userId)).toEqual(['u1']);
    expect(changes[0]?.before.assignedLicenses).toEqual(before); // [{ SKYPE, disabledPlans: [] }]
    expect(
      replay([...newPlanOnHolder, { op: 'addServicePlan', sku: 'SKYPE', plan: 'NEWPLAN_A' }]),
    ).toBeNull();
  });

  // Seed 400116. README invariant 8: "whatIf never changes the tenant: every write inside it is
  // journaled and rolled back" (here the order of a group's nested-group members moved).
  const nested: Command[] = [
    group('g1'),
    group('g3'),
    group('g4'),
    { op: 'addMember', groupId: 'g1', memberId: 'g4' },
    { op: 'addMember', groupId: 'g1', memberId: 'g3' },
    { op: 'removeMember', groupId: 'g1', memberId: 'g4' },
  ];
  it('a whatIf that removes a nested group leaves the group exactly as it was', () => {
    const { t } = tenantAfter(nested.slice(0, -1));
    const before = JSON.stringify(t.exportState());
    expect(t.group('g1')?.groupMemberIds).toEqual(['g4', 'g3']);
    t.whatIf((x) => {
      x.removeMember('g1', 'g4');
    });
    expect(t.group('g1')?.groupMemberIds).toEqual(['g4', 'g3']);
    expect(JSON.stringify(t.exportState())).toBe(before);
    expect(replay(nested)).toBeNull();
  });

  it('re-evaluating an entry that already gave the user a mailbox is not a UniquenessViolation', () => {
    const { t } = tenantAfter(mailboxAlready);
    expect(states(t, 'u1')).toEqual([[skuId('E3'), 'g1', 'Active', 'None']]);
    expect(replay(mailboxAlready)).toBeNull();
  });
});
