/**
 * The search half of a search-and-pick list of users or groups: the typed term, Graph's matches a
 * moment after typing stops (the previous ones stay while the next load), as candidates.
 */
import { useState } from 'react';
import { useDirectorySearch } from '../api/directory-search';
import type { DirectoryKind } from '../api/types';
import { toCandidate } from '../lib/licensing/directory-candidates';
import { useT } from '../lib/i18n/use-t';
import { useDebouncedValue } from './use-debounced-value';

export const SEARCH_DEBOUNCE_MS = 150;

export function useDirectoryPicker(
  kind: DirectoryKind,
  unavailable?: { readonly ids: ReadonlySet<string>; readonly reason: string },
) {
  const t = useT();
  const [term, setTerm] = useState('');
  const search = useDirectorySearch(kind, useDebouncedValue(term, SEARCH_DEBOUNCE_MS));
  return {
    term,
    onTermChange: setTerm,
    candidates: search.data?.map((object) => toCandidate(t, object, unavailable)),
    /** The directory objects behind the candidates (a user's usage location). */
    objects: search.data,
    searching: search.isFetching,
    error: search.error,
  };
}
