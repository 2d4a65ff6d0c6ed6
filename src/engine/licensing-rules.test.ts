import { describe, expect, it } from 'vitest';
import { messages } from './errors';
import { planGain, planLoss } from './impact';
import { Tenant } from './tenant';
import {
  addGroup,
  addUser,
  planOf,
  planStatus,
  seats,
  skuOf,
  statesOf,
  testTenant,
} from './testing/tenant-builder';
import type { MembershipRule } from './types';

const E3 = skuOf('ENTERPRISEPACK');
const EMS = skuOf('EMS');
const AUDIO = skuOf('MCOMEETADV');
const CALLING = skuOf('MCOPSTN1');
const BI = skuOf('POWER_BI_STANDARD');

const departmentIs = (department: string): MembershipRule => ({
  text: `user.department -eq "${department}"`,
  matches: (user) => user.department?.toLowerCase() === department.toLowerCase(),
});

describe('direct assignment is validated whole and applied atomically', () => {
  const cases: { name: string; run: (t: Tenant) => void; error: string | RegExp }[] = [
    {
      name: 'unknown SKU',
      run: (t) =>
        t.assignUserLicenses(
          'ada',
          [{ skuId: '00000000-0000-0000-0000-000000000001', disabledPlans: [] }],
          [],
        ),
      error: messages.invalidCompanyLicense('00000000-0000-0000-0000-000000000001'),
    },
    {
      name: 'plan not in the SKU',
      run: (t) =>
        t.assignUserLicenses(
          'ada',
          [{ skuId: E3, disabledPlans: [planOf('EMS', 'INTUNE_A')] }],
          [],
        ),
      error: /is not part of license/,
    },
    {
      name: 'same SKU twice',
      run: (t) =>
        t.assignUserLicenses(
          'ada',
          [
            { skuId: E3, disabledPlans: [] },
            { skuId: E3, disabledPlans: [] },
          ],
          [],
        ),
      error: /more than once/,
    },
    {
      name: 'removing a SKU the user does not have',
      run: (t) => t.assignUserLicenses('ada', [], [EMS]),
      error: messages.notAssigned(EMS),
    },
    {
      name: 'no free seat',
      run: (t) => t.assignUserLicenses('ada', [{ skuId: BI, disabledPlans: [] }], []),
      error: messages.noAvailableLicenses(BI),
    },
    {
      name: 'plan not offered in the usage location',
      run: (t) => t.assignUserLicenses('bea', [{ skuId: CALLING, disabledPlans: [] }], []),
      error: /is not available in usage location BR/,
    },
    {
      name: 'a valid add together with an invalid one changes nothing',
      run: (t) =>
        t.assignUserLicenses(
          'ada',
          [
            { skuId: EMS, disabledPlans: [] },
            { skuId: BI, disabledPlans: [] },
          ],
          [],
        ),
      error: messages.noAvailableLicenses(BI),
    },
  ];
  it.each(cases)('refuses $name and changes nothing', ({ run, error }) => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    tenant.addSubscription(EMS, seats(5));
    tenant.addSubscription(CALLING, seats(5));
    tenant.addSubscription(BI, seats(0));
    addUser(tenant, 'ada');
    addUser(tenant, 'bea', { usageLocation: 'BR' });
    const before = JSON.stringify(tenant.exportState());
    expect(() => {
      run(tenant);
    }).toThrow(error);
    expect(JSON.stringify(tenant.exportState())).toBe(before);
  });

  it('units in warning (grace period) are still assignable', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(BI, { enabled: 0, warning: 1, suspended: 3, lockedOut: 0 });
    addUser(tenant, 'ada');
    addUser(tenant, 'bob');
    tenant.assignUserLicenses('ada', [{ skuId: BI, disabledPlans: [] }], []);
    expect(() => tenant.assignUserLicenses('bob', [{ skuId: BI, disabledPlans: [] }], [])).toThrow(
      messages.noAvailableLicenses(BI),
    );
  });
});

describe('group processing records errors instead of refusing', () => {
  it('a plan not offered in the user location gives ProhibitedInUsageLocationViolation and Other on the sibling SKU', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(CALLING, seats(5));
    tenant.addSubscription(EMS, seats(5));
    addUser(tenant, 'bea', { usageLocation: 'BR' });
    addUser(tenant, 'ada');
    addGroup(tenant, 'phones', ['bea', 'ada']);
    tenant.assignGroupLicenses(
      'phones',
      [
        { skuId: CALLING, disabledPlans: [] },
        { skuId: EMS, disabledPlans: [] },
      ],
      [],
    );
    tenant.drain();
    expect(statesOf(tenant, 'bea')).toEqual([
      'Error/ProhibitedInUsageLocationViolation@phones:MCOPSTN1',
      'Error/Other@phones:EMS',
    ]);
    expect(statesOf(tenant, 'ada')).toEqual([
      'Active/None@phones:MCOPSTN1',
      'Active/None@phones:EMS',
    ]);
    expect(tenant.subscription(EMS)?.consumedUnits).toBe(1);
  });

  it('a duplicate proxy address gives UniquenessViolation on a mailbox licence, recorded, not skipped', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    tenant.addSubscription(EMS, seats(5));
    addUser(tenant, 'ada', { proxyAddresses: ['SMTP:sales@contoso.com'] });
    addUser(tenant, 'bob', { proxyAddresses: ['smtp:Sales@Contoso.com', 'SMTP:bob@contoso.com'] });
    addGroup(tenant, 'staff', ['ada', 'bob']);
    tenant.assignGroupLicenses('staff', [{ skuId: EMS, disabledPlans: [] }], []);
    tenant.drain();
    expect(statesOf(tenant, 'bob')).toEqual(['Active/None@staff:EMS']);
    tenant.assignGroupLicenses('staff', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    expect(statesOf(tenant, 'bob')).toEqual([
      'Active/None@staff:EMS',
      'Error/UniquenessViolation@staff:ENTERPRISEPACK',
    ]);
    expect(tenant.membersWithLicenseErrors('staff')).toEqual(['ada', 'bob']);

    tenant.updateUser('bob', { proxyAddresses: ['SMTP:bob@contoso.com'] });
    tenant.reprocessUser('bob');
    expect(statesOf(tenant, 'bob')).toEqual([
      'Active/None@staff:EMS',
      'Active/None@staff:ENTERPRISEPACK',
    ]);
  });

  it('leaving the group that provides a prerequisite keeps its entry ActiveWithError/DependencyViolation until the dependent plan goes', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    tenant.addSubscription(AUDIO, seats(5));
    addUser(tenant, 'ada');
    addGroup(tenant, 'e3', ['ada']);
    tenant.assignGroupLicenses('e3', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    tenant.assignUserLicenses('ada', [{ skuId: AUDIO, disabledPlans: [] }], []);

    tenant.removeMember('e3', 'ada');
    tenant.drain();
    expect(statesOf(tenant, 'ada')).toEqual([
      'Active/None@direct:MCOMEETADV',
      'ActiveWithError/DependencyViolation@e3:ENTERPRISEPACK',
    ]);
    expect(planStatus(tenant, 'ada', planOf('ENTERPRISEPACK', 'MCOSTANDARD'))).toBe('Enabled');
    expect(tenant.subscription(E3)?.consumedUnits).toBe(1);
    expect(() => tenant.assignUserLicenses('ada', [], [E3])).toThrow(
      messages.inheritedCannotBeRemoved,
    );

    tenant.assignUserLicenses('ada', [], [AUDIO]);
    tenant.reprocessUser('ada');
    expect(statesOf(tenant, 'ada')).toEqual([]);
    expect(tenant.subscription(E3)?.consumedUnits).toBe(0);
  });

  it('removing a direct licence a kept plan depends on is refused', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    tenant.addSubscription(AUDIO, seats(5));
    addUser(tenant, 'ada');
    tenant.assignUserLicenses(
      'ada',
      [
        { skuId: E3, disabledPlans: [] },
        { skuId: AUDIO, disabledPlans: [] },
      ],
      [],
    );
    expect(() => tenant.assignUserLicenses('ada', [], [E3])).toThrow(/depends on the service plan/);
    expect(statesOf(tenant, 'ada')).toHaveLength(2);
  });
});

describe('groups', () => {
  it('a licensed group cannot be deleted until its licences are removed', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    addGroup(tenant, 'g');
    tenant.assignGroupLicenses('g', [{ skuId: E3, disabledPlans: [] }], []);
    expect(() => {
      tenant.deleteGroup('g');
    }).toThrow(messages.licensedGroupDelete('g'));
    tenant.assignGroupLicenses('g', [], [E3]);
    tenant.deleteGroup('g');
    expect(tenant.group('g')).toBeUndefined();
  });

  it('processing state moves Queued -> InProgress -> Complete with progress', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    addGroup(
      tenant,
      'g',
      ['a', 'b', 'c'].map((id) => addUser(tenant, id)),
    );
    tenant.assignGroupLicenses('g', [{ skuId: E3, disabledPlans: [] }], []);
    expect(tenant.group('g')?.licenseProcessingState).toBe('QueuedForProcessing');
    const first = tenant.step(2);
    expect(first.map((e) => e.type)).toEqual(['jobStarted', 'userChanged', 'userChanged']);
    expect(tenant.group('g')).toMatchObject({
      licenseProcessingState: 'ProcessingInProgress',
      progress: { processed: 2, total: 3 },
    });
    const rest = tenant.step(2);
    expect(rest.at(-1)).toMatchObject({
      type: 'jobFinished',
      succeeded: 3,
      failed: 0,
      groupIds: ['g'],
    });
    expect(tenant.group('g')?.licenseProcessingState).toBe('ProcessingComplete');
  });
});

describe('dynamic membership', () => {
  it('members cannot be added by hand; a rule change moves only non-matching users; pause freezes', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    addUser(tenant, 'ada', { department: 'Sales' });
    addUser(tenant, 'bob', { department: 'Marketing' });
    tenant.createGroup({
      id: 'dyn',
      securityEnabled: true,
      membership: { kind: 'dynamic', rule: departmentIs('Sales'), paused: false },
    });
    tenant.assignGroupLicenses('dyn', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    expect(() => {
      tenant.addMember('dyn', 'bob');
    }).toThrow(messages.dynamicMembers('dyn'));
    const adaEntry = tenant.license('ada')?.licenseAssignmentStates[0];

    tenant.setMembershipRule('dyn', {
      text: 'sales or marketing',
      matches: (u) => ['Sales', 'Marketing'].includes(u.department ?? ''),
    });
    tenant.drain();
    expect(tenant.group('dyn')?.userMemberIds).toEqual(['ada', 'bob']);
    expect(tenant.license('ada')?.licenseAssignmentStates[0]).toEqual(adaEntry);

    tenant.setMembershipPaused('dyn', true);
    tenant.updateUser('bob', { department: 'Legal' });
    tenant.drain();
    expect(tenant.group('dyn')?.userMemberIds).toEqual(['ada', 'bob']);
    tenant.setMembershipPaused('dyn', false);
    tenant.drain();
    expect(tenant.group('dyn')?.userMemberIds).toEqual(['ada']);
    expect(planStatus(tenant, 'bob', planOf('ENTERPRISEPACK', 'EXCHANGE_S_ENTERPRISE'))).toBe(
      'Suspended',
    );
  });
});

describe('impact previews', () => {
  it('a rule change preview lists exactly who leaves and joins, with licence losses net of other paths, and changes nothing', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(2));
    addUser(tenant, 'ada', { department: 'Sales' });
    addUser(tenant, 'bob', { department: 'Sales' });
    addUser(tenant, 'cy', { department: 'Marketing' });
    addUser(tenant, 'dee', { department: 'Legal' });
    addGroup(tenant, 'other-e3', ['bob']);
    tenant.createGroup({
      id: 'dyn',
      securityEnabled: true,
      membership: { kind: 'dynamic', rule: departmentIs('Sales'), paused: false },
    });
    tenant.assignGroupLicenses('dyn', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.assignGroupLicenses('other-e3', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    const before = JSON.stringify(tenant.exportState());

    const impact = tenant.previewMembershipRule('dyn', {
      text: 'marketing or legal',
      matches: (u) => ['Marketing', 'Legal'].includes(u.department ?? ''),
    });
    expect(JSON.stringify(tenant.exportState())).toBe(before);
    expect(impact.left).toEqual(['ada', 'bob']);
    expect(impact.joined).toEqual(['cy', 'dee']);
    const byUser = Object.fromEntries(impact.users.map((u) => [u.userId, u]));
    expect(byUser.ada?.lostSkus).toEqual([E3]);
    expect(byUser.bob).toBeUndefined();
    expect(byUser.cy?.gainedSkus).toEqual([E3]);
    expect(byUser.dee?.newErrors.map((e) => e.error)).toEqual(['CountViolation']);
    expect(impact.seatDelta).toEqual({});
  });

  it('turning a plan off in a group: who loses it and who keeps it through another group', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    const stream = planOf('ENTERPRISEPACK', 'STREAM_O365_E3');
    addGroup(
      tenant,
      'all',
      ['ada', 'bob', 'cy'].map((id) => addUser(tenant, id)),
    );
    addGroup(tenant, 'video', ['cy']);
    tenant.assignGroupLicenses('all', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.assignGroupLicenses('video', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    const result = tenant.whatIf((t) =>
      t.assignGroupLicenses('all', [{ skuId: E3, disabledPlans: [stream] }], []),
    );
    expect(planLoss(result, stream)).toEqual({ lose: ['ada', 'bob'], keep: ['cy'] });
  });

  it('turning a plan on in a group: who gains it and who already has it through another group', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(5));
    const stream = planOf('ENTERPRISEPACK', 'STREAM_O365_E3');
    addGroup(
      tenant,
      'all',
      ['ada', 'bob', 'cy'].map((id) => addUser(tenant, id)),
    );
    addGroup(tenant, 'video', ['cy']);
    tenant.assignGroupLicenses('all', [{ skuId: E3, disabledPlans: [stream] }], []);
    tenant.assignGroupLicenses('video', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    const result = tenant.whatIf((t) =>
      t.assignGroupLicenses('all', [{ skuId: E3, disabledPlans: [] }], []),
    );
    expect(planGain(result, stream)).toEqual({ gain: ['ada', 'bob'], already: ['cy'] });
  });
});

describe('explain, diff, what-if and snapshots', () => {
  function tenantWithTwoSources() {
    const { tenant, clock } = testTenant();
    tenant.addSubscription(E3, seats(5));
    addUser(tenant, 'ada');
    addGroup(tenant, 'no-yammer', ['ada']);
    addGroup(tenant, 'full', ['ada']);
    const yammer = planOf('ENTERPRISEPACK', 'YAMMER_ENTERPRISE');
    tenant.assignGroupLicenses('no-yammer', [{ skuId: E3, disabledPlans: [yammer] }], []);
    tenant.assignGroupLicenses('full', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    return { tenant, clock, yammer };
  }

  it('explain names every source that enables or disables a plan', () => {
    const { tenant, yammer } = tenantWithTwoSources();
    expect(tenant.explain('ada', yammer)).toEqual({
      servicePlanId: yammer,
      status: 'Enabled',
      sources: [
        { skuId: E3, assignedByGroup: 'no-yammer', effect: 'disables', error: 'None' },
        { skuId: E3, assignedByGroup: 'full', effect: 'enables', error: 'None' },
      ],
    });
  });

  it('what-if reports the plan loss without changing the tenant, and matches the real change', () => {
    const { tenant, yammer } = tenantWithTwoSources();
    const before = JSON.stringify(tenant.exportState());
    const preview = tenant.whatIf((t) => {
      t.removeMember('full', 'ada');
    });
    expect(JSON.stringify(tenant.exportState())).toBe(before);
    expect(preview.changes).toHaveLength(1);
    expect(preview.changes[0]?.after.planStatus[yammer]).toBe('Suspended');
    expect(preview.seatDelta).toEqual({});

    tenant.removeMember('full', 'ada');
    const events = tenant.drain();
    const real = events.flatMap((e) => (e.type === 'userChanged' ? [e.change] : []));
    expect(real.map((c) => [c.before, c.after])).toEqual(
      preview.changes.map((c) => [c.before, c.after]),
    );
  });

  it('a snapshot rebuilds the same tenant', () => {
    const { tenant, clock } = tenantWithTwoSources();
    tenant.removeMember('full', 'ada');
    tenant.drain();
    const snapshot = tenant.exportState();
    const copy = Tenant.fromSnapshot(
      JSON.parse(JSON.stringify(snapshot)) as typeof snapshot,
      { tenantCountry: 'US', clock: () => clock.now },
      () => departmentIs('x'),
    );
    expect(copy.exportState()).toEqual(snapshot);
    expect(copy.license('ada')).toEqual(tenant.license('ada'));
    expect(copy.subscriptions()).toEqual(tenant.subscriptions());
  });
});
