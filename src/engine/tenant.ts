import { catalog as defaultCatalog, type Catalog } from './catalog/catalog';
import { ChangeTracker } from './changes';
import { assignUserLicenses } from './direct';
import { LicensingError, messages } from './errors';
import { checkSameGroupDependencies, nextGroupLicenses } from './group-licenses';
import { changeImpact, type RuleImpact } from './impact';
import { evaluateGroup, evaluateUser, join, leave, membershipContext } from './membership';
import { PlanRegistry } from './plan-rules';
import { JobQueue } from './processing';
import { reconcileUser } from './reconcile';
import { exportState, importState, type TenantSnapshot } from './snapshot';
import {
  countProxies,
  mapSet,
  setAdd,
  setDeleteOrdered,
  write,
  type GroupRecord,
  type TenantState,
  type UserRecord,
} from './state';
import {
  addServicePlan,
  addSubscription,
  skuRecord,
  subscriptionView,
  updateSubscription,
} from './subscriptions';
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

  /** A tracker of what changes from now on, for persistence in proportion to the change. */
  trackChanges(): ChangeTracker {
    return new ChangeTracker(this.#state, this.#queue);
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
    return addServicePlan(this.#state, this.#queue, skuId, plan).map((g) => this.#groupView(g));
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
    if (this.#state.userById.has(profile.id))
      throw new LicensingError('Invalid', `A user with id ${profile.id} already exists.`);
    const user: UserRecord = {
      ord: this.#state.users.length,
      profile,
      groups: [],
      entries: [],
      lost: null,
      since: null,
      skuPlans: this.#state.skuPlans,
      alive: true,
    };
    this.#state.users.push(user);
    this.#state.journal?.record(() => this.#state.users.pop());
    mapSet(this.#state, this.#state.userById, profile.id, user);
    countProxies(this.#state, profile.proxyAddresses, 1);
    this.#enqueueMembership(evaluateUser(this.#state, user), [user]);
  }

  /** Changes a user's attributes. Dynamic groups re-evaluate the user; licence errors are not retried. */
  updateUser(userId: string, patch: Partial<Omit<UserProfile, 'id'>>): void {
    const user = this.#user(userId);
    const next = { ...user.profile, ...patch, id: user.profile.id };
    countProxies(this.#state, user.profile.proxyAddresses, -1);
    countProxies(this.#state, next.proxyAddresses, 1);
    write(this.#state, user, 'profile', next);
    this.#enqueueMembership(evaluateUser(this.#state, user), [user]);
  }

  /** Deletes a user: memberships go, entries go, seats are released at once. */
  deleteUser(userId: string): void {
    const user = this.#user(userId);
    for (const group of user.groups) leave(this.#state, group, user);
    for (const sku of new Set(user.entries.filter((e) => e.applied).map((e) => e.sku)))
      write(this.#state, sku, 'consumed', sku.consumed - 1);
    write(this.#state, user, 'entries', []);
    countProxies(this.#state, user.profile.proxyAddresses, -1);
    write(this.#state, user, 'alive', false);
    mapSet(this.#state, this.#state.userById, userId, undefined);
  }

  profile(userId: string): UserProfile | undefined {
    return this.#state.userById.get(userId)?.profile;
  }

  /** User ids in creation order. */
  userIds(): string[] {
    return this.#state.users.filter((u) => u.alive).map((u) => u.profile.id);
  }

  license(userId: string): UserLicenseView | undefined {
    const user = this.#state.userById.get(userId);
    if (!user) return undefined;
    return licenseView(this.#state, rawOf(user, this.#state.clock()));
  }

  /** Ids of the groups the user is a direct member of. */
  memberOf(userId: string): string[] {
    return this.#user(userId).groups.map((g) => g.id);
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
    const user = this.#user(userId);
    const direct = assignUserLicenses(this.#state, user, add, remove);
    return this.#emit(mergeChanges(this.#state, direct, reconcileUser(this.#state, user, null)));
  }

  /** Reprocess on a user: retries every entry in error, synchronously. */
  reprocessUser(userId: string): UserLicenseChange | null {
    return this.#emit(reconcileUser(this.#state, this.#user(userId), 'all'));
  }

  /** Every source that enables, disables or is blocked from giving a plan to a user. */
  explain(userId: string, servicePlanId: string): PlanExplanation {
    const user = this.#user(userId);
    const id = servicePlanId.toLowerCase();
    const status =
      this.license(userId)?.assignedPlans.find((p) => p.servicePlanId === id)?.capabilityStatus ??
      null;
    const sources = user.entries
      .filter((e) => e.sku.planSet.has(id))
      .map((e) => ({
        skuId: e.sku.skuId,
        assignedByGroup: e.group?.id ?? null,
        effect: e.applied?.planSet.has(id)
          ? ('enables' as const)
          : e.intent.disabled.includes(id)
            ? ('disables' as const)
            : ('blocked' as const),
        error: e.error,
      }));
    return { servicePlanId: id, status, sources };
  }

  // ---- groups --------------------------------------------------------------------------------

  createGroup(definition: GroupDefinition): GroupView {
    if (this.#state.groupById.has(definition.id))
      throw new LicensingError('Invalid', `A group with id ${definition.id} already exists.`);
    const membership = definition.membership;
    const group: GroupRecord = {
      ord: this.#state.groups.length,
      id: definition.id,
      securityEnabled: definition.securityEnabled,
      dynamic:
        membership.kind === 'dynamic' ? { rule: membership.rule, paused: membership.paused } : null,
      licenses: [],
      members: new Set(),
      memberGroups: new Set(),
      alive: true,
      intents: null,
    };
    this.#state.groups.push(group);
    this.#state.journal?.record(() => this.#state.groups.pop());
    mapSet(this.#state, this.#state.groupById, group.id, group);
    evaluateGroup(this.#state, group);
    return this.#groupView(group);
  }

  /** Refused while the group has licences (rule 13). */
  deleteGroup(groupId: string): void {
    const group = this.#group(groupId);
    if (group.licenses.length > 0)
      throw new LicensingError('Invalid', messages.licensedGroupDelete(groupId));
    for (const user of [...group.members]) leave(this.#state, group, user);
    for (const other of this.#state.groups)
      if (other.memberGroups.has(groupId))
        setDeleteOrdered(this.#state, other.memberGroups, groupId);
    write(this.#state, group, 'alive', false);
    mapSet(this.#state, this.#state.groupById, groupId, undefined);
  }

  /** A licensed group cannot stop being security-enabled: its licences would silently stop applying. */
  setSecurityEnabled(groupId: string, securityEnabled: boolean): void {
    const group = this.#group(groupId);
    if (group.securityEnabled === securityEnabled) return;
    if (!securityEnabled && group.licenses.length > 0)
      throw new LicensingError('Invalid', messages.notSecurityEnabled(groupId));
    write(this.#state, group, 'securityEnabled', securityEnabled);
  }

  /** Adds a user or a (nested) group as a member. Refused on dynamic groups. */
  addMember(groupId: string, memberId: string): void {
    this.addMembers(groupId, [memberId]);
  }

  /**
   * Adds several members at once (Graph's `members@odata.bind`): all are checked first, then
   * added, and their licences are queued as one job.
   */
  addMembers(groupId: string, memberIds: readonly string[]): void {
    const group = this.#group(groupId);
    if (group.dynamic) throw new LicensingError('Invalid', messages.dynamicMembers(groupId));
    const seen = new Set<string>();
    const members = memberIds.map((memberId) => {
      const user = this.#state.userById.get(memberId);
      const nested = user ? undefined : this.#state.groupById.get(memberId);
      if (!user && !nested)
        throw new LicensingError(
          'NotFound',
          `Resource '${memberId}' does not exist or one of its queried reference-property objects are not present.`,
        );
      if (
        seen.has(memberId) ||
        (user && group.members.has(user)) ||
        group.memberGroups.has(memberId)
      ) {
        throw new LicensingError(
          'Invalid',
          "One or more added object references already exist for the following modified properties: 'members'.",
        );
      }
      if (nested === group)
        throw new LicensingError('Invalid', 'A group cannot be a member of itself.');
      seen.add(memberId);
      return { user, memberId };
    });
    const users: UserRecord[] = [];
    for (const { user, memberId } of members) {
      if (!user) {
        setAdd(this.#state, group.memberGroups, memberId);
        continue;
      }
      join(this.#state, group, user);
      users.push(user);
    }
    this.#enqueueMembership([group], users);
  }

  removeMember(groupId: string, memberId: string): void {
    const group = this.#group(groupId);
    if (group.dynamic) throw new LicensingError('Invalid', messages.dynamicMembers(groupId));
    if (group.memberGroups.has(memberId)) {
      setDeleteOrdered(this.#state, group.memberGroups, memberId);
      return;
    }
    const user = this.#state.userById.get(memberId);
    if (!user || !group.members.has(user))
      throw new LicensingError(
        'NotFound',
        `Resource '${memberId}' does not exist or one of its queried reference-property objects are not present.`,
      );
    leave(this.#state, group, user);
    this.#enqueueMembership([group], [user]);
  }

  /**
   * Sets (or clears) a group's membership rule. A rule change re-evaluates membership: users who
   * no longer match leave, users who still match are untouched, new matches join.
   */
  setMembershipRule(groupId: string, rule: MembershipRule | null): void {
    const group = this.#group(groupId);
    if (rule === null) {
      write(this.#state, group, 'dynamic', null);
      return;
    }
    if (!group.dynamic) {
      for (const nested of [...group.memberGroups])
        setDeleteOrdered(this.#state, group.memberGroups, nested);
    }
    write(this.#state, group, 'dynamic', { rule, paused: group.dynamic?.paused ?? false });
    const { joined, left } = evaluateGroup(this.#state, group);
    this.#enqueueMembership([group], [...joined, ...left]);
  }

  /**
   * What a new membership rule would do, before it is saved: who joins and leaves, and per user
   * the licences and plans gained or lost net of their other assignment paths, seats and errors.
   */
  previewMembershipRule(groupId: string, rule: MembershipRule): RuleImpact {
    const group = this.#group(groupId);
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
    const group = this.#group(groupId);
    if (!group.dynamic)
      throw new LicensingError('Invalid', `Group ${groupId} has no membership rule to pause.`);
    if (group.dynamic.paused === paused) return;
    write(this.#state, group, 'dynamic', { ...group.dynamic, paused });
    if (!paused) {
      const { joined, left } = evaluateGroup(this.#state, group);
      this.#enqueueMembership([group], [...joined, ...left]);
    }
  }

  /** `assignLicense` on a group: validated now, applied to members by queued processing. */
  assignGroupLicenses(
    groupId: string,
    add: readonly LicenseRequest[],
    remove: readonly string[],
  ): { before: readonly LicenseRequest[]; after: readonly LicenseRequest[] } {
    const group = this.#group(groupId);
    const before = group.licenses;
    const after = nextGroupLicenses(this.#state, group, add, remove);
    write(this.#state, group, 'licenses', after);
    this.#queue.enqueue('groupLicenses', [group], group.members);
    return { before, after };
  }

  /** Reprocess on a group: retries its entries in error for its members and former members. */
  reprocessGroup(groupId: string): void {
    const group = this.#group(groupId);
    const holders = this.#state.users.filter(
      (u) => u.alive && u.entries.some((e) => e.group === group),
    );
    this.#queue.enqueue('reprocess', [group], [...group.members, ...holders], group);
  }

  group(groupId: string): GroupView | undefined {
    const group = this.#state.groupById.get(groupId);
    return group ? this.#groupView(group) : undefined;
  }

  /** Number of direct user members (cheap, unlike reading `userMemberIds`). */
  memberCount(groupId: string): number {
    return this.#group(groupId).members.size;
  }

  groupIds(): string[] {
    return this.#state.groups.filter((g) => g.alive).map((g) => g.id);
  }

  /**
   * Whether any user holds an entry of the group in error: also after the group's licences were
   * removed, while an entry is kept for a prerequisite (rule 8). Stops at the first one found.
   */
  hasMembersWithLicenseErrors(groupId: string): boolean {
    const group = this.#group(groupId);
    for (const user of this.#state.users) {
      if (!user.alive) continue;
      for (const entry of user.entries)
        if (entry.group === group && entry.error !== 'None') return true;
    }
    return false;
  }

  /** Users holding an entry of the group in error. */
  membersWithLicenseErrors(groupId: string): string[] {
    const group = this.#group(groupId);
    return this.#state.users
      .filter((u) => u.alive && u.entries.some((e) => e.group === group && e.error !== 'None'))
      .map((u) => u.profile.id);
  }

  /** Groups that assign the SKU with a plan added after the product was bought enabled (to review). */
  groupsWithNewPlans(skuId: string): { groupId: string; servicePlanIds: string[] }[] {
    const sku = skuRecord(this.#state, skuId);
    const added = [...sku.planAddedAt.keys()];
    return this.#state.groups.flatMap((g) => {
      const license = g.alive ? g.licenses.find((l) => l.skuId === sku.skuId) : undefined;
      const enabled = license ? added.filter((id) => !license.disabledPlans.includes(id)) : [];
      return enabled.length > 0 ? [{ groupId: g.id, servicePlanIds: enabled }] : [];
    });
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

  /** Queues users whose membership moved, for the groups where that matters for licensing. */
  #enqueueMembership(groups: readonly GroupRecord[], users: readonly UserRecord[]): void {
    const relevant = groups.filter(
      (g) => g.licenses.length > 0 || users.some((u) => u.entries.some((e) => e.group === g)),
    );
    if (relevant.length > 0 && users.length > 0) this.#queue.enqueue('membership', relevant, users);
  }

  #user(userId: string): UserRecord {
    const user = this.#state.userById.get(userId);
    if (!user)
      throw new LicensingError(
        'NotFound',
        `Resource '${userId}' does not exist or one of its queried reference-property objects are not present.`,
      );
    return user;
  }

  #group(groupId: string): GroupRecord {
    const group = this.#state.groupById.get(groupId);
    if (!group)
      throw new LicensingError(
        'NotFound',
        `Resource '${groupId}' does not exist or one of its queried reference-property objects are not present.`,
      );
    return group;
  }

  #groupView(group: GroupRecord): GroupView {
    const processing = this.#queue.stateOf(group);
    let members: string[] | undefined;
    return {
      id: group.id,
      securityEnabled: group.securityEnabled,
      membershipKind: group.dynamic ? 'dynamic' : 'assigned',
      membershipRule: group.dynamic?.rule.text ?? null,
      paused: group.dynamic?.paused ?? false,
      assignedLicenses: group.licenses,
      // Sorting 60,000 members is only paid by callers that read them.
      get userMemberIds() {
        members ??= [...group.members].sort((a, b) => a.ord - b.ord).map((u) => u.profile.id);
        return members;
      },
      groupMemberIds: [...group.memberGroups],
      licenseProcessingState: processing.state,
      progress: { processed: processing.processed, total: processing.total },
    };
  }
}
