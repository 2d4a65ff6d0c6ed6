/**
 * Group commands as the emulator performs them: validate everything, make the engine change (the
 * only step that can still refuse goes first), update the Graph-only fields, write the audit record.
 */
import type { LicenseRequest } from '../../src/engine';
import {
  ACTIVITY,
  assignedLicenseText,
  changed,
  groupTarget,
  userTarget,
  type ModifiedProperty,
} from './audit';
import { errorMessages, graphError } from './errors';
import type { GroupInput } from './group-input';
import { membersOf, NO_MEMBERS, recordGroupMoves } from './membership-audit';
import type { Actor, GroupExtras } from './model';
import type { StoreReader, TenantStore } from './store';

const invalid = (name: string) => graphError.badRequest(errorMessages.invalidValue(name, 'Group'));

function ref(store: TenantStore, id: string, extras?: GroupExtras) {
  const g = extras ?? store.groups.get(id);
  return {
    id,
    displayName: g?.displayName ?? null,
    unified: g?.groupTypes.includes('Unified') ?? false,
  };
}

/** A group body for `POST /groups`: the four required properties present. */
export type NewGroupInput = GroupInput &
  Required<Pick<GroupInput, 'displayName' | 'mailEnabled' | 'mailNickname' | 'securityEnabled'>>;

/** Checks a new group's properties against each other (dynamic needs a rule, and so on). */
export function checkNewGroup(input: NewGroupInput): void {
  const types = input.groupTypes ?? [];
  const dynamic = types.includes('DynamicMembership');
  const unified = types.includes('Unified');
  if (dynamic !== ((input.membershipRule ?? null) !== null)) throw invalid('membershipRule');
  if (!dynamic && input.membershipRuleProcessingState !== undefined)
    throw invalid('membershipRuleProcessingState');
  if (unified !== input.mailEnabled) throw invalid('mailEnabled');
  if (input.isAssignableToRole && (!input.securityEnabled || dynamic))
    throw invalid('isAssignableToRole');
}

/** Creates a group; returns its id. */
export function createGroup(
  store: TenantStore,
  input: NewGroupInput,
  actor: Actor,
  id = store.ids.guid(),
): string {
  checkNewGroup(input);
  const types = input.groupTypes ?? [];
  const dynamic = types.includes('DynamicMembership');
  const unified = types.includes('Unified');
  const rule = input.membershipRule ?? null;
  store.directoryWatch?.beforeGroupChange(id);
  const correlationId = store.newCorrelationId();
  store.mutate(correlationId, () =>
    store.tenant.createGroup({
      id,
      securityEnabled: input.securityEnabled,
      membership: rule
        ? {
            kind: 'dynamic',
            rule: rule.rule,
            paused: input.membershipRuleProcessingState === 'Paused',
          }
        : { kind: 'assigned' },
    }),
  );
  const extras: GroupExtras = {
    displayName: input.displayName,
    description: input.description ?? null,
    mailNickname: input.mailNickname,
    mailEnabled: input.mailEnabled,
    groupTypes: types,
    createdDateTime: store.clock.now(),
    visibility: input.visibility ?? (unified ? 'Public' : null),
    isAssignableToRole: input.isAssignableToRole ?? false,
  };
  store.groups.set(id, extras);
  const props = [
    changed('DisplayName', undefined, input.displayName),
    changed('SecurityEnabled', undefined, input.securityEnabled),
  ];
  if (rule) props.push(changed('MembershipRule', undefined, rule.text));
  store.record(actor, correlationId, {
    category: 'GroupManagement',
    activityDisplayName: ACTIVITY.addGroup,
    operationType: 'Add',
    targetResources: [groupTarget(ref(store, id, extras), props)],
  });
  if (dynamic) recordGroupMoves(store, correlationId, id, NO_MEMBERS);
  return id;
}

/** Checks a group change against the group as it is; changes nothing. */
export function checkGroupUpdate(store: StoreReader, id: string, input: GroupInput): void {
  const extras = store.requireGroup(id);
  const view = store.tenant.group(id);
  if (!view) throw graphError.notFound(id);
  if (input.mailEnabled !== undefined && input.mailEnabled !== extras.mailEnabled)
    throw invalid('mailEnabled');
  if (
    input.isAssignableToRole !== undefined &&
    input.isAssignableToRole !== extras.isAssignableToRole
  )
    throw invalid('isAssignableToRole');
  const types = input.groupTypes ?? extras.groupTypes;
  if (types.includes('Unified') !== extras.groupTypes.includes('Unified'))
    throw invalid('groupTypes');
  const wasDynamic = view.membershipKind === 'dynamic';
  const dynamic = types.includes('DynamicMembership');
  if (dynamic && extras.isAssignableToRole) throw invalid('groupTypes');
  if (!dynamic && (input.membershipRule ?? null) !== null) throw invalid('membershipRule');
  if (!dynamic && input.membershipRuleProcessingState !== undefined)
    throw invalid('membershipRuleProcessingState');
  if (dynamic && input.membershipRule === null) throw invalid('membershipRule');
  if (dynamic && !wasDynamic && !input.membershipRule) throw invalid('membershipRule');
}

/** Changes a group's properties, type (static/dynamic), rule and processing state. */
export function updateGroup(store: TenantStore, id: string, input: GroupInput, actor: Actor): void {
  checkGroupUpdate(store, id, input);
  const extras = store.requireGroup(id);
  const view = store.tenant.group(id);
  if (!view) throw graphError.notFound(id);
  const types = input.groupTypes ?? extras.groupTypes;
  const wasDynamic = view.membershipKind === 'dynamic';
  const dynamic = types.includes('DynamicMembership');
  const newRule =
    dynamic && input.membershipRule && input.membershipRule.text !== view.membershipRule
      ? input.membershipRule
      : null;
  // Membership moves only when a rule is set or changed, or processing resumes.
  const resumes = dynamic && view.paused && input.membershipRuleProcessingState === 'On';
  const before = newRule !== null || resumes ? membersOf(store, id) : null;
  store.directoryWatch?.beforeGroupChange(id);

  const props: ModifiedProperty[] = [];
  const correlationId = store.newCorrelationId();
  store.mutate(correlationId, () => {
    if (input.securityEnabled !== undefined && input.securityEnabled !== view.securityEnabled) {
      store.tenant.setSecurityEnabled(id, input.securityEnabled);
      props.push(changed('SecurityEnabled', view.securityEnabled, input.securityEnabled));
    }
    if (wasDynamic && !dynamic) {
      store.tenant.setMembershipRule(id, null);
      props.push(changed('MembershipRule', view.membershipRule, null));
    } else if (newRule) {
      store.tenant.setMembershipRule(id, newRule.rule);
      props.push(changed('MembershipRule', view.membershipRule, newRule.text));
    }
    if (dynamic && input.membershipRuleProcessingState !== undefined) {
      const paused = input.membershipRuleProcessingState === 'Paused';
      if (paused !== (store.tenant.group(id)?.paused ?? false)) {
        store.tenant.setMembershipPaused(id, paused);
        props.push(
          changed(
            'MembershipRuleProcessingState',
            paused ? 'On' : 'Paused',
            input.membershipRuleProcessingState,
          ),
        );
      }
    }
  });
  const simple: [keyof GroupExtras, unknown][] = [
    ['displayName', input.displayName],
    ['description', input.description],
    ['mailNickname', input.mailNickname],
    ['visibility', input.visibility],
    ['groupTypes', input.groupTypes],
  ];
  for (const [key, value] of simple) {
    if (value === undefined || JSON.stringify(extras[key]) === JSON.stringify(value)) continue;
    props.push(changed(key.charAt(0).toUpperCase() + key.slice(1), extras[key], value));
    Object.assign(extras, { [key]: value });
  }
  if (props.length === 0) return;
  store.touch();
  store.record(actor, correlationId, {
    category: 'GroupManagement',
    activityDisplayName: ACTIVITY.updateGroup,
    operationType: 'Update',
    targetResources: [groupTarget(ref(store, id), props)],
  });
  recordGroupMoves(store, correlationId, id, before);
}

/** Deletes a group; refused while it has licences. */
export function deleteGroup(store: TenantStore, id: string, actor: Actor): void {
  const extras = store.requireGroup(id);
  store.directoryWatch?.beforeGroupChange(id);
  const correlationId = store.newCorrelationId();
  store.mutate(correlationId, () => {
    store.tenant.deleteGroup(id);
  });
  store.groups.delete(id);
  store.record(actor, correlationId, {
    category: 'GroupManagement',
    activityDisplayName: ACTIVITY.deleteGroup,
    operationType: 'Delete',
    targetResources: [groupTarget(ref(store, id, extras))],
  });
}

function memberTarget(store: TenantStore, memberId: string) {
  const profile = store.tenant.profile(memberId);
  if (profile)
    return userTarget({
      id: memberId,
      displayName: profile.displayName,
      userPrincipalName: profile.userPrincipalName,
    });
  return groupTarget(ref(store, memberId));
}

/** Tells the list lag that a group's members and the member's `memberOf` are about to move. */
function noteMembership(store: TenantStore, groupId: string, memberId: string): void {
  const watch = store.directoryWatch;
  if (!watch) return;
  watch.beforeGroupChange(groupId);
  if (store.tenant.profile(memberId)) watch.beforeUserChange(memberId);
}

/** Adds a user or a nested group to an assigned group. */
export function addMember(
  store: TenantStore,
  groupId: string,
  memberId: string,
  actor: Actor,
): void {
  changeMembership(store, groupId, memberId, actor, 'add');
}

/** Removes a member from an assigned group. */
export function removeMember(
  store: TenantStore,
  groupId: string,
  memberId: string,
  actor: Actor,
): void {
  changeMembership(store, groupId, memberId, actor, 'remove');
}

/** One membership change and its audit record (Entra words only an addition's result reason). */
function changeMembership(
  store: TenantStore,
  groupId: string,
  memberId: string,
  actor: Actor,
  change: 'add' | 'remove',
): void {
  store.requireGroup(groupId);
  noteMembership(store, groupId, memberId);
  const correlationId = store.newCorrelationId();
  store.mutate(correlationId, () => {
    if (change === 'add') store.tenant.addMember(groupId, memberId);
    else store.tenant.removeMember(groupId, memberId);
  });
  store.record(actor, correlationId, {
    category: 'GroupManagement',
    ...(change === 'add'
      ? {
          activityDisplayName: ACTIVITY.addMember,
          operationType: 'Assign',
          resultReason: 'Successfully added member to group',
        }
      : { activityDisplayName: ACTIVITY.removeMember, operationType: 'Unassign' }),
    targetResources: [groupTarget(ref(store, groupId)), memberTarget(store, memberId)],
  });
}

/** `assignLicense` on a group: the group's licences change now, its members are processed later. */
export function assignGroupLicenses(
  store: TenantStore,
  groupId: string,
  add: readonly LicenseRequest[],
  remove: readonly string[],
  actor: Actor,
): void {
  store.requireGroup(groupId);
  const correlationId = store.newCorrelationId();
  const { before, after } = store.mutate(correlationId, () =>
    store.tenant.assignGroupLicenses(groupId, add, remove),
  );
  const name = (skuId: string) => store.skuName(skuId);
  store.record(actor, correlationId, {
    category: 'GroupManagement',
    activityDisplayName: ACTIVITY.setGroupLicense,
    operationType: 'Assign',
    targetResources: [
      groupTarget(ref(store, groupId), [
        {
          displayName: 'AssignedLicense',
          oldValue: assignedLicenseText(before, name),
          newValue: assignedLicenseText(after, name),
        },
      ]),
    ],
  });
}

/** Reprocess on a group (emulator extension): retries its members' entries in error. */
export function reprocessGroup(store: TenantStore, groupId: string, actor: Actor): void {
  store.requireGroup(groupId);
  const correlationId = store.newCorrelationId();
  store.mutate(correlationId, () => {
    store.tenant.reprocessGroup(groupId);
  });
  store.record(actor, correlationId, {
    category: 'GroupManagement',
    activityDisplayName: ACTIVITY.triggerRecalculation,
    operationType: 'Update',
    targetResources: [groupTarget(ref(store, groupId))],
  });
}
