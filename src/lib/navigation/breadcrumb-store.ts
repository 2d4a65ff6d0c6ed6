/**
 * Breadcrumb labels that only a blade knows (a product's or a group's display name). Routes give
 * a static label in `staticData.breadcrumb`; a detail blade replaces it with
 * `useBreadcrumbLabel(product?.displayName)`.
 */
import { useMatch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { create } from 'zustand';

interface BreadcrumbState {
  /** Route match id → label. */
  readonly labels: Readonly<Record<string, string>>;
  setLabel: (matchId: string, label: string | null) => void;
}

export const useBreadcrumbStore = create<BreadcrumbState>()((set) => ({
  labels: {},
  setLabel: (matchId, label) => {
    set((state) => {
      const others = Object.entries(state.labels).filter(([id]) => id !== matchId);
      return {
        labels: Object.fromEntries(label === null ? others : [...others, [matchId, label]]),
      };
    });
  },
}));

/** Sets the breadcrumb of the route this component renders in; undefined while loading keeps the static one. */
export function useBreadcrumbLabel(label: string | null | undefined): void {
  const matchId = useMatch({ strict: false, select: (match) => match.id });
  const setLabel = useBreadcrumbStore((state) => state.setLabel);
  useEffect(() => {
    if (!label) return undefined;
    setLabel(matchId, label);
    return () => {
      setLabel(matchId, null);
    };
  }, [label, matchId, setLabel]);
}
