import { describe, expect, it } from 'vitest';
import { catalog } from './catalog/catalog';
import { messages } from './errors';
import {
  exclusiveConflicts,
  newPlansEnabled,
  plansAddedAfterPurchase,
  unmetPrerequisites,
} from './plan-explain';
import {
  addGroup,
  addUser,
  onlyPlans,
  planOf,
  seats,
  skuOf,
  testTenant,
} from './testing/tenant-builder';

const plansOf = (part: string) => catalog.productByPartNumber(part)?.servicePlanIds ?? [];

describe('plan rules as the portal reads them', () => {
  it('E1 next to E3: SharePoint (Plan 1) clashes with SharePoint (Plan 2), as the engine refuses it', () => {
    const conflicts = exclusiveConflicts(plansOf('STANDARDPACK'), plansOf('ENTERPRISEPACK'));
    const pair = [
      planOf('STANDARDPACK', 'SHAREPOINTSTANDARD'),
      planOf('ENTERPRISEPACK', 'SHAREPOINTENTERPRISE'),
    ];
    expect(conflicts).toContainEqual(pair);

    const { tenant } = testTenant();
    tenant.addSubscription(skuOf('STANDARDPACK'), seats(5));
    tenant.addSubscription(skuOf('ENTERPRISEPACK'), seats(5));
    addUser(tenant, 'ada');
    tenant.assignUserLicenses('ada', [{ skuId: skuOf('ENTERPRISEPACK'), disabledPlans: [] }], []);
    const refused = (() => {
      try {
        tenant.assignUserLicenses('ada', [{ skuId: skuOf('STANDARDPACK'), disabledPlans: [] }], []);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    const [first] = conflicts;
    expect(first).toBeDefined();
    expect(refused).toBe(messages.mutuallyExclusive(first ?? []));
  });

  it('the same plan from two products stacks: no conflict', () => {
    const rms = planOf('EMS', 'RMS_S_ENTERPRISE');
    expect(exclusiveConflicts([rms], [rms])).toEqual([]);
    expect(exclusiveConflicts(plansOf('EMS'), plansOf('ENTERPRISEPREMIUM'))).toEqual([]);
  });

  it('Audio Conferencing needs Skype for Business Online (Plan 2) unless it is already there', () => {
    const audio = plansOf('MCOMEETADV');
    const skype = planOf('ENTERPRISEPACK', 'MCOSTANDARD');
    expect(unmetPrerequisites(audio, [])).toEqual([
      { planId: audio[0], requires: expect.arrayContaining([skype]) as unknown },
    ]);
    expect(unmetPrerequisites(audio, [skype])).toEqual([]);
    expect(unmetPrerequisites([...audio, skype], [])).toEqual([]);
  });

  it('a plan added after purchase is on in every group assigning the product unless it denies it, as groupsWithNewPlans says', () => {
    const E5 = skuOf('ENTERPRISEPREMIUM');
    const { tenant } = testTenant();
    tenant.addSubscription(E5, seats(10));
    addUser(tenant, 'ada');
    addGroup(tenant, 'exchange-only', ['ada']);
    addGroup(tenant, 'full', ['ada']);
    tenant.assignGroupLicenses(
      'exchange-only',
      [{ skuId: E5, disabledPlans: onlyPlans('ENTERPRISEPREMIUM', ['EXCHANGE_S_ENTERPRISE']) }],
      [],
    );
    tenant.assignGroupLicenses('full', [{ skuId: E5, disabledPlans: [] }], []);
    const newPlan = '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
    tenant.addServicePlan(E5, { servicePlanId: newPlan, servicePlanName: 'COPILOT_NEW' });
    const current = tenant.group('exchange-only')?.assignedLicenses[0]?.disabledPlans ?? [];
    tenant.assignGroupLicenses(
      'exchange-only',
      [{ skuId: E5, disabledPlans: [...current, newPlan] }],
      [],
    );
    tenant.drain();

    const subscription = tenant.subscription(E5)?.servicePlans.map((p) => p.servicePlanId) ?? [];
    const added = plansAddedAfterPurchase(plansOf('ENTERPRISEPREMIUM'), subscription);
    expect(added).toEqual([newPlan]);
    const byGroup = ['exchange-only', 'full'].flatMap((id) => {
      const license = tenant.group(id)?.assignedLicenses.find((l) => l.skuId === E5);
      const enabled = newPlansEnabled(added, license?.disabledPlans ?? []);
      return enabled.length > 0 ? [{ groupId: id, servicePlanIds: enabled }] : [];
    });
    expect(byGroup).toEqual(tenant.groupsWithNewPlans(E5));
  });
});
