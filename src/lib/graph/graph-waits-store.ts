/**
 * Requests of the portal's Graph clients that are waiting before they may go: Graph asked them to
 * slow down (429 with `Retry-After`), or a resource's budget is spent for now (the audit log's 5
 * per 10 s). The shell shows "waiting for Microsoft Graph" from it instead of an error. The page's
 * shared client and the seat reports' worker each report theirs (`setFrom`); `waits` is all of them.
 */
import { create } from 'zustand';
import type { GraphWait } from './request-gate';

interface GraphWaitsState {
  readonly waits: readonly GraphWait[];
  /** The waits by the client that reported them. */
  readonly bySource: Readonly<Record<string, readonly GraphWait[]>>;
  /** The page's shared client's waits. */
  set: (waits: readonly GraphWait[]) => void;
  /** Another client's waits (such as a worker's), kept beside the page's. */
  setFrom: (source: string, waits: readonly GraphWait[]) => void;
}

const PAGE = 'page';

export const useGraphWaitsStore = create<GraphWaitsState>()((set, get) => {
  const setFrom = (source: string, waits: readonly GraphWait[]) => {
    const bySource = { ...get().bySource, [source]: waits };
    set({ bySource, waits: Object.values(bySource).flat() });
  };
  return {
    waits: [],
    bySource: {},
    set: (waits) => {
      setFrom(PAGE, waits);
    },
    setFrom,
  };
});

/** When the last waiting request may go (epoch ms), or null when nothing waits. */
export function useGraphWaitUntil(): number | null {
  return useGraphWaitsStore((state) =>
    state.waits.length === 0 ? null : Math.max(...state.waits.map((w) => w.until)),
  );
}
