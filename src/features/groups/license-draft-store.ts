/**
 * Unsaved service-plan toggles of group licences: per group, per product, the draft list of
 * disabled plans. Cleared on Save (after the change is accepted) or Discard.
 */
import { create } from 'zustand';

type Drafts = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

interface LicenseDraftState {
  /** groupId → skuId → draft `disabledPlans`. */
  readonly drafts: Drafts;
  setPlanEnabled: (
    groupId: string,
    skuId: string,
    servicePlanId: string,
    enabled: boolean,
    saved: readonly string[],
  ) => void;
  discard: (groupId: string) => void;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export const useLicenseDraftStore = create<LicenseDraftState>()((set) => ({
  drafts: {},
  setPlanEnabled: (groupId, skuId, servicePlanId, enabled, saved) => {
    set((state) => {
      const group = state.drafts[groupId] ?? {};
      const current = group[skuId] ?? saved;
      const next = enabled
        ? current.filter((id) => id !== servicePlanId)
        : [...current.filter((id) => id !== servicePlanId), servicePlanId];
      const others = Object.fromEntries(Object.entries(group).filter(([id]) => id !== skuId));
      const nextGroup = sameSet(next, saved) ? others : { ...others, [skuId]: next };
      return { drafts: { ...state.drafts, [groupId]: nextGroup } };
    });
  },
  discard: (groupId) => {
    set((state) => {
      return {
        drafts: Object.fromEntries(Object.entries(state.drafts).filter(([id]) => id !== groupId)),
      };
    });
  },
}));

const EMPTY: Readonly<Record<string, readonly string[]>> = {};

/** The draft `disabledPlans` of one group, by product (only products with unsaved changes). */
export const useGroupLicenseDraft = (groupId: string) =>
  useLicenseDraftStore((state) => state.drafts[groupId] ?? EMPTY);
