/** Who an Assign gives the licence to: the blade's user or group, or users or groups the admin picks. */
import type {
  DirectoryKind,
  DirectoryObject,
  Group,
  LicenseTarget,
  SkuId,
  User,
} from '../../api/types';
import type { Candidate } from '../../components/search-picker';
import { toGroupId, toUserId } from '../../lib/ids';

/** The blade's own user or group, when the dialog opens on one. */
export type AssignFixedTarget =
  | { readonly kind: 'group'; readonly group: Group }
  | { readonly kind: 'user'; readonly user: User };

/** One target of the draft: a picker candidate that also knows what licensing needs of it. */
export interface AssignTarget extends Candidate {
  readonly kind: DirectoryKind;
  /** Users only: null when the user has none (Graph refuses a licence then). */
  readonly usageLocation: string | null;
  /** Products the target is known to hold (the blade's user); empty when not known. */
  readonly holds: readonly SkuId[];
}

export function fixedTarget(fixed: AssignFixedTarget): AssignTarget {
  return fixed.kind === 'user'
    ? {
        id: fixed.user.id,
        kind: 'user',
        name: fixed.user.displayName,
        label: fixed.user.displayName,
        usageLocation: fixed.user.usageLocation,
        holds: fixed.user.licenses,
      }
    : {
        id: fixed.group.id,
        kind: 'group',
        name: fixed.group.displayName,
        label: fixed.group.displayName,
        usageLocation: null,
        holds: fixed.group.licenses.map((l) => l.skuId),
      };
}

/** A picked candidate, with the usage location the search read with it. */
export function pickedTarget(
  kind: DirectoryKind,
  candidate: Candidate,
  objects: readonly DirectoryObject[] | undefined,
): AssignTarget {
  const object = objects?.find((o) => o.id === candidate.id);
  return { ...candidate, kind, usageLocation: object?.usageLocation ?? null, holds: [] };
}

export const licenseTarget = (target: AssignTarget): LicenseTarget =>
  target.kind === 'user'
    ? { kind: 'user', id: toUserId(target.id) }
    : { kind: 'group', id: toGroupId(target.id) };

/** Users Graph would refuse a licence for: they have no usage location. */
export const withoutUsageLocation = (targets: readonly AssignTarget[]) =>
  targets.filter((t) => t.kind === 'user' && t.usageLocation === null);
