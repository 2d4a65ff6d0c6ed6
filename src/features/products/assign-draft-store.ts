/** The unsaved Assign dialog: who gets the product and which of its plans are switched off. */
import { create } from 'zustand';

export type AssignTargetKind = 'user' | 'group';

export interface AssignTarget {
  readonly id: string;
  readonly displayName: string;
  readonly detail: string;
}

interface AssignDraftState {
  readonly kind: AssignTargetKind;
  readonly targets: readonly AssignTarget[];
  readonly disabledPlans: readonly string[];
  readonly setKind: (kind: AssignTargetKind) => void;
  readonly toggleTarget: (target: AssignTarget) => void;
  readonly togglePlan: (servicePlanId: string, enabled: boolean) => void;
  readonly reset: () => void;
}

const empty = { kind: 'user' as const, targets: [], disabledPlans: [] };

export const useAssignDraftStore = create<AssignDraftState>()((set) => ({
  ...empty,
  setKind: (kind) => {
    set({ kind, targets: [] });
  },
  toggleTarget: (target) => {
    set((s) => ({
      targets: s.targets.some((t) => t.id === target.id)
        ? s.targets.filter((t) => t.id !== target.id)
        : [...s.targets, target],
    }));
  },
  togglePlan: (servicePlanId, enabled) => {
    set((s) => ({
      disabledPlans: enabled
        ? s.disabledPlans.filter((id) => id !== servicePlanId)
        : [...s.disabledPlans, servicePlanId],
    }));
  },
  reset: () => {
    set(empty);
  },
}));
