/**
 * Unsaved service-plan toggles of group licences: per group, per product, the draft list of
 * disabled plans. It survives switching tabs; cleared on Save (after the change is accepted) or
 * Discard.
 */
import { create } from 'zustand';
import type { GroupId, PlanId, SkuId } from '../../api/types';

export type GroupDraft = Readonly<Partial<Record<SkuId, readonly PlanId[]>>>;

interface LicenseDraftState {
  readonly drafts: Readonly<Partial<Record<GroupId, GroupDraft>>>;
  setPlanEnabled: (
    groupId: GroupId,
    skuId: SkuId,
    planId: PlanId,
    enabled: boolean,
    saved: readonly PlanId[],
  ) => void;
  discard: (groupId: GroupId) => void;
}

const sameSet = (a: readonly PlanId[], b: readonly PlanId[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export const useLicenseDraftStore = create<LicenseDraftState>()((set) => ({
  drafts: {},
  setPlanEnabled: (groupId, skuId, planId, enabled, saved) => {
    set((state) => {
      const group = state.drafts[groupId] ?? {};
      const current = group[skuId] ?? saved;
      const next = enabled
        ? current.filter((id) => id !== planId)
        : [...current.filter((id) => id !== planId), planId];
      const others = Object.fromEntries(Object.entries(group).filter(([id]) => id !== skuId));
      const nextGroup: GroupDraft = sameSet(next, saved) ? others : { ...others, [skuId]: next };
      return { drafts: { ...state.drafts, [groupId]: nextGroup } };
    });
  },
  discard: (groupId) => {
    set((state) => ({
      drafts: Object.fromEntries(Object.entries(state.drafts).filter(([id]) => id !== groupId)),
    }));
  },
}));

const EMPTY: GroupDraft = {};

/** The draft `disabledPlans` of one group, by product (only products with unsaved changes). */
export const useGroupLicenseDraft = (groupId: GroupId) =>
  useLicenseDraftStore((state) => state.drafts[groupId] ?? EMPTY);
