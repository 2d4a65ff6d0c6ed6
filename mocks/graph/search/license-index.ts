/**
 * Filters on `assignedLicenses` (`/$count`, `any(x:x/skuId eq …)`, and `not`, `and`, `or` of them)
 * answered from the engine's index of held products (`Tenant.usersHolding`) instead of a licence
 * view per user: on 100,000 users the scan built one for each (seconds), on every page of a
 * listing after any change; the index costs the users written since plus one pass over numbers.
 *
 * Such a filter's truth depends only on the SKU ids a user holds (an item of `assignedLicenses`
 * can be filtered on by `skuId` only, and `$count` counts them), so the same compiled predicate
 * the scan runs is run once per distinct list of held products, on a row holding just that list:
 * exact by construction, whatever the operators. Beside other properties (a top-level `and`), the
 * licence clauses narrow the users and the scan checks the rest on them.
 */
import { blankProfile, type UserLicenseView } from '../../../src/engine';
import type { UserRow } from '../adapter';
import { compileFilter } from '../odata/filter-eval';
import type { FilterExpr } from '../odata/filter-parser';
import type { ListQuery } from '../odata/query';
import { USER_SPEC } from '../resources/users';
import type { StoreReader } from '../store';

const LICENSES = 'assignedLicenses';

/** Whether a lambda body reads the item's `skuId` only. */
function onSkuId(body: FilterExpr, variable: string): boolean {
  switch (body.kind) {
    case 'and':
    case 'or':
      return onSkuId(body.left, variable) && onSkuId(body.right, variable);
    case 'not':
      return onSkuId(body.expr, variable);
    case 'compare':
    case 'in':
    case 'function': {
      const [head, key, ...rest] = body.path.segments;
      return head === variable && key === 'skuId' && rest.length === 0;
    }
    default:
      return false;
  }
}

/** Whether a filter reads nothing but the SKU ids of `assignedLicenses`. */
function onHeldProducts(expr: FilterExpr): boolean {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return onHeldProducts(expr.left) && onHeldProducts(expr.right);
    case 'not':
      return onHeldProducts(expr.expr);
    case 'count':
      return expr.path.segments.length === 1 && expr.path.segments[0] === LICENSES;
    case 'lambda':
      return (
        expr.path.segments.length === 1 &&
        expr.path.segments[0] === LICENSES &&
        onSkuId(expr.body, expr.variable)
      );
    default:
      return false;
  }
}

/** The clauses of a top-level `and` chain. */
function conjuncts(expr: FilterExpr, into: FilterExpr[] = []): FilterExpr[] {
  if (expr.kind === 'and') {
    conjuncts(expr.left, into);
    conjuncts(expr.right, into);
  } else into.push(expr);
  return into;
}

const PROFILE = blankProfile('', '');

/** A row holding exactly these products, and nothing else a licence filter could read. */
function holdingRow(skuIds: readonly string[]): UserRow {
  const view: UserLicenseView = {
    assignedLicenses: skuIds.map((skuId) => ({ skuId, disabledPlans: [] })),
    licenseAssignmentStates: [],
    assignedPlans: [],
  };
  return { id: '', profile: PROFILE, extras: { createdDateTime: 0 }, license: () => view };
}

/** The users a licence filter keeps: exactly (`exact`), or a superset the filter still checks. */
export interface HeldKeys {
  readonly keys: readonly string[];
  readonly exact: boolean;
}

/**
 * The living users of `store`, in creation order, that a query's `$filter` keeps by its licence
 * clauses; null when the filter has none (the scan answers it).
 */
export function usersByHeldProducts(
  store: StoreReader,
  query: ListQuery<UserRow>,
): HeldKeys | null {
  const expr = query.filterExpr;
  if (!expr || !query.filter) return null;
  if (onHeldProducts(expr)) {
    const test = query.filter;
    return { keys: store.tenant.usersHolding((skuIds) => test(holdingRow(skuIds))), exact: true };
  }
  const held = conjuncts(expr).filter(onHeldProducts);
  if (held.length === 0) return null;
  const clauses = held.reduce((left, right) => ({ kind: 'and', left, right }));
  // The whole filter was checked in its own mode; a part of it is allowed in an advanced query.
  const test = compileFilter(clauses, USER_SPEC, { advanced: true });
  return { keys: store.tenant.usersHolding((skuIds) => test(holdingRow(skuIds))), exact: false };
}
