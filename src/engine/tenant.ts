import { catalog as defaultCatalog, type Catalog } from './catalog/catalog';
import { ChangeTracker } from './changes';
import { assignUserLicenses } from './direct';
import * as groups from './group-commands';
import { checkSameGroupDependencies } from './group-licenses';
import * as groupQueries from './group-queries';
import { HeldProducts } from './held-products';
import { groupView } from './group-queries';
import {
  changeImpact,
  groupLicenseImpact,
  type GroupLicenseImpact,
  type RuleImpact,
} from './impact';
import { membershipContext } from './membership';
import { PlanRegistry } from './plan-rules';
import { JobQueue } from './processing';
import { reconcileUser } from './reconcile';
import { requireGroup, requireUser } from './records';
import { exportState, importState, type TenantSnapshot } from './snapshot';
import type { TenantState } from './state';
import {
  addServicePlan,
  addSubscription,
  subscriptionView,
  updateSubscription,
} from './subscriptions';
import * as users from './user-commands';
import { runWhatIf } from './what-if';
import type {
  GroupDefinition,
  GroupView,
  LicenseRequest,
  MembershipContext,
  MembershipRule,
  PlanExplanation,
  PrepaidUnits,
  ProcessingEvent,
  SubscriptionView,
  UserLicenseChange,
  UserLicenseView,
  WhatIfResult,
} from './types';
import type { UserProfile } from './user-profile';
import { licenseView, mergeChanges, rawOf, type LazyUserChange } from './views';

/** How a tenant is set up. */
export interface EngineOptions {
  /** ISO 3166 alpha-2 country of the tenant: the usage location group licensing falls back to. */
  readonly tenantCountry: string;
  /** Milliseconds since the epoch; the engine never reads the wall clock. */
  readonly clock: () => number;
  /** How long lost plans stay Suspended before they read as Deleted. Default 30 days. */
  readonly gracePeriodMs?: number;
  readonly catalog?: Catalog;
}

const DAY = 86_400_000;

/**
 * One tenant's licensing state and every command that changes it. Commands validate first and
 * throw `LicensingError` before changing anything; group work is queued and run by `step`/`drain`.
 */
export class Tenant {
  readonly #state: TenantState;
  readonly #queue = new JobQueue();
  readonly #catalog: Catalog;
  /** Made on the first `usersHolding`: a tenant nobody asks pays nothing for it. */
  #held: HeldProducts | null = null;

  constructor(options: EngineOptions) {
    this.#catalog = options.catalog ?? defaultCatalog;
    this.#state = {
      tenantCountry: options.tenantCountry.toUpperCase(),
      clock: options.clock,
      gracePeriodMs: options.gracePeriodMs ?? 30 * DAY,
      plans: new PlanRegistry(this.#catalog),
      users: [],
      userById: new Map(),
      groups: [],
      groupById: new Map(),
      skus: [],
      skuById: new Map(),
      proxyCount: new Map(),
      journal: null,
      sink: null,
      skuPlans: new Map(),
      versions: 0,
    };
  }

  /** Rebuilds a tenant from `exportState`; `compile` turns stored rule texts back into rules. */
  static fromSnapshot(
    snapshot: TenantSnapshot,
    options: EngineOptions,
    compile: (text: string) => MembershipRule,
  ): Tenant {
    const tenant = new Tenant({ ...options, tenantCountry: snapshot.tenantCountry });
    importState(tenant.#state, tenant.#queue, snapshot, compile);
    return tenant;
  }

  /** The tenant as plain JSON, for persistence. */
  exportState(): TenantSnapshot {
    return exportState(this.#state, this.#queue);
  }

  /**
   * A tracker of what changes from now on, for persistence (or, on its own `channel`, Graph's
   * delta queries) in proportion to the change.
   */
  trackChanges(channel?: string): ChangeTracker {
    return new ChangeTracker(this.#state, this.#queue, channel);
  }

  get tenantCountry(): string {
    return this.#state.tenantCountry;
  }
  get plans(): PlanRegistry {
    return this.#state.plans;
  }

  // ---- subscriptions -------------------------------------------------------------------------

  /** Adds a subscription for a catalog product. */
  addSubscription(skuId: string, prepaid: PrepaidUnits): SubscriptionView {
    return subscriptionView(
      this.#state,
      addSubscription(this.#state, this.#catalog, skuId, prepaid),
    );
  }

  /** Changes a subscription's units. Lowering them never evicts anyone (invariant 1). */
  updateSubscription(skuId: string, prepaid: PrepaidUnits): SubscriptionView {
    return subscriptionView(this.#state, updateSubscription(this.#state, skuId, prepaid));
  }

  /** Adds a new service plan to a product (enabled wherever the product is assigned); returns those groups. */
  addServicePlan(
    skuId: string,
    plan: {
      servicePlanId: string;
      servicePlanName: string;
      friendlyName?: string;
      service?: string;
    },
  ): GroupView[] {
    return addServicePlan(this.#state, this.#queue, skuId, plan).map((g) =>
      groupView(this.#queue, g),
    );
  }

  subscription(skuId: string): SubscriptionView | undefined {
    const sku = this.#state.skuById.get(skuId.toLowerCase());
    return sku ? subscriptionView(this.#state, sku) : undefined;
  }

  subscriptions(): SubscriptionView[] {
    return this.#state.skus.map((sku) => subscriptionView(this.#state, sku));
  }

  // ---- users ---------------------------------------------------------------------------------

  /** Adds a user; dynamic groups evaluate it at once and their licences are queued. */
  addUser(profile: UserProfile): void {
    users.addUser(this.#state, this.#queue, profile);
  }

  /** Changes a user's attributes. Dynamic groups re-evaluate the user; licence errors are not retried. */
  updateUser(userId: string, patch: Partial<Omit<UserProfile, 'id'>>): void {
    users.updateUser(this.#state, this.#queue, userId, patch);
  }

  /** Deletes a user: memberships go, entries go, seats are released at once. */
  deleteUser(userId: string): void {
    users.deleteUser(this.#state, userId);
  }

  profile(userId: string): UserProfile | undefined {
    return this.#state.userById.get(userId)?.profile;
  }

  /** User ids in creation order. */
  userIds(): string[] {
    return this.#state.users.filter((u) => u.alive).map((u) => u.profile.id);
  }

  /**
   * Ids of the users, in creation order, whose held products (the SKU ids of their
   * `assignedLicenses`, in subscription order) pass `test`. `test` runs once per distinct list of
   * products held in the tenant; the cost follows the users written since the last call plus one
   * pass over a list of numbers, with no licence view built.
   */
  usersHolding(test: (skuIds: readonly string[]) => boolean): string[] {
    this.#held ??= new HeldProducts(this.#state);
    return this.#held.usersHolding(test);
  }

  license(userId: string): UserLicenseView | undefined {
    const user = this.#state.userById.get(userId);
    if (!user) return undefined;
    return licenseView(this.#state, rawOf(user, this.#state.clock()));
  }

  /** Ids of the groups the user is a direct member of. */
  memberOf(userId: string): string[] {
    return requireUser(this.#state, userId).groups.map((g) => g.id);
  }

  /**
   * `assignLicense` on a user, synchronous and atomic; the user is then reconciled at once, so an
   * entry held only for a prerequisite the direct licence now provides goes immediately.
   */
  assignUserLicenses(
    userId: string,
    add: readonly LicenseRequest[],
    remove: readonly string[],
  ): UserLicenseChange | null {
    const user = requireUser(this.#state, userId);
    const direct = assignUserLicenses(this.#state, user, add, remove);
    return this.#emit(mergeChanges(this.#state, direct, reconcileUser(this.#state, user, null)));
  }

  /** Reprocess on a user: retries every entry in error, synchronously. */
  reprocessUser(userId: string): UserLicenseChange | null {
    return this.#emit(reconcileUser(this.#state, requireUser(this.#state, userId), 'all'));
  }

  /** Every source that enables, disables or is blocked from giving a plan to a user. */
  explain(userId: string, servicePlanId: string): PlanExplanation {
    return users.explainPlan(this.#state, userId, servicePlanId);
  }

  // ---- groups --------------------------------------------------------------------------------

  createGroup(definition: GroupDefinition): GroupView {
    return groupView(this.#queue, groups.createGroup(this.#state, definition));
  }

  /** Refused while the group has licences (rule 13). */
  deleteGroup(groupId: string): void {
    groups.deleteGroup(this.#state, groupId);
  }

  /** A licensed group cannot stop being security-enabled: its licences would silently stop applying. */
  setSecurityEnabled(groupId: string, securityEnabled: boolean): void {
    groups.setSecurityEnabled(this.#state, groupId, securityEnabled);
  }

  /** Adds a user or a (nested) group as a member. Refused on dynamic groups. */
  addMember(groupId: string, memberId: string): void {
    groups.addMembers(this.#state, this.#queue, groupId, [memberId]);
  }

  /** Adds several members at once; all are checked first, their licences queued as one job. */
  addMembers(groupId: string, memberIds: readonly string[]): void {
    groups.addMembers(this.#state, this.#queue, groupId, memberIds);
  }

  removeMember(groupId: string, memberId: string): void {
    groups.removeMember(this.#state, this.#queue, groupId, memberId);
  }

  /** Sets (or clears) a group's membership rule and re-evaluates membership. */
  setMembershipRule(groupId: string, rule: MembershipRule | null): void {
    groups.setMembershipRule(this.#state, this.#queue, groupId, rule);
  }

  /**
   * What a new membership rule would do, before it is saved: who joins and leaves, and per user
   * the licences and plans gained or lost net of their other assignment paths, seats and errors.
   */
  previewMembershipRule(groupId: string, rule: MembershipRule): RuleImpact {
    const group = requireGroup(this.#state, groupId);
    const members = () => new Set([...group.members].map((u) => u.profile.id));
    const result = this.whatIf((t) => {
      const before = members();
      t.setMembershipRule(groupId, rule);
      const after = members();
      return {
        joined: [...after].filter((id) => !before.has(id)),
        left: [...before].filter((id) => !after.has(id)),
      };
    });
    return { ...changeImpact(result), joined: result.value.joined, left: result.value.left };
  }

  /** The context rules evaluate in (for "Validate rules" on chosen users). */
  ruleContext(): MembershipContext {
    return membershipContext(this.#state);
  }

  /** Pauses or resumes membership processing; resuming re-evaluates the rule. */
  setMembershipPaused(groupId: string, paused: boolean): void {
    groups.setMembershipPaused(this.#state, this.#queue, groupId, paused);
  }

  /** `assignLicense` on a group: validated now, applied to members by queued processing. */
  assignGroupLicenses(
    groupId: string,
    add: readonly LicenseRequest[],
    remove: readonly string[],
  ): { before: readonly LicenseRequest[]; after: readonly LicenseRequest[] } {
    return groups.assignGroupLicenses(this.#state, this.#queue, groupId, add, remove);
  }

  /**
   * What a group's `assignLicense` would do, before it is saved: the what-if of the change and its
   * processing, summarised per user, with seats, new errors and the members losing each plan.
   */
  previewGroupLicenses(
    groupId: string,
    add: readonly LicenseRequest[],
    remove: readonly string[],
  ): GroupLicenseImpact {
    return groupLicenseImpact(this.whatIf((t) => t.assignGroupLicenses(groupId, add, remove)));
  }

  /** Reprocess on a group: retries its entries in error for its members and former members. */
  reprocessGroup(groupId: string): void {
    groups.reprocessGroup(this.#state, this.#queue, groupId);
  }

  group(groupId: string): GroupView | undefined {
    const group = this.#state.groupById.get(groupId);
    return group ? groupView(this.#queue, group) : undefined;
  }

  /** Number of direct user members (cheap, unlike reading `userMemberIds`). */
  memberCount(groupId: string): number {
    return requireGroup(this.#state, groupId).members.size;
  }

  groupIds(): string[] {
    return this.#state.groups.filter((g) => g.alive).map((g) => g.id);
  }

  /** Whether any user holds an entry of the group in error (also for entries kept after removal). */
  hasMembersWithLicenseErrors(groupId: string): boolean {
    return groupQueries.hasMembersWithLicenseErrors(this.#state, groupId);
  }

  /** Users holding an entry of the group in error. */
  membersWithLicenseErrors(groupId: string): string[] {
    return groupQueries.membersWithLicenseErrors(this.#state, groupId);
  }

  /** Groups that assign the SKU with a plan added after the product was bought enabled (to review). */
  groupsWithNewPlans(skuId: string): { groupId: string; servicePlanIds: string[] }[] {
    return groupQueries.groupsWithNewPlans(this.#state, skuId);
  }

  /** Checks a group licence set without applying it (for the UI before Save). */
  validateGroupLicenses(licenses: readonly LicenseRequest[]): void {
    checkSameGroupDependencies(this.#state, licenses);
  }

  // ---- processing ----------------------------------------------------------------------------

  /** Whether no job is queued or running. */
  get idle(): boolean {
    return this.#queue.length === 0;
  }
  get queuedJobs(): number {
    return this.#queue.length;
  }

  /** Reconciles up to `maxUsers` queued users. */
  step(maxUsers: number): ProcessingEvent[] {
    return this.#queue.step(this.#state, maxUsers);
  }

  /** Runs every queued job to the end. */
  drain(): ProcessingEvent[] {
    const events: ProcessingEvent[] = [];
    while (!this.idle) events.push(...this.step(10_000));
    return events;
  }

  /**
   * A full resolve, as after loading a tenant: replaces the queue with one job over every user.
   * Reconciling a user settles all its pending intents at once, so this subsumes every queued job
   * (their per-group bookkeeping and retry scopes are dropped: use it for loading, not for admins).
   */
  reprocessAll(): void {
    this.#queue.spliceFrom(0);
    this.#queue.enqueue(
      'reprocess',
      this.#state.groups.filter((g) => g.alive && g.licenses.length > 0),
      this.#state.users,
      null,
    );
  }

  /**
   * Runs a proposed change and its processing, reports what it would do, and rolls it back: the
   * tenant is unchanged afterwards (invariant 8). Errors thrown by the change propagate.
   */
  whatIf<T>(change: (tenant: Tenant) => T): WhatIfResult & { readonly value: T } {
    return runWhatIf(this.#state, this.#queue, () => change(this));
  }

  // ---- internals -----------------------------------------------------------------------------

  /** Hands a synchronous change to whatIf (when one is running) and returns it. */
  #emit(change: LazyUserChange | null): LazyUserChange | null {
    if (change) this.#state.sink?.(change);
    return change;
  }
}
