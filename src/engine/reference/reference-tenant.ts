/**
 * The reference resolver: the same commands as `Tenant`, implemented naively from README.md and
 * LICENSING.md so the property tests can compare the fast engine against it case by case.
 *
 * "Processing" is immediate: each command reconciles, once and in user creation order, exactly
 * the users README "What enqueues what" names, with the retry scope README gives. There is no
 * queue, no journal, no interning; every answer is recomputed from plain objects.
 */
import { catalog as defaultCatalog, type Catalog } from '../catalog/catalog';
import { LicensingError, messages } from '../errors';
import type {
  AssignmentStateName,
  CapabilityStatus,
  GroupDefinition,
  LicenseRequest,
  PrepaidUnits,
} from '../types';
import type { UserProfile } from '../user-profile';
import { assignDirect } from './reference-direct';
import { reconcile, type Retry } from './reference-reconcile';
import { PlanRules } from './reference-rules';
import {
  consumedUnits,
  entryPlans,
  groupsOf,
  isApplied,
  planSetOf,
  readStatus,
  userMembers,
  type RefGroup,
  type RefSku,
  type RefState,
  type RefUser,
} from './reference-state';

/** One entry as the reference reports it (Graph `licenseAssignmentState` without times). */
export interface ReferenceAssignmentState {
  readonly skuId: string;
  readonly assignedByGroup: string | null;
  readonly disabledPlans: readonly string[];
  readonly state: AssignmentStateName;
  readonly error: string;
}

/** A user's licence picture as the reference computes it. */
export interface ReferenceLicense {
  readonly assignedLicenses: readonly LicenseRequest[];
  readonly licenseAssignmentStates: readonly ReferenceAssignmentState[];
  readonly planStatus: Readonly<Record<string, CapabilityStatus>>;
  /** Plan id to `assignedDateTime`. */
  readonly assignedDates: Readonly<Record<string, number>>;
}

const notFound = (id: string): LicensingError =>
  new LicensingError(
    'NotFound',
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  );
const invalid = (message: string): LicensingError => new LicensingError('Invalid', message);

/**
 * A tenant resolved the slow, obvious way. Invariant: every command validates before it changes
 * anything (throws `LicensingError`, state untouched) and leaves every enqueued user reconciled.
 */
export class ReferenceTenant {
  readonly #s: RefState;
  readonly #catalog: Catalog;

  constructor(options: {
    tenantCountry: string;
    clock: () => number;
    gracePeriodMs?: number;
    catalog?: Catalog;
  }) {
    this.#catalog = options.catalog ?? defaultCatalog;
    this.#s = {
      tenantCountry: options.tenantCountry.toUpperCase(),
      clock: options.clock,
      gracePeriodMs: options.gracePeriodMs ?? 30 * 86_400_000,
      rules: new PlanRules(this.#catalog),
      skus: new Map(),
      users: new Map(),
      groups: new Map(),
    };
  }

  /** Adds a subscription for a catalog product. */
  addSubscription(skuId: string, prepaid: PrepaidUnits): void {
    const product = this.#catalog.product(skuId);
    if (!product) throw notFound(skuId);
    if (this.#s.skus.has(product.skuId)) throw invalid(`duplicate subscription ${skuId}`);
    this.#s.skus.set(product.skuId, {
      skuId: product.skuId,
      plans: [...product.servicePlanIds],
      prepaid: { ...prepaid },
    });
  }

  /** Changes seats; nobody is evicted and no error heals (invariants 1 and 2). */
  updateSubscription(skuId: string, prepaid: PrepaidUnits): void {
    const sku = this.#sku(skuId);
    sku.prepaid = { ...prepaid };
  }

  /** Adds a plan to a product; reconciles every user holding or intended an entry of it. */
  addServicePlan(skuId: string, plan: { servicePlanId: string; servicePlanName: string }): void {
    const sku = this.#sku(skuId);
    const id = plan.servicePlanId.toLowerCase();
    if (sku.plans.includes(id)) throw invalid(`plan ${id} already in ${skuId}`);
    const affected = [...this.#s.users.values()].filter(
      (u) => u.entries.some((e) => e.skuId === skuId) || this.#intended(u, skuId),
    );
    this.#s.rules.register(id, plan.servicePlanName);
    sku.plans.push(id);
    this.#process(
      affected.map((u) => u.profile.id),
      'none',
    );
  }

  /** Adds a user; dynamic groups see it at once (it is reconciled if it joins one). */
  addUser(profile: UserProfile): void {
    if (this.#s.users.has(profile.id)) throw invalid(`duplicate user ${profile.id}`);
    this.#s.users.set(profile.id, { profile: { ...profile }, entries: [], plans: new Map() });
    this.#process([profile.id], 'none');
  }

  /** Changes attributes; reconciles the user only when its dynamic memberships moved. */
  updateUser(userId: string, patch: Partial<Omit<UserProfile, 'id'>>): void {
    const user = this.#user(userId);
    const before = this.#dynamicMemberships(userId);
    user.profile = { ...user.profile, ...patch };
    if (this.#dynamicMemberships(userId) !== before) this.#process([userId], 'none');
  }

  /** Deletes a user: its memberships, entries and seats go. */
  deleteUser(userId: string): void {
    this.#user(userId);
    this.#s.users.delete(userId);
    for (const g of this.#s.groups.values()) g.users.delete(userId);
  }

  /** Creates a group (no licences yet, so nobody needs reconciling). */
  createGroup(definition: GroupDefinition): void {
    if (this.#s.groups.has(definition.id)) throw invalid(`duplicate group ${definition.id}`);
    const rule = definition.membership.kind === 'dynamic' ? definition.membership.rule : null;
    this.#s.groups.set(definition.id, {
      id: definition.id,
      securityEnabled: definition.securityEnabled,
      rule,
      users: new Set(),
      groups: new Set(),
      licenses: [],
    });
  }

  /** Adds a user or nested group; a joining user is reconciled. */
  addMember(groupId: string, memberId: string): void {
    const g = this.#group(groupId);
    if (g.rule) throw invalid(messages.dynamicMembers(groupId));
    const isUser = this.#s.users.has(memberId);
    if (!isUser && !this.#s.groups.has(memberId)) throw notFound(memberId);
    if (memberId === groupId) throw invalid('A group cannot be a member of itself.');
    if (g.users.has(memberId) || g.groups.has(memberId))
      throw invalid(`already a member: ${memberId}`);
    if (isUser) {
      g.users.add(memberId);
      if (this.#licensed(g)) this.#process([memberId], 'none');
    } else {
      g.groups.add(memberId);
    }
  }

  /** Removes a user or nested group; a leaving user is reconciled. */
  removeMember(groupId: string, memberId: string): void {
    const g = this.#group(groupId);
    if (g.rule) throw invalid(messages.dynamicMembers(groupId));
    if (g.users.delete(memberId)) {
      if (this.#licensed(g)) this.#process([memberId], 'none');
    } else if (!g.groups.delete(memberId)) throw notFound(memberId);
  }

  /** Sets the security flag; refused when turning it off on a licensed group. */
  setSecurityEnabled(groupId: string, securityEnabled: boolean): void {
    const g = this.#group(groupId);
    if (!securityEnabled && g.licenses.length > 0)
      throw invalid(messages.notSecurityEnabled(groupId));
    if (g.securityEnabled === securityEnabled) return;
    g.securityEnabled = securityEnabled;
    if (this.#licensed(g)) this.#process([...userMembers(this.#s, g)], 'none');
  }

  /** `assignLicense` on a group: validated now, then its user members are reconciled. */
  assignGroupLicenses(
    groupId: string,
    add: readonly LicenseRequest[],
    remove: readonly string[],
  ): void {
    const g = this.#group(groupId);
    const seen = new Set<string>();
    for (const skuId of [...add.map((a) => a.skuId), ...remove]) {
      if (seen.has(skuId)) throw invalid(messages.duplicateSku(skuId));
      seen.add(skuId);
    }
    for (const a of add) {
      const sku = this.#s.skus.get(a.skuId);
      if (!sku) throw invalid(messages.invalidCompanyLicense(a.skuId));
      for (const p of a.disabledPlans)
        if (!sku.plans.includes(p)) throw invalid(messages.unknownPlan(p, a.skuId));
    }
    // Order of checks when several apply follows the fast engine (README does not fix it).
    if (add.length > 0 && !g.securityEnabled) throw invalid(messages.notSecurityEnabled(groupId));
    for (const skuId of remove) {
      if (!this.#s.skus.has(skuId)) throw invalid(messages.invalidCompanyLicense(skuId));
      if (!g.licenses.some((l) => l.skuId === skuId))
        throw invalid(messages.groupNotAssigned(skuId, groupId));
    }
    const next: LicenseRequest[] = g.licenses.filter((l) => !remove.includes(l.skuId));
    for (const a of add) {
      const copy = { skuId: a.skuId, disabledPlans: [...a.disabledPlans] };
      const at = next.findIndex((l) => l.skuId === a.skuId);
      if (at >= 0) next[at] = copy;
      else next.push(copy);
    }
    const enabled = new Set(next.flatMap((l) => [...planSetOf(this.#s, l.skuId, l.disabledPlans)]));
    const rules = this.#s.rules;
    const unmet = rules.firstUnmetDependency(enabled, enabled);
    if (unmet !== null) {
      throw invalid(
        messages.groupDependency(
          rules.friendlyName(unmet),
          rules.friendlyName(rules.prerequisites(unmet)[0]?.[0] ?? ''),
        ),
      );
    }
    g.licenses = next;
    // Interpretation: every accepted call queues the members, even one that changes nothing (README:
    // "group licences changed"); observable only through entries held for a prerequisite.
    this.#process([...userMembers(this.#s, g)], 'none');
  }

  /** Reprocess on a group: its user members and holders of its entries, retrying that group. */
  reprocessGroup(groupId: string): void {
    const g = this.#group(groupId);
    const holders = [...this.#s.users.values()].filter((u) =>
      u.entries.some((e) => e.group === groupId),
    );
    this.#process([...userMembers(this.#s, g), ...holders.map((u) => u.profile.id)], {
      group: groupId,
    });
  }

  /** Reprocess on a user: retries everything, synchronously. */
  reprocessUser(userId: string): void {
    reconcile(this.#s, this.#user(userId), 'all');
  }

  /** `assignLicense` on a user, synchronous and atomic. */
  assignUserLicenses(
    userId: string,
    add: readonly LicenseRequest[],
    remove: readonly string[],
  ): void {
    assignDirect(this.#s, this.#user(userId), add, remove);
  }

  /** User ids in creation order. */
  userIds(): string[] {
    return [...this.#s.users.keys()];
  }

  /** The user's usage location, or undefined for an unknown user. */
  usageLocation(userId: string): string | null | undefined {
    return this.#s.users.get(userId)?.profile.usageLocation;
  }

  /** Units consumed on a SKU: users with at least one applied entry of it. */
  consumedUnits(skuId: string): number {
    return consumedUnits(this.#s, skuId);
  }

  /** Direct user members of a group (assigned, or matching its rule), sorted. */
  userMembers(groupId: string): string[] {
    return [...userMembers(this.#s, this.#group(groupId))].sort();
  }

  /** SKU ids a group assigns, in its order ([] for an unknown group). */
  groupLicenses(groupId: string): string[] {
    return (this.#s.groups.get(groupId)?.licenses ?? []).map((l) => l.skuId);
  }

  /** SKU ids of the user's entries, any source ([] for an unknown user). */
  userSkus(userId: string): string[] {
    return [...new Set((this.#s.users.get(userId)?.entries ?? []).map((e) => e.skuId))];
  }

  /** Sources (`skuId/group-or-direct`) whose applied version enables the plan on the user, sorted. */
  enablingSources(userId: string, servicePlanId: string): string[] {
    const user = this.#s.users.get(userId);
    if (!user) return [];
    return user.entries
      .filter((e) => entryPlans(this.#s, e)?.has(servicePlanId))
      .map((e) => `${e.skuId}/${e.group ?? 'direct'}`)
      .sort();
  }

  /** The user's licence picture, or undefined for an unknown user. */
  license(userId: string): ReferenceLicense | undefined {
    const user = this.#s.users.get(userId);
    if (!user) return undefined;
    const bySku = new Map<string, Set<string>>();
    for (const e of user.entries) {
      const plans = entryPlans(this.#s, e);
      if (plans === null) continue;
      const acc = bySku.get(e.skuId) ?? new Set<string>();
      for (const p of plans) acc.add(p);
      bySku.set(e.skuId, acc);
    }
    const assignedLicenses = [...bySku].map(([skuId, enabled]) => ({
      skuId,
      disabledPlans: (this.#s.skus.get(skuId)?.plans ?? []).filter((p) => !enabled.has(p)),
    }));
    const stateOf = (applied: boolean, error: string): AssignmentStateName =>
      applied ? (error === 'None' ? 'Active' : 'ActiveWithError') : 'Error';
    const licenseAssignmentStates = user.entries.map((e): ReferenceAssignmentState => ({
      skuId: e.skuId,
      assignedByGroup: e.group,
      disabledPlans: [...e.disabled],
      error: e.error,
      state: stateOf(isApplied(e), e.error),
    }));
    const planStatus: Record<string, CapabilityStatus> = {};
    const assignedDates: Record<string, number> = {};
    for (const [id, plan] of user.plans) {
      planStatus[id] = readStatus(this.#s, plan);
      assignedDates[id] = plan.assignedAt;
    }
    return { assignedLicenses, licenseAssignmentStates, planStatus, assignedDates };
  }

  #process(userIds: readonly string[], retry: Retry): void {
    const wanted = new Set(userIds);
    for (const user of [...this.#s.users.values()])
      if (wanted.has(user.profile.id)) reconcile(this.#s, user, retry);
  }

  /**
   * Interpretation: README enqueues joining/leaving users (and members on a security change) for
   * any group; like the fast engine, the reference does so only where it matters for licensing (a
   * security-enabled group with licences). Observable only through entries held for a prerequisite.
   */
  #licensed(g: RefGroup): boolean {
    return g.securityEnabled && g.licenses.length > 0;
  }

  #intended(user: RefUser, skuId: string): boolean {
    return groupsOf(this.#s, user.profile.id).some(
      (g) => g.securityEnabled && g.licenses.some((l) => l.skuId === skuId),
    );
  }

  #dynamicMemberships(userId: string): string {
    return groupsOf(this.#s, userId)
      .filter((g) => g.rule)
      .map((g) => g.id)
      .join(',');
  }

  #user(userId: string): RefUser {
    const user = this.#s.users.get(userId);
    if (!user) throw notFound(userId);
    return user;
  }

  #sku(skuId: string): RefSku {
    const sku = this.#s.skus.get(skuId);
    if (!sku) throw new LicensingError('NotFound', messages.invalidCompanyLicense(skuId));
    return sku;
  }

  #group(groupId: string): RefGroup {
    const g = this.#s.groups.get(groupId);
    if (!g) throw notFound(groupId);
    return g;
  }
}
