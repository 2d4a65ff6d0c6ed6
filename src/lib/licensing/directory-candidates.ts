/** Users and groups as a search-and-pick list shows them, with what matters for licensing. */
import type { DirectoryKind, DirectoryObject } from '../../api/types';
import type { Candidate, SearchPickerWords } from '../../components/search-picker';
import type { Translate } from '../i18n/use-t';

/** The picker's words for users or groups. */
export function pickerWords(t: Translate, kind: DirectoryKind): SearchPickerWords {
  return kind === 'user'
    ? {
        search: t('licensing.picker.user.search'),
        placeholder: t('licensing.picker.user.placeholder'),
        results: t('licensing.picker.user.results'),
        noMatch: t('licensing.picker.user.noMatch'),
        searching: t('licensing.picker.user.searching'),
        searchFailed: t('licensing.picker.user.searchFailed'),
        picked: t('licensing.picker.user.picked'),
        remove: (name) => t('licensing.picker.remove', { name }),
      }
    : {
        search: t('licensing.picker.group.search'),
        placeholder: t('licensing.picker.group.placeholder'),
        results: t('licensing.picker.group.results'),
        noMatch: t('licensing.picker.group.noMatch'),
        searching: t('licensing.picker.group.searching'),
        searchFailed: t('licensing.picker.group.searchFailed'),
        picked: t('licensing.picker.group.picked'),
        remove: (name) => t('licensing.picker.remove', { name }),
      };
}

/**
 * A user reads "Name (upn)", with the usage location below (a licence needs one); a group reads
 * its name, with whether it can hold licences. Objects in `unavailable` are shown but not pickable.
 */
export function toCandidate(
  t: Translate,
  object: DirectoryObject,
  unavailable?: { readonly ids: ReadonlySet<string>; readonly reason: string },
): Candidate {
  const taken = unavailable?.ids.has(object.id) === true;
  const detail =
    object.kind === 'user'
      ? object.usageLocation
        ? t('licensing.candidate.usageLocation', { location: object.usageLocation })
        : t('licensing.candidate.noUsageLocation')
      : t(
          object.securityEnabled
            ? 'licensing.candidate.security'
            : 'licensing.candidate.notSecurity',
        );
  return {
    id: object.id,
    name: object.displayName,
    label:
      object.kind === 'user' && object.userPrincipalName
        ? t('licensing.candidate.label', {
            name: object.displayName,
            userPrincipalName: object.userPrincipalName,
          })
        : object.displayName,
    detail: taken
      ? t('licensing.candidate.unavailable', { detail, reason: unavailable.reason })
      : detail,
    disabled: taken,
  };
}
