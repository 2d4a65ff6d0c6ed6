import { updatePlans, updateSeats } from './plan-lifecycle';
import {
  hasProxyClash,
  NO_PLANS,
  write,
  type Entry,
  type GroupIntent,
  type GroupIntents,
  type GroupRecord,
  type TenantState,
  type UserRecord,
} from './state';
import type { AssignmentError } from './types';
import {
  assignableUnits,
  exclusiveClash,
  firstUnavailablePlan,
  variantOf,
  type SkuRecord,
  type Variant,
} from './variants';
import { LazyUserChange, skuPlansMoved } from './views';

/** What a reconcile retries: nothing, one group's entries (Reprocess on a group) or all (Reprocess on a user). */
export type Retry = GroupRecord | 'all' | null;

/** One intended or recorded entry while a reconcile works on it. Slots of one group are contiguous. */
interface Slot {
  readonly group: GroupRecord | null;
  readonly sku: SkuRecord;
  /** Null for an entry whose intent is gone (README step 2). */
  readonly intent: Variant | null;
  readonly prev: Entry | undefined;
  /** The group licence the slot stands for (null for direct entries and entries without intent). */
  readonly source: GroupIntent | null;
  /** The version in effect at this point of the reconcile. */
  applied: Variant | null;
  /** The outcome; null while pending (or when the entry is dropped). */
  result: Entry | null;
}

interface Failure {
  readonly error: AssignmentError;
  readonly plans: readonly string[];
}

const OTHER: Failure = { error: 'Other', plans: [] };

/**
 * Reconciles one user's entries with their intents (README, "Reconciling one user") and returns
 * the change, or null when nothing changed. Writes go through the journal helpers so that `whatIf`
 * can roll them back. Hot path: loops over the user's few slots, no per-user closures.
 */
export function reconcileUser(
  state: TenantState,
  user: UserRecord,
  retry: Retry,
): LazyUserChange | null {
  const now = state.clock();
  const old = user.entries;
  const oldLocation = user.profile.usageLocation;
  const slots = collectSlots(state, user, retry, now);
  settleZombies(slots, now);
  const appliedNow: SkuRecord[] = [];
  for (let start = 0; start < slots.length;) {
    const group = (slots[start] as Slot).group;
    let end = start + 1;
    while (
      end < slots.length &&
      (slots[end] as Slot).group === group &&
      (slots[end] as Slot).intent !== null
    )
      end++;
    if (group !== null && (slots[start] as Slot).intent !== null)
      evaluateGroup(state, user, slots, start, end, retry, now, appliedNow);
    start = end;
  }

  const entries: Entry[] = [];
  let unchanged = true;
  for (const slot of slots) {
    if (!slot.result) continue;
    if (old[entries.length] !== slot.result) unchanged = false;
    entries.push(slot.result);
  }
  const moved = skuPlansMoved(state, user);
  if (
    unchanged &&
    !moved &&
    entries.length === old.length &&
    user.profile.usageLocation === oldLocation
  )
    return null;

  updateSeats(state, old, entries);
  const book = updatePlans(state, old, entries, user, now);
  const change = LazyUserChange.begin(state, user, now, oldLocation);
  write(state, user, 'entries', entries);
  if (book.lost !== user.lost) write(state, user, 'lost', book.lost);
  if (book.since !== user.since) write(state, user, 'since', book.since);
  if (user.skuPlans !== state.skuPlans) write(state, user, 'skuPlans', state.skuPlans);
  return change.end(user);
}

function covers(retry: Retry, group: GroupRecord | null): boolean {
  return retry === 'all' || (retry !== null && retry === group);
}

/** The group's licences as interned variants, cached until its licences or a SKU version change. */
function groupIntents(state: TenantState, group: GroupRecord): GroupIntents {
  const cached = group.intents;
  if (cached?.licenses === group.licenses) {
    let current = true;
    for (let i = 0; i < cached.items.length; i++)
      if ((cached.items[i] as GroupIntents['items'][number]).sku.version !== cached.versions[i])
        current = false;
    if (current) return cached;
  }
  const items = group.licenses.flatMap((license) => {
    const sku = state.skuById.get(license.skuId);
    return sku
      ? [{ sku, intent: variantOf(sku, license.disabledPlans, state.plans), fresh: null }]
      : [];
  });
  const intents: GroupIntents = {
    licenses: group.licenses,
    versions: items.map((item) => item.sku.version),
    items,
  };
  group.intents = intents;
  return intents;
}

/** README step 1 and 3: direct entries, then group intents in group order, then entries without intent. */
function collectSlots(state: TenantState, user: UserRecord, retry: Retry, now: number): Slot[] {
  const slots: Slot[] = [];
  const old = user.entries;
  for (const entry of old) {
    if (entry.group !== null) continue;
    const current = entry.intent.version === entry.sku.version;
    const intent = current
      ? entry.intent
      : variantOf(entry.sku, entry.intent.disabled, state.plans);
    const result = current ? entry : { ...entry, intent, applied: intent, updatedAt: now };
    slots.push({
      group: null,
      sku: entry.sku,
      intent,
      prev: entry,
      source: null,
      applied: intent,
      result,
    });
  }
  let matched = 0;
  for (const group of user.groups) {
    if (!group.alive || !group.securityEnabled || group.licenses.length === 0) continue;
    for (const source of groupIntents(state, group).items) {
      const { sku, intent } = source;
      let prev: Entry | undefined;
      for (const e of old) if (e.group === group && e.sku === sku) prev = e;
      if (prev) matched++;
      const kept =
        prev?.intent === intent && (prev.error === 'None' || !covers(retry, group)) ? prev : null;
      slots.push({
        group,
        sku,
        intent,
        prev,
        source,
        applied: prev?.applied ?? null,
        result: kept,
      });
    }
  }
  let groupEntries = 0;
  for (const e of old) if (e.group !== null) groupEntries++;
  if (matched < groupEntries) {
    for (const entry of old) {
      if (entry.group === null || slots.some((slot) => slot.prev === entry)) continue;
      slots.push({
        group: entry.group,
        sku: entry.sku,
        intent: null,
        prev: entry,
        source: null,
        applied: entry.applied,
        result: entry,
      });
    }
  }
  return slots;
}

/**
 * README step 2: entries without intent are judged in entry order, each against every entry still
 * applied at that moment; one is kept only while a plan the user keeps needs one of its plans.
 * Kept ones are judged again until nothing changes, so none is held for a plan that goes too.
 */
function settleZombies(slots: Slot[], now: number): void {
  const zombies = slots.filter((slot) => slot.intent === null);
  if (zombies.length === 0) return;
  const needs = new Map<Slot, readonly string[]>();
  const judge = (zombie: Slot): void => {
    const need = zombie.applied ? neededBy(slots, zombie, zombie.applied) : null;
    if (need) needs.set(zombie, need);
    else {
      needs.delete(zombie);
      zombie.applied = null;
      zombie.result = null;
    }
  };
  for (const zombie of zombies) judge(zombie);
  for (let changed = true; changed;) {
    changed = false;
    for (const zombie of zombies) {
      if (!needs.has(zombie)) continue;
      judge(zombie);
      if (!needs.has(zombie)) changed = true;
    }
  }
  for (const [zombie, needed] of needs) {
    const prev = zombie.prev as Entry;
    const same = prev.error === 'DependencyViolation' && prev.errorPlans.join() === needed.join();
    zombie.result = same
      ? prev
      : { ...prev, error: 'DependencyViolation', errorPlans: needed, updatedAt: now };
  }
}

function enabledElsewhere(slots: readonly Slot[], except: Slot, id: string): boolean {
  for (const slot of slots) if (slot !== except && slot.applied?.planSet.has(id)) return true;
  return false;
}

/** The dependent plan and the prerequisites `zombie` provides for it, or null when nothing applied needs it. */
function neededBy(
  slots: readonly Slot[],
  zombie: Slot,
  provided: Variant,
): readonly string[] | null {
  for (const slot of slots) {
    if (slot === zombie || slot.applied === null) continue;
    for (const dependent of slot.applied.openPrerequisites) {
      if (
        dependent.requiresAnyOf.some((alt) =>
          alt.every((id) => enabledElsewhere(slots, zombie, id)),
        )
      )
        continue;
      const alternative = dependent.requiresAnyOf.find((alt) =>
        alt.every((id) => enabledElsewhere(slots, zombie, id) || provided.planSet.has(id)),
      );
      if (alternative) return [dependent.planId, ...alternative];
    }
  }
  return null;
}

/** README step 4 for the slots [start, end) of one group: all or nothing. */
function evaluateGroup(
  state: TenantState,
  user: UserRecord,
  slots: Slot[],
  start: number,
  end: number,
  retry: Retry,
  now: number,
  appliedNow: SkuRecord[],
): void {
  let pendingCount = 0;
  let blocked = false;
  const group = (slots[start] as Slot).group;
  for (let i = start; i < end; i++) {
    const result = (slots[i] as Slot).result;
    if (result === null) pendingCount++;
    else if (result.error !== 'None' && !covers(retry, group)) blocked = true;
  }
  if (pendingCount === 0) return;
  if (user.profile.usageLocation === null)
    write(state, user, 'profile', { ...user.profile, usageLocation: state.tenantCountry });
  const location = user.profile.usageLocation ?? state.tenantCountry;

  let failures: (Failure | null)[] | null = null;
  for (let i = start; i < end; i++) {
    if ((slots[i] as Slot).result !== null) continue;
    const failure = check(state, user, slots, start, end, i, location, appliedNow);
    if (failure) (failures ??= [])[i - start] = failure;
  }
  const failed = blocked || failures !== null;
  for (let i = start; i < end; i++) {
    const slot = slots[i] as Slot;
    if (slot.result !== null) continue;
    const intent = slot.intent as Variant;
    const prev = slot.prev;
    if (!failed) {
      slot.applied = intent;
      appliedNow.push(slot.sku);
      slot.result = sharedEntry(slot, intent, now, prev?.applied ? prev.appliedAt : now);
      continue;
    }
    const failure = failures?.[i - start] ?? OTHER;
    const applied = prev?.applied ?? null;
    const same =
      prev?.intent === intent &&
      prev.applied === applied &&
      prev.error === failure.error &&
      prev.errorPlans.join() === failure.plans.join();
    slot.result = same
      ? prev
      : {
          sku: slot.sku,
          group,
          intent,
          applied,
          error: failure.error,
          errorPlans: failure.plans,
          updatedAt: now,
          appliedAt: prev?.appliedAt ?? now,
        };
  }
}

/**
 * The applied entry of a group licence, shared by every user it applies to at this instant with
 * the same `appliedAt` (entries are immutable): a first resolve or a plan toggle on a 60,000-member
 * group allocates a handful of entries, not one per member.
 */
function sharedEntry(slot: Slot, intent: Variant, now: number, appliedAt: number): Entry {
  const source = slot.source as GroupIntent;
  const shared = source.fresh;
  if (shared?.updatedAt === now && shared.appliedAt === appliedAt) return shared;
  const entry: Entry = {
    sku: slot.sku,
    group: slot.group,
    intent,
    applied: intent,
    error: 'None',
    errorPlans: NO_PLANS,
    updatedAt: now,
    appliedAt,
  };
  source.fresh = entry;
  return entry;
}

function holdsBefore(user: UserRecord, sku: SkuRecord): boolean {
  for (const e of user.entries) if (e.sku === sku && e.applied !== null) return true;
  return false;
}

/** Whether plan `id` is enabled outside the group's pending slots, or by one of them. */
function enabledWith(slots: readonly Slot[], start: number, end: number, id: string): boolean {
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const pending = i >= start && i < end && slot.result === null;
    const variant = pending ? slot.intent : slot.applied;
    if (variant?.planSet.has(id)) return true;
  }
  return false;
}

/** Whether every plan of one of the alternatives is enabled (see `enabledWith`). */
function anyAlternativeMet(
  slots: readonly Slot[],
  start: number,
  end: number,
  alternatives: readonly (readonly string[])[],
): boolean {
  for (const alternative of alternatives) {
    let met = true;
    for (const id of alternative) {
      if (!enabledWith(slots, start, end, id)) {
        met = false;
        break;
      }
    }
    if (met) return true;
  }
  return false;
}

/** The first error of README step 4 for pending slot `index`, or null. */
function check(
  state: TenantState,
  user: UserRecord,
  slots: readonly Slot[],
  start: number,
  end: number,
  index: number,
  location: string,
  appliedNow: readonly SkuRecord[],
): Failure | null {
  const slot = slots[index] as Slot;
  const intent = slot.intent as Variant;
  const sku = slot.sku;
  if (
    sku.consumed >= assignableUnits(sku) &&
    !appliedNow.includes(sku) &&
    !holdsBefore(user, sku)
  ) {
    return { error: 'CountViolation', plans: [] };
  }
  const unavailable = firstUnavailablePlan(intent, location, state.plans);
  if (unavailable !== null)
    return { error: 'ProhibitedInUsageLocationViolation', plans: [unavailable] };
  if (intent.exclusive.length > 0) {
    for (let i = 0; i < slots.length; i++) {
      if (i === index) continue;
      const other = slots[i] as Slot;
      const variant = i >= start && i < end && other.result === null ? other.intent : other.applied;
      const clash = variant ? exclusiveClash(intent, variant) : null;
      if (clash) return { error: 'MutuallyExclusiveViolation', plans: [clash[0], clash[1]] };
    }
  }
  for (const dependent of intent.openPrerequisites) {
    if (!anyAlternativeMet(slots, start, end, dependent.requiresAnyOf)) {
      return {
        error: 'DependencyViolation',
        plans: [dependent.planId, ...(dependent.requiresAnyOf[0] ?? [])],
      };
    }
  }
  // Cheapest test first: most users already hold a mailbox, and then addresses do not matter.
  if (intent.mailbox && !slots.some((s) => s.applied?.mailbox) && hasProxyClash(state, user)) {
    return { error: 'UniquenessViolation', plans: [] };
  }
  return null;
}
