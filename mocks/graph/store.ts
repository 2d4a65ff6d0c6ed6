/**
 * `TenantStore`: the engine's `Tenant` plus everything Graph has that the engine does not (Graph
 * fields of users, groups and subscriptions, the organization, admins and their roles, tokens, the
 * audit log), an injected clock and id sources. Handlers, seeds and persistence all go through it.
 */
import { Tenant, type ProcessingEvent } from '../../src/engine';
import { auditRecord, type AuditFacts, type DirectoryAudit } from './audit';
import { AuditLog } from './audit-log';
import type { RoleName } from './auth';
import type { EmulatorClock } from './clock';
import type { ChangeMark } from './delta/change-mark';
import { graphError } from './errors';
import type { IdSource } from './ids';
import type {
  Actor,
  GroupExtras,
  Organization,
  RuleCompiler,
  SkuExtras,
  UserExtras,
} from './model';
import { recordProcessingEvents } from './processing-audit';
import { issueToken } from './tokens';

/** How a store is made. */
export interface StoreOptions {
  readonly organization: Organization;
  clock: EmulatorClock;
  /** Object ids (users, groups, subscriptions). */
  readonly ids: IdSource;
  /** Audit record ids, correlation ids and tokens: kept apart so reads never shift object ids. */
  readonly auditIds: IdSource;
  readonly compileRule: RuleCompiler;
  /** A tenant to wrap (restored from a snapshot); a new empty one otherwise. */
  readonly tenant?: Tenant;
}

/**
 * The engine's read side: what a request may use while it is being checked. `whatIf` and the rule
 * preview run a change inside a journal and roll it back, so they count as reads.
 */
export type TenantReader = Pick<
  Tenant,
  | 'profile'
  | 'userIds'
  | 'license'
  | 'usersHolding'
  | 'memberOf'
  | 'explain'
  | 'subscription'
  | 'subscriptions'
  | 'group'
  | 'memberCount'
  | 'groupIds'
  | 'hasMembersWithLicenseErrors'
  | 'membersWithLicenseErrors'
  | 'previewMembershipRule'
  | 'previewGroupLicenses'
  | 'ruleContext'
  | 'whatIf'
  | 'validateGroupLicenses'
  | 'idle'
  | 'queuedJobs'
>;

/**
 * A tenant store seen read-only: what the request pipeline hands to the steps that check a
 * request (`accept`) and build its answer, so they cannot change the tenant. `TenantStore` is one.
 */
export interface StoreReader {
  readonly organization: Organization;
  readonly clock: { now(): number };
  readonly tenant: TenantReader;
  readonly users: ReadonlyMap<string, UserExtras>;
  readonly upnIndex: ReadonlyMap<string, string>;
  readonly groups: ReadonlyMap<string, Readonly<GroupExtras>>;
  readonly skus: ReadonlyMap<string, SkuExtras>;
  readonly admins: ReadonlyMap<string, readonly RoleName[]>;
  readonly tokens: ReadonlyMap<string, string>;
  readonly audit: Pick<AuditLog, 'all' | 'get' | 'size'>;
  readonly compileRule: RuleCompiler;
  readonly version: number;
  findUserId(key: string): string | undefined;
  requireUserId(key: string): string;
  requireGroup(id: string): Readonly<GroupExtras>;
  requireGroupId(id: string): string;
  actorOf(userId: string, ipAddress?: string): Actor;
  rolesOf(userId: string): readonly RoleName[];
  skuName(skuId: string): string;
}

/**
 * Told before the directory commands create, change or delete a user or a group (the `graph`
 * profile's list lag keeps the object as it was; `profile/replica.ts`).
 */
export interface DirectoryWatch {
  beforeUserChange(id: string): void;
  beforeGroupChange(id: string): void;
}

/** One tenant of the emulator. */
export class TenantStore implements StoreReader {
  readonly organization: Organization;
  clock: EmulatorClock;
  readonly ids: IdSource;
  readonly auditIds: IdSource;
  readonly compileRule: RuleCompiler;
  readonly tenant: Tenant;
  readonly users = new Map<string, UserExtras>();
  /** Lower-case userPrincipalName to user id. */
  readonly upnIndex = new Map<string, string>();
  readonly groups = new Map<string, GroupExtras>();
  readonly skus = new Map<string, SkuExtras>();
  /** User id to directory roles. */
  readonly admins = new Map<string, RoleName[]>();
  /** `<expiry>.<SHA-256 of an access token>` to user id (`tokens.ts`); never a token itself. */
  readonly tokens = new Map<string, string>();
  readonly audit = new AuditLog();
  /**
   * Change marks of Graph's delta queries (`delta/change-log.ts`): which users, groups and group
   * memberships changed at which change number. Empty until a delta query is first asked for.
   */
  readonly changeMarks = new Map<string, ChangeMark>();
  /** Correlation ids of queued engine jobs, in queue order (the engine's queue is FIFO). */
  readonly pendingCorrelations: string[] = [];
  /** Whether processing writes one `Change user license` record per user (off while seeding a large tenant). */
  perUserAudit = true;
  /** Whether records are written at all (off while a seed creates the tenant's history before the audit window). */
  auditEnabled = true;
  /**
   * How many resets led to this tenant (persisted with it). Tokens no longer depend on it (they are
   * random, and a reset starts with no stored token), but saved files carry it.
   */
  generation = 0;
  /**
   * The seed this tenant was built from and the version it had when the build ended; null for a
   * tenant restored from a save. While `version` still equals it, the tenant is exactly what the
   * seed builds (plus its clock and generation), so a save may record the seed instead of the
   * tenant (`SeedRecipe` in `mocks/persistence/journal.ts`). Not saved.
   */
  origin: { readonly seed: string; readonly version: number } | null = null;
  /** Who is told before directory changes (the list lag of the `graph` profile); not saved. */
  directoryWatch: DirectoryWatch | null = null;
  readonly #jobCorrelation = new Map<number, string>();
  readonly #listeners = new Set<() => void>();
  #version = 0;

  constructor(options: StoreOptions) {
    this.organization = options.organization;
    this.clock = options.clock;
    this.ids = options.ids;
    this.auditIds = options.auditIds;
    this.compileRule = options.compileRule;
    this.tenant =
      options.tenant ??
      new Tenant({
        tenantCountry: options.organization.countryLetterCode,
        clock: () => this.clock.now(),
      });
  }

  /** Bumped on every change; persistence and caches compare it. */
  get version(): number {
    return this.#version;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Where the id streams are now, and a function that takes them back there: the pipeline calls it
   * when a change is refused half-way through its checks, so a refusal does not even use up ids.
   */
  markIds(): () => void {
    const objects = this.ids.state;
    const audit = this.auditIds.state;
    return () => {
      this.ids.rewind(objects);
      this.auditIds.rewind(audit);
    };
  }

  /** Marks the store changed. */
  touch(): void {
    this.#version++;
    for (const listener of this.#listeners) listener();
  }

  /**
   * A new correlation id (one per admin request; processing runs it causes share it). Empty while
   * audit is off (seeding), so building a large tenant does not pay for ids nobody reads.
   */
  newCorrelationId(): string {
    return this.auditEnabled ? this.auditIds.guid() : '';
  }

  /**
   * Runs an engine change and ties every job it queues to `correlationId`, so the processing
   * records of that job carry the same correlation id as the admin's record.
   */
  mutate<T>(correlationId: string, change: () => T): T {
    const before = this.tenant.queuedJobs;
    const result = change();
    for (let n = this.tenant.queuedJobs - before; n > 0; n--)
      this.pendingCorrelations.push(correlationId);
    this.touch();
    return result;
  }

  /** Writes an audit record. */
  record(actor: Actor, correlationId: string, facts: AuditFacts): DirectoryAudit | null {
    if (!this.auditEnabled) return null;
    const record = auditRecord(
      { id: this.auditIds.guid(), correlationId, at: this.clock.now(), actor },
      facts,
    );
    this.audit.add(record);
    return record;
  }

  /** Turns processing events into audit records (Start, per-user Change, Finish). */
  recordEvents(events: readonly ProcessingEvent[]): void {
    if (events.length === 0) return;
    recordProcessingEvents(
      this,
      events,
      (jobId, started) => {
        if (started) {
          const queued = this.pendingCorrelations.shift();
          const id = queued !== undefined && queued !== '' ? queued : this.newCorrelationId();
          this.#jobCorrelation.set(jobId, id);
          return id;
        }
        return this.#jobCorrelation.get(jobId) ?? this.newCorrelationId();
      },
      (jobId) => this.#jobCorrelation.delete(jobId),
    );
    this.touch();
  }

  /** Correlation ids of the jobs still in the engine's queue, oldest first (for persistence). */
  queuedCorrelations(): string[] {
    return [...this.#jobCorrelation.values(), ...this.pendingCorrelations];
  }

  // ---- lookups ---------------------------------------------------------------------------------

  /** A user id by id or userPrincipalName (case-insensitive), or undefined. */
  findUserId(key: string): string | undefined {
    if (this.users.has(key)) return key;
    const lower = key.toLowerCase();
    if (this.users.has(lower)) return lower;
    return this.upnIndex.get(lower);
  }

  /** A user id by id or UPN, or a 404. */
  requireUserId(key: string): string {
    const id = this.findUserId(key);
    if (id === undefined) throw graphError.notFound(key);
    return id;
  }

  /** A group's Graph fields by id, or a 404. */
  requireGroup(id: string): GroupExtras {
    const group = this.groups.get(id) ?? this.groups.get(id.toLowerCase());
    if (!group) throw graphError.notFound(id);
    return group;
  }

  /** Normalises a group id to the stored key (ids are lower-case), or a 404. */
  requireGroupId(id: string): string {
    if (this.groups.has(id)) return id;
    if (this.groups.has(id.toLowerCase())) return id.toLowerCase();
    throw graphError.notFound(id);
  }

  /** The actor record of an admin. */
  actorOf(userId: string, ipAddress = '127.0.0.1'): Actor {
    const profile = this.tenant.profile(userId);
    return {
      kind: 'user',
      id: userId,
      displayName: profile?.displayName ?? null,
      userPrincipalName: profile?.userPrincipalName ?? userId,
      ipAddress,
    };
  }

  /** Roles of a user (empty for a non-admin). */
  rolesOf(userId: string): readonly RoleName[] {
    return this.admins.get(userId) ?? [];
  }

  /** Issues an access token for an admin (random, expiring; `tokens.ts`). */
  issueToken(userId: string): string {
    return issueToken(this, userId).token;
  }

  /** The skuPartNumber of a subscription (the id itself when unknown). */
  skuName(skuId: string): string {
    return this.tenant.subscription(skuId)?.skuPartNumber ?? skuId;
  }
}
