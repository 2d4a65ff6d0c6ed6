/**
 * Two engine tenants compared user by user as Graph would show them (`mocks/graph/adapter.ts`):
 * licences, licence assignment states, plans and their states, directory attributes and group
 * memberships; and groups and products. Returns readable differences, none when they agree.
 */
import type { Tenant } from '../../src/engine';
import { assignedLicenseWire, assignedPlanWire, licenseStateWire } from '../graph/adapter';

/** A profile as rules read it: an extension attribute held as null is one not set. */
function profileWire(tenant: Tenant, id: string) {
  const profile = tenant.profile(id);
  if (!profile) return undefined;
  const attributes = Object.entries(profile.extensionAttributes).filter(([, v]) => v !== null);
  return { ...profile, extensionAttributes: Object.fromEntries(attributes) };
}

function userWire(tenant: Tenant, id: string, groups: ReadonlySet<string>) {
  const license = tenant.license(id);
  return {
    profile: profileWire(tenant, id),
    assignedLicenses: license?.assignedLicenses.map(assignedLicenseWire),
    licenseAssignmentStates: license?.licenseAssignmentStates.map(licenseStateWire),
    assignedPlans: license?.assignedPlans.map(assignedPlanWire),
    memberOf: tenant
      .memberOf(id)
      .filter((g) => groups.has(g))
      .sort(),
  };
}

function groupWire(tenant: Tenant, id: string, members: boolean) {
  const view = tenant.group(id);
  if (!view) return undefined;
  return {
    securityEnabled: view.securityEnabled,
    membershipKind: view.membershipKind,
    membershipRule: view.membershipRule,
    paused: view.paused,
    assignedLicenses: view.assignedLicenses,
    licenseProcessingState: view.licenseProcessingState,
    users: members ? [...view.userMemberIds].sort() : null,
    groups: members ? [...view.groupMemberIds].sort() : null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What differs between `expected` and `actual`. `membersRead`: the groups whose members the copy
 * read (memberships of other groups are not compared).
 */
export function tenantDifferences(
  expected: Tenant,
  actual: Tenant,
  membersRead: ReadonlySet<string>,
  limit = 20,
): string[] {
  const out: string[] = [];
  const add = (what: string, a: unknown, b: unknown) => {
    if (out.length < limit && !same(a, b))
      out.push(`${what}\n  expected ${JSON.stringify(a)}\n  actual   ${JSON.stringify(b)}`);
  };
  add('user ids in creation order', expected.userIds(), actual.userIds());
  add('group ids in creation order', expected.groupIds(), actual.groupIds());
  add('products', expected.subscriptions(), actual.subscriptions());
  for (const id of expected.userIds()) {
    const a = userWire(expected, id, membersRead);
    const b = userWire(actual, id, membersRead);
    for (const key of Object.keys(a) as (keyof typeof a)[])
      add(`user ${id} ${key}`, a[key], b[key]);
  }
  for (const id of expected.groupIds())
    add(
      `group ${id}`,
      groupWire(expected, id, membersRead.has(id)),
      groupWire(actual, id, membersRead.has(id)),
    );
  return out;
}
