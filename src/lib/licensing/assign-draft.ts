/**
 * The unsaved choices of an Assign dialog, held by the dialog (`useReducer`): who gets the
 * licence, which products, and which service plans are switched off. One draft for every Assign
 * flow (a product to users or groups, products to a group, a product to a user).
 */
import type { LicenseChange } from '../../api/types';
import type { PlanId, SkuId } from '../ids';

export interface AssignDraft<Target extends { readonly id: string }> {
  readonly targets: readonly Target[];
  readonly skuIds: readonly SkuId[];
  /** Plans switched off; they apply when the draft assigns one product. */
  readonly off: readonly PlanId[];
}

export type AssignAction<Target extends { readonly id: string }> =
  | { readonly type: 'target'; readonly target: Target; readonly picked: boolean }
  | { readonly type: 'targets'; readonly targets: readonly Target[] }
  /** Adds or removes a product (several products, all plans on). */
  | { readonly type: 'product'; readonly skuId: SkuId; readonly picked: boolean }
  /** Chooses the one product, with the plans it starts with switched off. */
  | { readonly type: 'only-product'; readonly skuId: SkuId; readonly off: readonly PlanId[] }
  | { readonly type: 'plans'; readonly planIds: readonly PlanId[]; readonly on: boolean };

export function emptyDraft<Target extends { readonly id: string }>(
  start: Partial<AssignDraft<Target>> = {},
): AssignDraft<Target> {
  return { targets: [], skuIds: [], off: [], ...start };
}

const toggled = <T>(list: readonly T[], item: T, on: boolean, same: (a: T) => boolean) =>
  on ? [...list.filter((x) => !same(x)), item] : list.filter((x) => !same(x));

export function assignDraftReducer<Target extends { readonly id: string }>(
  draft: AssignDraft<Target>,
  action: AssignAction<Target>,
): AssignDraft<Target> {
  switch (action.type) {
    case 'target':
      return {
        ...draft,
        targets: toggled(
          draft.targets,
          action.target,
          action.picked,
          (t) => t.id === action.target.id,
        ),
      };
    case 'targets':
      return { ...draft, targets: action.targets };
    case 'product':
      return {
        ...draft,
        skuIds: toggled(draft.skuIds, action.skuId, action.picked, (id) => id === action.skuId),
      };
    case 'only-product':
      return { ...draft, skuIds: [action.skuId], off: action.off };
    case 'plans': {
      const rest = draft.off.filter((id) => !action.planIds.includes(id));
      return { ...draft, off: action.on ? rest : [...rest, ...action.planIds] };
    }
  }
}

/** The licence change the draft asks for. */
export function draftChange(draft: AssignDraft<{ readonly id: string }>): LicenseChange {
  return {
    add: draft.skuIds.map((skuId) => ({
      skuId,
      disabledPlans: draft.skuIds.length === 1 ? draft.off : [],
    })),
    remove: [],
  };
}
