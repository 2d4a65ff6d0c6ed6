/**
 * Where a property written in a rule leads: a user attribute (with its object prefix), an item
 * of a collection inside `-any`/`-all`, or why it leads nowhere. Shared by the validator and the
 * compiler, so both read a property the same way.
 */
import type { PropertyRef } from './ast';
import {
  ELEMENT_PROPERTY,
  GROUP_ID_PROPERTY,
  resolveAssignedPlanProperty,
  resolveUserProperty,
  type PropertyInfo,
} from './properties';
import type { RuleDiagnostic, RuleDiagnosticArgs, RuleDiagnosticCode } from './tokens';

/** Scope of a comparison: the user, or the item of a collection quantifier. */
export type Scope =
  | { readonly kind: 'user' }
  | { readonly kind: 'item'; readonly collection: PropertyInfo; readonly quantifier: string };

/** Resolves a property reference in a scope, or explains why it cannot be resolved. */
export function resolveProperty(ref: PropertyRef, scope: Scope): PropertyInfo | RuleDiagnostic {
  const [head = '', name = '', ...rest] = ref.segments;
  const object = head.toLowerCase();
  const fail = (
    code: RuleDiagnosticCode,
    message: string,
    args: RuleDiagnosticArgs = { property: ref.path },
  ): RuleDiagnostic => ({ code, message, span: ref.span, args });
  if (object === 'device')
    return fail('device-rule', `Device rules are not supported in a user group: ${ref.path}.`);
  if (scope.kind === 'item') {
    const source = scope.collection.source.kind;
    const expected =
      source === 'assignedPlans'
        ? 'assignedPlan.servicePlanId, assignedPlan.service or assignedPlan.capabilityStatus'
        : source === 'memberOf'
          ? 'group.objectId'
          : '_';
    const found =
      source === 'assignedPlans' && object === 'assignedplan' && rest.length === 0
        ? resolveAssignedPlanProperty(name)
        : source === 'memberOf' &&
            object === 'group' &&
            name.toLowerCase() === 'objectid' &&
            rest.length === 0
          ? GROUP_ID_PROPERTY
          : source !== 'assignedPlans' && source !== 'memberOf' && ref.path === '_'
            ? ELEMENT_PROPERTY
            : undefined;
    return (
      found ??
      fail(
        'wrong-item-property',
        `Inside ${scope.collection.path} -${scope.quantifier} (...) use ${expected}, not ${ref.path}.`,
        {
          variant: source === 'assignedPlans' || source === 'memberOf' ? source : 'element',
          collection: scope.collection.path,
          quantifier: `-${scope.quantifier}`,
          property: ref.path,
        },
      )
    );
  }
  if (ref.path === '_' || object === 'assignedplan' || object === 'group') {
    return fail(
      'item-outside-collection',
      `${ref.path} can only be used inside -any (...) or -all (...) on a multi-valued property.`,
    );
  }
  if (ref.segments.length === 1) {
    const guess = resolveUserProperty(head);
    return guess
      ? fail(
          'missing-object-prefix',
          `Property '${head}' must be written with the user. prefix: ${guess.path}.`,
          { property: head, suggestion: guess.path },
        )
      : fail(
          'unknown-attribute',
          `Attribute not supported: ${ref.path}. Properties are written as user.<name>, e.g. user.department.`,
          { variant: 'bare', property: ref.path },
        );
  }
  if (object !== 'user')
    return fail(
      'unknown-object',
      `Unknown object '${head}' in ${ref.path}: user rules read user.<property>.`,
      { object: head, property: ref.path },
    );
  const info = rest.length === 0 ? resolveUserProperty(name) : undefined;
  return info ?? fail('unknown-attribute', `Attribute not supported: ${ref.path}.`);
}
