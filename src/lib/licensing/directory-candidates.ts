/** Users and groups as a search-and-pick list shows them, with what matters for licensing. */
import type { DirectoryKind, DirectoryObject } from '../../api/types';
import type { Candidate, SearchPickerWords } from '../../components/search-picker';

/** The picker's words for users or groups. */
export const PICKER_WORDS: Readonly<Record<DirectoryKind, SearchPickerWords>> = {
  user: {
    search: 'Search users',
    placeholder: 'Search users by name',
    results: 'Matching users',
    noMatch: 'No users match.',
    searching: 'Searching users',
    searchFailed: 'Could not search users',
    picked: 'Selected users',
    remove: (name) => `Remove ${name}`,
  },
  group: {
    search: 'Search groups',
    placeholder: 'Search groups by name',
    results: 'Matching groups',
    noMatch: 'No groups match.',
    searching: 'Searching groups',
    searchFailed: 'Could not search groups',
    picked: 'Selected groups',
    remove: (name) => `Remove ${name}`,
  },
};

/**
 * A user reads "Name (upn)", with the usage location below (a licence needs one); a group reads
 * its name, with whether it can hold licences. Objects in `unavailable` are shown but not pickable.
 */
export function toCandidate(
  object: DirectoryObject,
  unavailable?: { readonly ids: ReadonlySet<string>; readonly reason: string },
): Candidate {
  const taken = unavailable?.ids.has(object.id) === true;
  const detail =
    object.kind === 'user'
      ? object.usageLocation
        ? `Usage location ${object.usageLocation}`
        : 'No usage location'
      : object.securityEnabled
        ? 'Security group'
        : 'Not a security group: cannot hold licenses';
  return {
    id: object.id,
    name: object.displayName,
    label:
      object.kind === 'user' && object.userPrincipalName
        ? `${object.displayName} (${object.userPrincipalName})`
        : object.displayName,
    detail: taken ? `${detail} · ${unavailable.reason}` : detail,
    disabled: taken,
  };
}
