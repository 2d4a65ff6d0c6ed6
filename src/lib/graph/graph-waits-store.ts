/**
 * Requests of the shared Graph client that are waiting before they may go: Graph asked it to slow
 * down (429 with `Retry-After`), or a resource's budget is spent for now (the audit log's 5 per
 * 10 s). The shell shows "waiting for Microsoft Graph" from it instead of an error.
 */
import { create } from 'zustand';
import type { GraphWait } from './request-gate';

interface GraphWaitsState {
  readonly waits: readonly GraphWait[];
  set: (waits: readonly GraphWait[]) => void;
}

export const useGraphWaitsStore = create<GraphWaitsState>()((set) => ({
  waits: [],
  set: (waits) => {
    set({ waits });
  },
}));

/** When the last waiting request may go (epoch ms), or null when nothing waits. */
export function useGraphWaitUntil(): number | null {
  return useGraphWaitsStore((state) =>
    state.waits.length === 0 ? null : Math.max(...state.waits.map((w) => w.until)),
  );
}
