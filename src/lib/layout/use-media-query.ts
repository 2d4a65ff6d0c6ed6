/**
 * Whether a CSS media query matches, kept current as the window changes (one `matchMedia`
 * listener per mounted hook; React reads it through `useSyncExternalStore`, so a resize re-renders
 * only the components that asked).
 */
import { useCallback, useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => {
        list.removeEventListener('change', changed);
      };
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Below this window width the side navigation folds to a rail of icons (issue #16 item 6). */
export const NARROW_WINDOW = '(max-width: 1099px)';
