/**
 * Builders for `directoryAudit` records (research doc section 4). Admin changes name the admin;
 * processing records name the group-based licensing service as an app with `user: null`.
 */
import type { LicenseRequest } from '../../src/engine';
import { isoDate } from './clock';
import type { Actor, AppIdentity } from './model';

/** The service account that runs group licence processing (Azure AD era spelling). */
export const LICENSING_APP: AppIdentity = Object.freeze({
  appId: null,
  displayName: 'Microsoft Azure AD Group-Based Licensing',
  servicePrincipalId: null,
  servicePrincipalName: null,
});

/**
 * The service principal that applies dynamic membership: joins and leaves caused by a rule change,
 * an attribute change or resumed processing are recorded as `Add member to group` / `Remove member
 * from group` initiated by it. The research doc does not name it; Microsoft support engineers
 * describe "Microsoft Approval Management" (first-party app id 65d91a3d-ab74-42e6-8a2f-0add61688c74)
 * as the actor of dynamic group membership changes in Entra audit logs, so the emulator uses it.
 */
export const DYNAMIC_MEMBERSHIP_APP: AppIdentity = Object.freeze({
  appId: '65d91a3d-ab74-42e6-8a2f-0add61688c74',
  displayName: 'Microsoft Approval Management',
  servicePrincipalId: null,
  servicePrincipalName: null,
});

/** `modifiedProperty`. */
export interface ModifiedProperty {
  readonly displayName: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

/** `targetResource`. */
export interface TargetResource {
  readonly id: string;
  readonly displayName: string | null;
  readonly type: 'User' | 'Group' | 'Directory' | 'Other';
  readonly userPrincipalName: string | null;
  /** Present on group targets only. */
  readonly groupType?: 'unifiedGroups' | 'azureAD';
  readonly modifiedProperties: readonly ModifiedProperty[];
}

/** `directoryAudit` as Graph returns it. */
export interface DirectoryAudit {
  readonly id: string;
  readonly category: 'UserManagement' | 'GroupManagement' | 'DirectoryManagement';
  readonly correlationId: string;
  readonly result: 'success' | 'failure';
  readonly resultReason: string;
  readonly activityDisplayName: string;
  readonly activityDateTime: string;
  readonly loggedByService: 'Core Directory';
  readonly operationType: 'Add' | 'Update' | 'Delete' | 'Assign' | 'Unassign';
  readonly initiatedBy: {
    readonly user: {
      readonly id: string;
      readonly displayName: string | null;
      readonly userPrincipalName: string;
      readonly ipAddress: string;
    } | null;
    readonly app: AppIdentity | null;
  };
  readonly targetResources: readonly TargetResource[];
  readonly additionalDetails: readonly { readonly key: string; readonly value: string }[];
}

/** What a builder needs besides the facts of the activity. */
export interface AuditMeta {
  readonly id: string;
  readonly correlationId: string;
  readonly at: number;
  readonly actor: Actor;
}

/** A record's facts, without id, time and actor. */
export type AuditFacts = Pick<
  DirectoryAudit,
  'category' | 'activityDisplayName' | 'operationType' | 'targetResources'
> &
  Partial<Pick<DirectoryAudit, 'result' | 'resultReason' | 'additionalDetails'>>;

let lastAt = Number.NaN;
let lastDate = '';

/** `isoDate` of the last time asked: a batch of records written at one instant formats it once. */
function recordDate(at: number): string {
  if (at !== lastAt) {
    lastAt = at;
    lastDate = isoDate(at);
  }
  return lastDate;
}

/** Assembles a record. */
export function auditRecord(meta: AuditMeta, facts: AuditFacts): DirectoryAudit {
  const actor = meta.actor;
  return {
    id: `Directory_${meta.id}`,
    category: facts.category,
    correlationId: meta.correlationId,
    result: facts.result ?? 'success',
    resultReason: facts.resultReason ?? '',
    activityDisplayName: facts.activityDisplayName,
    activityDateTime: recordDate(meta.at),
    loggedByService: 'Core Directory',
    operationType: facts.operationType,
    initiatedBy:
      actor.kind === 'app'
        ? { user: null, app: actor.app ?? LICENSING_APP }
        : {
            user: {
              id: actor.id,
              displayName: actor.displayName,
              userPrincipalName: actor.userPrincipalName,
              ipAddress: actor.ipAddress,
            },
            app: null,
          },
    targetResources: facts.targetResources,
    additionalDetails: facts.additionalDetails ?? [],
  };
}

/** A user target. */
export function userTarget(
  user: { id: string; displayName: string | null; userPrincipalName: string },
  modifiedProperties: readonly ModifiedProperty[] = [],
): TargetResource {
  return {
    id: user.id,
    displayName: user.displayName,
    type: 'User',
    userPrincipalName: user.userPrincipalName,
    modifiedProperties,
  };
}

/** A group target. */
export function groupTarget(
  group: { id: string; displayName: string | null; unified: boolean },
  modifiedProperties: readonly ModifiedProperty[] = [],
): TargetResource {
  return {
    id: group.id,
    displayName: group.displayName,
    type: 'Group',
    userPrincipalName: null,
    groupType: group.unified ? 'unifiedGroups' : 'azureAD',
    modifiedProperties,
  };
}

/** A property change; values are written as Graph writes them (JSON arrays of strings). */
export function changed(
  displayName: string,
  oldValue: unknown,
  newValue: unknown,
): ModifiedProperty {
  const text = (value: unknown) =>
    value === undefined
      ? null
      : Array.isArray(value)
        ? JSON.stringify(value)
        : value === null
          ? '[]'
          : JSON.stringify([value]);
  return { displayName, oldValue: text(oldValue), newValue: text(newValue) };
}

const licenseTextCache = new Map<string, string>();

/**
 * The `AssignedLicense` value of audit records: a JSON array of `[SkuName=..., SkuId=...,
 * DisabledPlans=[...]]` strings. Identical licence sets share one string (thousands of users get
 * the same one in a processing run).
 */
export function assignedLicenseText(
  licenses: readonly LicenseRequest[],
  skuName: (skuId: string) => string,
): string {
  const items = licenses.map(
    (l) =>
      `[SkuName=${skuName(l.skuId)}, SkuId=${l.skuId}, DisabledPlans=[${l.disabledPlans.join(',')}]]`,
  );
  const text = JSON.stringify(items);
  const cached = licenseTextCache.get(text);
  if (cached !== undefined) return cached;
  if (licenseTextCache.size > 5_000) licenseTextCache.clear();
  licenseTextCache.set(text, text);
  return text;
}

/** The `Result` of `Finish applying group based license to users`, verbatim from the docs. */
export function finishResultText(succeeded: number, failed: number): string {
  return `[Users successfully assigned licenses: ${succeeded}, Users for whom license assignment failed: ${failed}.]`;
}

/** Activity names, verbatim. */
export const ACTIVITY = {
  setGroupLicense: 'Set group license',
  startApplying: 'Start applying group based license to users',
  finishApplying: 'Finish applying group based license to users',
  changeUserLicense: 'Change user license',
  triggerRecalculation: 'Trigger group license recalculation',
  addUser: 'Add user',
  updateUser: 'Update user',
  deleteUser: 'Delete user',
  addGroup: 'Add group',
  updateGroup: 'Update group',
  deleteGroup: 'Delete group',
  addMember: 'Add member to group',
  removeMember: 'Remove member from group',
} as const;
