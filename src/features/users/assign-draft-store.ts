/** The unsaved choices of the Assign dialog: the product and which of its plans the direct licence turns on. */
import { create } from 'zustand';

interface AssignDraftState {
  readonly skuId: string | null;
  /** servicePlanId → on in the direct assignment. */
  readonly plans: Readonly<Record<string, boolean>>;
  start: (skuId: string | null, plans: Readonly<Record<string, boolean>>) => void;
  toggle: (servicePlanId: string, on: boolean) => void;
  clear: () => void;
}

export const useAssignDraftStore = create<AssignDraftState>()((set) => ({
  skuId: null,
  plans: {},
  start: (skuId, plans) => {
    set({ skuId, plans });
  },
  toggle: (servicePlanId, on) => {
    set((state) => ({ plans: { ...state.plans, [servicePlanId]: on } }));
  },
  clear: () => {
    set({ skuId: null, plans: {} });
  },
}));
