/** Graph's `group` and `directoryObject` as the portal's view types. */
import type { Group as WireGroup } from '../lib/graph/graph-types';
import { toGroupId, toPlanId, toSkuId } from '../lib/ids';
import type { DirectoryObject, Group, ProcessingProgress } from './types';

/** One `$select` for every read of a group, list or blade, so a cached group has one shape. */
export const GROUP_SELECT = [
  'id',
  'displayName',
  'description',
  'groupTypes',
  'securityEnabled',
  'mailEnabled',
  'mail',
  'assignedLicenses',
  'licenseProcessingState',
  'membershipRule',
  'membershipRuleProcessingState',
  'createdDateTime',
];

/** The emulator's annotations of `licenseProcessingState` (Graph sends none). */
interface ProgressAnnotations {
  readonly '@emulator.processedUserCount'?: unknown;
  readonly '@emulator.totalUserCount'?: unknown;
}

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;

/** The users processed and in all, when the emulator says (never from Graph itself). */
function progressOf(state: WireGroup['licenseProcessingState']): ProcessingProgress | null {
  const annotated = (state ?? {}) as ProgressAnnotations;
  const processed = count(annotated['@emulator.processedUserCount']);
  const total = count(annotated['@emulator.totalUserCount']);
  return processed === null || total === null ? null : { processed, total };
}

/** A group without an id cannot be opened or acted on: null. */
export function parseGroup(group: WireGroup): Group | null {
  if (!group.id) return null;
  const groupTypes = group.groupTypes ?? [];
  const ruleState = group.membershipRuleProcessingState;
  return {
    id: toGroupId(group.id),
    displayName: group.displayName ?? group.id,
    description: group.description ?? null,
    groupTypes,
    isDynamic: groupTypes.includes('DynamicMembership'),
    isMicrosoft365: groupTypes.includes('Unified'),
    securityEnabled: group.securityEnabled === true,
    mailEnabled: group.mailEnabled === true,
    mail: group.mail ?? null,
    licenses: (group.assignedLicenses ?? []).flatMap((l) =>
      l.skuId
        ? [{ skuId: toSkuId(l.skuId), disabledPlans: (l.disabledPlans ?? []).map(toPlanId) }]
        : [],
    ),
    processingState: group.licenseProcessingState?.state ?? null,
    processingProgress: progressOf(group.licenseProcessingState),
    membershipRule: group.membershipRule ?? null,
    membershipRuleProcessingState: ruleState === 'On' || ruleState === 'Paused' ? ruleState : null,
    createdDateTime: group.createdDateTime ?? null,
  };
}

/** What reads of directory objects (members, search results) select. */
export const DIRECTORY_OBJECT_SELECT = [
  'id',
  'displayName',
  'userPrincipalName',
  'usageLocation',
  'securityEnabled',
];

/** A `directoryObject` as Graph sends it in members, memberOf and search answers. */
export interface WireDirectoryObject {
  readonly '@odata.type'?: string;
  readonly id?: string | null;
  readonly displayName?: string | null;
  readonly userPrincipalName?: string | null;
  readonly usageLocation?: string | null;
  readonly securityEnabled?: boolean | null;
}

/** A member or search result; `kind` from `@odata.type` (or, when absent, from `fallback`). */
export function parseDirectoryObject(
  object: WireDirectoryObject,
  fallback: 'user' | 'group',
): DirectoryObject | null {
  if (!object.id) return null;
  const type = object['@odata.type'];
  const kind =
    type === '#microsoft.graph.group'
      ? 'group'
      : type === '#microsoft.graph.user'
        ? 'user'
        : fallback;
  const userPrincipalName = kind === 'user' ? (object.userPrincipalName ?? null) : null;
  return {
    id: object.id.toLowerCase(),
    kind,
    displayName: object.displayName ?? userPrincipalName ?? object.id,
    userPrincipalName,
    usageLocation: kind === 'user' ? (object.usageLocation ?? null) : null,
    securityEnabled: kind === 'group' && object.securityEnabled === true,
  };
}

/** The order of the groups lists: by display name. */
export const byGroupName = (a: Group, b: Group) => a.displayName.localeCompare(b.displayName);
