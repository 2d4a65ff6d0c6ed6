import { LicensingError, messages } from './errors';
import { updatePlans } from './plan-lifecycle';
import {
  hasProxyClash,
  NO_PLANS,
  write,
  type Entry,
  type TenantState,
  type UserRecord,
} from './state';
import type { LicenseRequest } from './types';
import {
  assignableUnits,
  firstUnavailablePlan,
  variantOf,
  type SkuRecord,
  type Variant,
} from './variants';
import { LazyUserChange } from './views';

/** Finds a subscription or refuses the request with Graph's wording. */
export function requireSku(state: TenantState, skuId: string): SkuRecord {
  const sku = state.skuById.get(skuId.toLowerCase());
  if (!sku) throw new LicensingError('Invalid', messages.invalidCompanyLicense(skuId));
  return sku;
}

/** Checks a list of licence requests: known SKUs, plans of those SKUs, no SKU twice. */
export function resolveRequests(
  state: TenantState,
  requests: readonly LicenseRequest[],
): { sku: SkuRecord; disabledPlans: readonly string[] }[] {
  const seen = new Set<SkuRecord>();
  return requests.map((request) => {
    const sku = requireSku(state, request.skuId);
    if (seen.has(sku)) throw new LicensingError('Invalid', messages.duplicateSku(request.skuId));
    seen.add(sku);
    const disabledPlans = request.disabledPlans.map((id) => id.toLowerCase());
    const unknown = disabledPlans.find((id) => !sku.planSet.has(id));
    if (unknown !== undefined)
      throw new LicensingError('Invalid', messages.unknownPlan(unknown, sku.skuId));
    return { sku, disabledPlans };
  });
}

/**
 * `assignLicense` on a user: validates the whole request against the user's final state and
 * applies it at once, or throws and changes nothing (invariant 4).
 */
export function assignUserLicenses(
  state: TenantState,
  user: UserRecord,
  add: readonly LicenseRequest[],
  remove: readonly string[],
): LazyUserChange | null {
  const now = state.clock();
  const adds = resolveRequests(state, add);
  const removes = remove.map((skuId) => requireSku(state, skuId));
  if (removes.some((sku) => adds.some((a) => a.sku === sku))) {
    const both = removes.find((sku) => adds.some((a) => a.sku === sku)) as SkuRecord;
    throw new LicensingError('Invalid', messages.duplicateSku(both.skuId));
  }
  const old = user.entries;
  for (const sku of removes) {
    if (old.some((e) => e.group === null && e.sku === sku)) continue;
    if (old.some((e) => e.sku === sku))
      throw new LicensingError('Invalid', messages.inheritedCannotBeRemoved);
    throw new LicensingError('Invalid', messages.notAssigned(sku.skuId));
  }
  if (adds.length > 0 && !user.profile.usageLocation)
    throw new LicensingError('Invalid', messages.invalidUsageLocation);

  const next: Entry[] = [];
  const changed: Variant[] = [];
  for (const { sku, disabledPlans } of adds) {
    const intent = variantOf(sku, disabledPlans, state.plans);
    const prev = old.find((e) => e.group === null && e.sku === sku);
    if (prev?.intent === intent) {
      next.push(prev);
      continue;
    }
    changed.push(intent);
    next.push({
      sku,
      group: null,
      intent,
      applied: intent,
      error: 'None',
      errorPlans: NO_PLANS,
      updatedAt: now,
      appliedAt: prev?.appliedAt ?? now,
    });
  }
  const untouched = old.filter(
    (e) => !(e.group === null && (removes.includes(e.sku) || adds.some((a) => a.sku === e.sku))),
  );
  const entries = [
    ...next.filter((e) => e.group === null),
    ...untouched.filter((e) => e.group === null),
    ...untouched.filter((e) => e.group !== null),
  ];
  const unchanged = entries.length === old.length && entries.every((e) => old.includes(e));
  if (unchanged) return null;

  validate(state, user, old, entries, changed);
  const change = LazyUserChange.begin(state, user, now);
  const heldBefore = new Set(old.filter((e) => e.applied).map((e) => e.sku));
  const heldAfter = new Set(entries.filter((e) => e.applied).map((e) => e.sku));
  for (const sku of heldBefore)
    if (!heldAfter.has(sku)) write(state, sku, 'consumed', sku.consumed - 1);
  for (const sku of heldAfter)
    if (!heldBefore.has(sku)) write(state, sku, 'consumed', sku.consumed + 1);
  const book = updatePlans(state, old, entries, user, now);
  write(state, user, 'entries', entries);
  if (book.lost !== user.lost) write(state, user, 'lost', book.lost);
  if (book.since !== user.since) write(state, user, 'since', book.since);
  if (user.skuPlans !== state.skuPlans) write(state, user, 'skuPlans', state.skuPlans);
  return change.end(user);
}

function validate(
  state: TenantState,
  user: UserRecord,
  old: readonly Entry[],
  entries: readonly Entry[],
  changed: readonly Variant[],
): void {
  const location = user.profile.usageLocation ?? '';
  const applied = entries.flatMap((e) => (e.applied ? [e.applied] : []));
  const wasEnabled = (id: string) => old.some((e) => e.applied?.planSet.has(id));
  const isEnabled = (id: string) => applied.some((v) => v.planSet.has(id));
  for (const variant of changed) {
    const sku = variant.sku;
    const held = old.some((e) => e.applied && e.sku === sku);
    if (!held && sku.consumed >= assignableUnits(sku))
      throw new LicensingError('Invalid', messages.noAvailableLicenses(sku.skuId));
    const unavailable = firstUnavailablePlan(variant, location, state.plans);
    if (unavailable !== null)
      throw new LicensingError('Invalid', messages.prohibitedLocation(unavailable, location));
    for (const mine of variant.exclusive) {
      for (const other of applied) {
        const clash =
          other === variant
            ? undefined
            : other.exclusive.find((x) => x.group === mine.group && x.planId !== mine.planId);
        if (clash)
          throw new LicensingError(
            'Invalid',
            messages.mutuallyExclusive([mine.planId, clash.planId]),
          );
      }
    }
    const hadMailbox = old.some((e) => e.applied?.mailbox);
    if (variant.mailbox && !hadMailbox && hasProxyClash(state, user))
      throw new LicensingError('Invalid', messages.proxyInUse);
  }
  for (const variant of applied) {
    for (const dependent of variant.prerequisites) {
      const ok = (has: (id: string) => boolean) =>
        dependent.requiresAnyOf.some((alt) => alt.every(has));
      if (ok(isEnabled)) continue;
      const isNew = !wasEnabled(dependent.planId) || ok(wasEnabled);
      if (isNew)
        throw new LicensingError(
          'Invalid',
          messages.dependsOn(dependent.planId, dependent.requiresAnyOf[0] ?? []),
        );
    }
  }
}
