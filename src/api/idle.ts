/**
 * Whether a kind of read is in flight, asked at the moment it matters (a keystroke): a search box
 * asks Graph at once when nothing of its kind is loading, and waits for typing to pause otherwise
 * (`useDebouncedInput`'s `idle`), so reads never pile up.
 */
import { useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A function that says whether no query under `queryKey` is being read now. */
export function useNoReadUnder(queryKey: QueryKey): () => boolean {
  const client = useQueryClient();
  return () => client.isFetching({ queryKey }) === 0;
}
