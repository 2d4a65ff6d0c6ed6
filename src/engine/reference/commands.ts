/**
 * Commands of the property tests as plain JSON (so a failing sequence can be printed and replayed),
 * with readable aliases for products and plans, and one function that applies a command to either
 * the fast `Tenant` or the `ReferenceTenant`.
 */
import { catalog } from '../catalog/catalog';
import type { Tenant } from '../tenant';
import type { LicenseRequest, MembershipRule, PrepaidUnits } from '../types';
import { blankProfile, type UserProfile } from '../user-profile';
import type { ReferenceTenant } from './reference-tenant';

/** Product aliases used by the tests: part numbers chosen to exercise every rule. */
export const SKUS = {
  E1: 'STANDARDPACK', // SHAREPOINTSTANDARD (conflicts with E3/E5 SHAREPOINTENTERPRISE), EXCHANGE_S_STANDARD
  E3: 'ENTERPRISEPACK',
  E5: 'ENTERPRISEPREMIUM', // carries MCOMEETADV and MCOSTANDARD together
  EMS: 'EMS', // RMS_S_ENTERPRISE stacks with E3/E5; EXCHANGE_S_FOUNDATION is not a mailbox
  AUDIO: 'MCOMEETADV', // needs MCOSTANDARD (Microsoft-documented dependency)
  SKYPE: 'MCOSTANDARD',
  PSTN1: 'MCOPSTN1', // Calling Plan: not offered in BR; exclusive with MCOPSTN2
  PSTN2: 'MCOPSTN2',
  EXO1: 'EXCHANGESTANDARD',
} as const;

/** A product alias, or `BOGUS` for a SKU id no catalog knows. */
export type SkuAlias = keyof typeof SKUS | 'BOGUS';

/** Plans added to products by `addServicePlan`: new ids, or real plans that bring rules with them. */
export const NEW_PLANS: Readonly<Record<string, string>> = {
  NEWPLAN_A: '0000000a-0000-4000-8000-000000000001',
  NEWPLAN_B: '0000000b-0000-4000-8000-000000000002',
  MCOPSTN1: '4ed3ff63-69d7-4fb7-b984-5aec7f605ca8',
  MCOMEETADV: '3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40',
};

/** SKU id of an alias. */
export function skuId(alias: SkuAlias): string {
  if (alias === 'BOGUS') return 'deadbeef-0000-4000-8000-000000000000';
  const product = catalog.productByPartNumber(SKUS[alias]);
  if (!product) throw new Error(`test catalog: no ${SKUS[alias]}`);
  return product.skuId;
}

/** Alias of a SKU id (the inverse of {@link skuId}). */
export function aliasOf(id: string): SkuAlias {
  const found = (Object.keys(SKUS) as (keyof typeof SKUS)[]).find((a) => skuId(a) === id);
  return found ?? 'BOGUS';
}

/** Plan id of a plan name (catalog name, a NEW_PLANS key, or `BOGUSPLAN`). */
export function planId(name: string): string {
  if (name === 'BOGUSPLAN') return 'deadbeef-1111-4000-8000-000000000000';
  const extra = NEW_PLANS[name];
  if (extra) return extra;
  const plan = catalog.plans.find((p) => p.servicePlanName === name);
  if (!plan) throw new Error(`test catalog: no plan ${name}`);
  return plan.servicePlanId;
}

/** A licence as written in a command: aliases, not ids. */
export interface LicenseSpec {
  readonly sku: SkuAlias;
  readonly disabled: readonly string[];
}

/** Users as the tests create them: the attributes licensing and the dynamic rule read. */
export interface UserSpec {
  readonly id: string;
  readonly usageLocation: string | null;
  readonly proxyAddresses: readonly string[];
  readonly department: string | null;
}

/** One step of a property test. `tick` only moves the shared clock. */
export type Command =
  | { readonly op: 'tick'; readonly ms: number }
  | {
      readonly op: 'addSubscription';
      readonly sku: SkuAlias;
      readonly units: number;
      readonly warning: number;
    }
  | {
      readonly op: 'updateSubscription';
      readonly sku: SkuAlias;
      readonly units: number;
      readonly warning: number;
    }
  | { readonly op: 'addServicePlan'; readonly sku: SkuAlias; readonly plan: string }
  | { readonly op: 'addUser'; readonly user: UserSpec }
  | {
      readonly op: 'updateUser';
      readonly userId: string;
      readonly patch: Partial<Omit<UserSpec, 'id'>>;
    }
  | { readonly op: 'deleteUser'; readonly userId: string }
  | {
      readonly op: 'createGroup';
      readonly groupId: string;
      readonly securityEnabled: boolean;
      readonly dynamic: boolean;
    }
  | {
      readonly op: 'addMember' | 'removeMember';
      readonly groupId: string;
      readonly memberId: string;
    }
  | { readonly op: 'setSecurityEnabled'; readonly groupId: string; readonly value: boolean }
  | {
      readonly op: 'assignGroupLicenses';
      readonly groupId: string;
      readonly add: readonly LicenseSpec[];
      readonly remove: readonly SkuAlias[];
    }
  | {
      readonly op: 'assignUserLicenses';
      readonly userId: string;
      readonly add: readonly LicenseSpec[];
      readonly remove: readonly SkuAlias[];
    }
  | { readonly op: 'reprocessGroup'; readonly groupId: string }
  | { readonly op: 'reprocessUser'; readonly userId: string };

/** The dynamic rule of the tests: `user.department -eq "Sales"`; one object shared by both tenants. */
export const SALES_RULE: MembershipRule = Object.freeze({
  text: 'user.department -eq "Sales"',
  matches: (user: UserProfile) => user.department === 'Sales',
});

function units(n: number, warning: number): PrepaidUnits {
  return { enabled: n, warning, suspended: 0, lockedOut: 0 };
}

function requests(specs: readonly LicenseSpec[]): LicenseRequest[] {
  return specs.map((s) => ({ skuId: skuId(s.sku), disabledPlans: s.disabled.map(planId) }));
}

function profile(user: UserSpec): UserProfile {
  return {
    ...blankProfile(user.id, `${user.id}@contoso.com`),
    usageLocation: user.usageLocation,
    proxyAddresses: [...user.proxyAddresses],
    department: user.department,
  };
}

/**
 * Applies a command to either tenant (same call shape: the reference mirrors `Tenant`). Returns what
 * the command returned (a `UserLicenseChange` for direct commands on the fast engine), else undefined.
 */
export function applyCommand(
  t: Tenant | ReferenceTenant,
  cmd: Command,
  tick: (ms: number) => void,
): unknown {
  switch (cmd.op) {
    case 'tick':
      tick(cmd.ms);
      return undefined;
    case 'addSubscription':
      return t.addSubscription(skuId(cmd.sku), units(cmd.units, cmd.warning));
    case 'updateSubscription':
      return t.updateSubscription(skuId(cmd.sku), units(cmd.units, cmd.warning));
    case 'addServicePlan':
      return t.addServicePlan(skuId(cmd.sku), {
        servicePlanId: planId(cmd.plan),
        servicePlanName: cmd.plan,
      });
    case 'addUser':
      t.addUser(profile(cmd.user));
      return undefined;
    case 'updateUser':
      t.updateUser(cmd.userId, { ...cmd.patch });
      return undefined;
    case 'deleteUser':
      t.deleteUser(cmd.userId);
      return undefined;
    case 'createGroup':
      return t.createGroup({
        id: cmd.groupId,
        securityEnabled: cmd.securityEnabled,
        membership: cmd.dynamic
          ? { kind: 'dynamic', rule: SALES_RULE, paused: false }
          : { kind: 'assigned' },
      });
    case 'addMember':
      t.addMember(cmd.groupId, cmd.memberId);
      return undefined;
    case 'removeMember':
      t.removeMember(cmd.groupId, cmd.memberId);
      return undefined;
    case 'setSecurityEnabled':
      t.setSecurityEnabled(cmd.groupId, cmd.value);
      return undefined;
    case 'assignGroupLicenses':
      return t.assignGroupLicenses(cmd.groupId, requests(cmd.add), cmd.remove.map(skuId));
    case 'assignUserLicenses':
      return t.assignUserLicenses(cmd.userId, requests(cmd.add), cmd.remove.map(skuId));
    case 'reprocessGroup':
      t.reprocessGroup(cmd.groupId);
      return undefined;
    case 'reprocessUser':
      return t.reprocessUser(cmd.userId);
  }
}
