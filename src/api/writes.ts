/**
 * Every Graph write of the portal, one mutation each. Each names the entities it changes and
 * refreshes them before it resolves, so when the caller's `onSuccess` runs (toast, close the
 * dialog), every blade on screen already shows the change. Writes that queue group processing
 * also watch it, and refresh again when it ends (`./processing.ts`).
 */
import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { graph } from '../lib/graph/graph';
import type { AssignLicenseBody, Group as WireGroup } from '../lib/graph/graph-types';
import type { GroupId, UserId } from '../lib/ids';
import { readUsersAsMembers } from './group-members';
import { invalidate, LICENSING, MEMBERSHIP, type Entity } from './invalidate';
import { graphKeys } from './keys';
import { parseGroup } from './parse-group';
import { recordCreatedGroup } from './pending-groups';
import { recordMembershipChange } from './pending-memberships';
import { recordUserChange } from './pending-users';
import { watchProcessing } from './processing';
import type { LicenseChange, LicenseTarget } from './types';

export type { LicenseChange, LicenseTarget };

const path = (target: LicenseTarget, action: string) =>
  `/${target.kind === 'user' ? 'users' : 'groups'}/${encodeURIComponent(target.id)}/${action}`;

/**
 * After a write: refresh what it changed, and for the groups it queued, what their processing
 * will change, both but the queries under `except` (which the write brought up to date itself).
 * The watches start in the same tick as the refresh, so the refresh does not cut off a read the
 * watch has already sent.
 */
export async function afterWrite(
  client: QueryClient,
  entities: readonly Entity[],
  processingOf?: GroupId | readonly GroupId[],
  except: readonly QueryKey[] = [],
): Promise<void> {
  const groups =
    processingOf === undefined
      ? []
      : typeof processingOf === 'string'
        ? [processingOf]
        : processingOf;
  for (const groupId of groups) watchProcessing(client, groupId, entities, except);
  await invalidate(client, entities, except);
}

/**
 * `POST /users/{id}/assignLicense` (200, applied at once) or `POST /groups/{id}/assignLicense`
 * (202, members processed in the background). The refresh after it does not read the impact
 * preview of this very change again: it answered what the change would do, and the change is
 * made (on the 60,000-member group, a what-if over every member for an answer nobody sees, while
 * the draft it previews waits for the refresh to go).
 */
export function useAssignLicense() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ target, change }: { target: LicenseTarget; change: LicenseChange }) => {
      const body: AssignLicenseBody = {
        addLicenses: change.add.map((l) => ({
          skuId: l.skuId,
          disabledPlans: [...l.disabledPlans],
        })),
        removeLicenses: [...change.remove],
      };
      await graph.request(path(target, 'assignLicense'), { method: 'POST', body });
    },
    onSuccess: (_data, { target, change }) =>
      target.kind === 'group'
        ? afterWrite(client, LICENSING, target.id, [
            graphKeys.groups.previewOfChange(target.id, change),
          ])
        : afterWrite(client, LICENSING),
  });
}

/**
 * Reprocess: `POST /users/{id}/reprocessLicenseAssignment` (200), or on a group the emulator's
 * extension of the same name (202; Graph has no public group reprocess).
 */
export function useReprocess() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (target: LicenseTarget) => {
      await graph.request(path(target, 'reprocessLicenseAssignment'), { method: 'POST' });
    },
    onSuccess: (_data, target) =>
      afterWrite(client, LICENSING, target.kind === 'group' ? target.id : undefined),
  });
}

/**
 * `POST /groups/{id}/members/$ref`, one member after the other; then the members list shows them
 * at once, though Graph's list lags (`pending-memberships.ts`).
 */
export async function addGroupMembers(
  client: QueryClient,
  groupId: GroupId,
  memberIds: readonly string[],
): Promise<void> {
  for (const memberId of memberIds)
    await graph.post(`/groups/${encodeURIComponent(groupId)}/members/$ref`, {
      '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${memberId}`,
    });
  recordMembershipChange(client, groupId, { added: await readUsersAsMembers(memberIds) });
}

export function useAddGroupMembers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ groupId, memberIds }: { groupId: GroupId; memberIds: readonly string[] }) =>
      addGroupMembers(client, groupId, memberIds),
    onSettled: (_data, _error, { groupId }) => afterWrite(client, MEMBERSHIP, groupId),
  });
}

/** `DELETE /groups/{id}/members/{memberId}/$ref`; the members list leaves the member out at once. */
export async function removeGroupMember(
  client: QueryClient,
  groupId: GroupId,
  memberId: string,
): Promise<void> {
  await graph.delete(
    `/groups/${encodeURIComponent(groupId)}/members/${encodeURIComponent(memberId)}/$ref`,
  );
  recordMembershipChange(client, groupId, { removed: [memberId.toLowerCase()] });
}

export function useRemoveGroupMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ groupId, memberId }: { groupId: GroupId; memberId: string }) =>
      removeGroupMember(client, groupId, memberId),
    onSuccess: (_data, { groupId }) => afterWrite(client, MEMBERSHIP, groupId),
  });
}

/**
 * `PATCH /users/{id}` `{ usageLocation }` (it never heals a licence error by itself: no licences
 * change); the users lists show the new value at once, though Graph's lag (`pending-users.ts`).
 */
export function useUpdateUsageLocation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, usageLocation }: { userId: UserId; usageLocation: string }) => {
      await graph.patch(`/users/${encodeURIComponent(userId)}`, { usageLocation });
      recordUserChange(client, userId, { usageLocation });
    },
    onSuccess: () => afterWrite(client, ['users', 'audit']),
  });
}

/** A change of a dynamic group's rule or of its processing state. */
export type MembershipRuleChange =
  { readonly membershipRule: string } | { readonly membershipRuleProcessingState: 'On' | 'Paused' };

/** `PATCH /groups/{id}`: members join and leave, and the group's licences follow them. */
export function useUpdateMembershipRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ groupId, change }: { groupId: GroupId; change: MembershipRuleChange }) =>
      graph.patch(`/groups/${encodeURIComponent(groupId)}`, change),
    onSuccess: (_data, { groupId }) => afterWrite(client, MEMBERSHIP, groupId),
  });
}

export interface NewDynamicGroup {
  readonly displayName: string;
  readonly mailNickname: string;
  readonly description?: string;
  readonly membershipRule: string;
}

/**
 * `POST /groups`: a dynamic security group; it finds its members at once. The groups lists show it
 * at once, though Graph's lag (`pending-groups.ts`), from Graph's answer (the group as created).
 */
export function useCreateDynamicGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewDynamicGroup) => {
      const created = await graph.post<WireGroup>('/groups', {
        displayName: input.displayName,
        mailNickname: input.mailNickname,
        ...(input.description ? { description: input.description } : {}),
        securityEnabled: true,
        mailEnabled: false,
        groupTypes: ['DynamicMembership'],
        membershipRule: input.membershipRule,
        membershipRuleProcessingState: 'On',
      });
      const group = parseGroup(created);
      if (!group) throw new Error('Graph answered the new group without an id.');
      recordCreatedGroup(client, group);
      return { id: group.id, displayName: group.displayName };
    },
    onSuccess: () => afterWrite(client, ['groups', 'users', 'audit']),
  });
}
