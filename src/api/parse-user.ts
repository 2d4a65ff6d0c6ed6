/** Graph's `user` (and its `licenseAssignmentStates`) as the portal's view types. */
import type { LicenseAssignmentState, User as WireUser } from '../lib/graph/graph-types';
import { toGroupId, toPlanId, toSkuId, toUserId, type GroupId } from '../lib/ids';
import type {
  Assignment,
  NamedAssignment,
  User,
  UserPlan,
  UserSummary,
  UserWithPlans,
} from './types';

/** What every list of users selects: enough for names, usage location, licences and errors. */
export const USER_SUMMARY_SELECT = [
  'id',
  'displayName',
  'userPrincipalName',
  'usageLocation',
  'assignedLicenses',
  'licenseAssignmentStates',
];
/** Lists that explain errors add the plans the user has. */
export const USER_WITH_PLANS_SELECT = [...USER_SUMMARY_SELECT, 'assignedPlans'];
/** One user's blade. */
export const USER_SELECT = [
  ...USER_WITH_PLANS_SELECT,
  'mail',
  'jobTitle',
  'department',
  'country',
  'city',
  'accountEnabled',
];

export function parseAssignment(state: LicenseAssignmentState): Assignment | null {
  if (!state.skuId) return null;
  return {
    skuId: toSkuId(state.skuId),
    source: state.assignedByGroup
      ? { kind: 'group', groupId: toGroupId(state.assignedByGroup) }
      : { kind: 'direct' },
    // Graph documents null for success and sends "None"; both read as no error.
    state: state.state ?? 'Active',
    error: !state.error || state.error === 'None' ? null : state.error,
    disabledPlans: (state.disabledPlans ?? []).map(toPlanId),
  };
}

/** Group ids of a user's assignment paths. */
export function sourceGroupIds(user: WireUser): GroupId[] {
  return [
    ...new Set(
      (user.licenseAssignmentStates ?? []).flatMap((s) =>
        s.assignedByGroup ? [toGroupId(s.assignedByGroup)] : [],
      ),
    ),
  ];
}

/** Names each group source; a group nobody can read any more is named by its id. */
export function nameAssignment(
  assignment: Assignment,
  names: ReadonlyMap<GroupId, string>,
): NamedAssignment {
  const { source } = assignment;
  return source.kind === 'direct'
    ? { ...assignment, source }
    : {
        ...assignment,
        source: { ...source, groupName: names.get(source.groupId) ?? source.groupId },
      };
}

/** A user without an id cannot be opened or acted on: null. */
export function parseUserSummary(user: WireUser): UserSummary | null {
  if (!user.id) return null;
  const userPrincipalName = user.userPrincipalName ?? '';
  return {
    id: toUserId(user.id),
    displayName: user.displayName ?? (userPrincipalName || user.id),
    userPrincipalName,
    usageLocation: user.usageLocation ?? null,
    licenses: (user.assignedLicenses ?? []).flatMap((l) => (l.skuId ? [toSkuId(l.skuId)] : [])),
    assignments: (user.licenseAssignmentStates ?? []).flatMap((s) => parseAssignment(s) ?? []),
  };
}

function parsePlans(user: WireUser): UserPlan[] {
  return (user.assignedPlans ?? []).flatMap((p) =>
    p.servicePlanId
      ? [
          {
            id: toPlanId(p.servicePlanId),
            capabilityStatus: p.capabilityStatus ?? 'Enabled',
            service: p.service ?? '',
          },
        ]
      : [],
  );
}

export function parseUserWithPlans(user: WireUser): UserWithPlans | null {
  const summary = parseUserSummary(user);
  return summary && { ...summary, plans: parsePlans(user) };
}

export function parseUser(user: WireUser, names: ReadonlyMap<GroupId, string>): User | null {
  const base = parseUserWithPlans(user);
  if (!base) return null;
  return {
    ...base,
    assignments: base.assignments.map((a) => nameAssignment(a, names)),
    mail: user.mail ?? null,
    jobTitle: user.jobTitle ?? null,
    department: user.department ?? null,
    country: user.country ?? null,
    city: user.city ?? null,
    accountEnabled: user.accountEnabled !== false,
  };
}
