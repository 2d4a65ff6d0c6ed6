/**
 * Loads a copy of a tenant's licensing state from Microsoft Graph through the portal's Graph
 * client (`src/lib/graph`): its paging, its `$batch` of 20, its waits on 429 and `Retry-After`.
 * Pure TypeScript (no React, no DOM), so it runs in Node tests against the emulator and in a worker.
 *
 * What is read, in order: `organization` (the tenant country), `subscribedSkus`, every user with
 * the licensing properties and the attributes rules read (`/users/$count` first, for progress),
 * every group with its licence and rule properties, then the direct members of every group that
 * can matter to licensing: security-enabled (group licences reach only their members), dynamic
 * (their membership is the rule's), licensed, or named in a rule (`user.memberof`). Members are
 * read 20 groups to a `$batch`; a group with more members than one page follows its nextLink.
 *
 * Time comes from the caller (`now`): no wall clock here.
 */
import type { GraphClient } from '../graph/graph-client';
import type { BatchRequest } from '../graph/graph-batch';
import { GraphError } from '../graph/graph-error';
import type { GraphCollection } from '../graph/graph-types';
import { streamPages } from '../graph/paging';
import {
  USER_TEXT_PROPERTIES,
  type CopyGroup,
  type CopyLicense,
  type CopyProgress,
  type CopySku,
  type CopyUser,
  type TenantCopy,
} from './copy-types';

/** The user properties a copy reads: licensing, and every attribute the rule language reads that Graph serves. */
export const USER_PROPERTIES = [
  'id',
  'createdDateTime',
  ...USER_TEXT_PROPERTIES,
  'businessPhones',
  'accountEnabled',
  'onPremisesSyncEnabled',
  'proxyAddresses',
  'otherMails',
  'onPremisesExtensionAttributes',
  'assignedLicenses',
  'licenseAssignmentStates',
  'assignedPlans',
] as const;

/** The group properties a copy reads. */
export const GROUP_PROPERTIES = [
  'id',
  'displayName',
  'createdDateTime',
  'securityEnabled',
  'groupTypes',
  'membershipRule',
  'membershipRuleProcessingState',
  'assignedLicenses',
  'licenseProcessingState',
] as const;

/** Graph's largest page of users and groups. */
const PAGE = 999;

/** What a load needs besides the client. */
export interface LoadCopyOptions {
  /** The caller's clock (ms since the epoch); the copy is dated by it. */
  readonly now: () => number;
  readonly onProgress?: (progress: CopyProgress) => void;
  readonly signal?: AbortSignal;
}

interface MembersPage {
  readonly value: readonly { readonly id: string; readonly '@odata.type'?: string }[];
  readonly '@odata.nextLink'?: string;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Whether a group's members can matter to licensing (see the module comment). */
function membersMatter(group: CopyGroup, named: ReadonlySet<string>): boolean {
  return (
    group.securityEnabled ||
    group.groupTypes.includes('DynamicMembership') ||
    group.assignedLicenses.length > 0 ||
    named.has(group.id)
  );
}

/** A nextLink as a `$batch` needs it: relative to the version root. */
function relativeToVersion(link: string): string {
  const url = new URL(link, 'https://graph.invalid');
  const match = /\/(?:v1\.0|beta)(\/.*)$/i.exec(url.pathname);
  return `${match?.[1] ?? url.pathname}${url.search}`;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
/** An array Graph sent, as the caller expects its items to be (null or absent: none). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the cast is the point: wire items are trusted as Graph's shapes
const list = <T>(value: unknown): readonly T[] => (Array.isArray(value) ? (value as T[]) : []);

function licensesOf(value: unknown): CopyLicense[] {
  return list<{ skuId?: unknown; disabledPlans?: unknown }>(value).map((l) => ({
    skuId: String(l.skuId).toLowerCase(),
    disabledPlans: list<string>(l.disabledPlans).map((p) => p.toLowerCase()),
  }));
}

function groupOf(wire: Record<string, unknown>): Omit<CopyGroup, 'members'> {
  const state = wire.licenseProcessingState as { state?: unknown } | null | undefined;
  return {
    id: String(wire.id).toLowerCase(),
    displayName: text(wire.displayName),
    createdDateTime: text(wire.createdDateTime),
    securityEnabled: wire.securityEnabled === true,
    groupTypes: list<string>(wire.groupTypes),
    membershipRule: text(wire.membershipRule),
    membershipRuleProcessingState: text(wire.membershipRuleProcessingState),
    assignedLicenses: licensesOf(wire.assignedLicenses),
    licenseProcessingState: text(state?.state),
  };
}

function skuOf(wire: Record<string, unknown>): CopySku {
  const units = (wire.prepaidUnits ?? {}) as Record<string, unknown>;
  const count = (v: unknown) => (typeof v === 'number' ? v : 0);
  return {
    skuId: String(wire.skuId).toLowerCase(),
    skuPartNumber: String(wire.skuPartNumber),
    prepaidUnits: {
      enabled: count(units.enabled),
      warning: count(units.warning),
      suspended: count(units.suspended),
      lockedOut: count(units.lockedOut),
    },
    consumedUnits: count(wire.consumedUnits),
    servicePlans: list<{ servicePlanId: string; servicePlanName: string }>(wire.servicePlans).map(
      (p) => ({ servicePlanId: p.servicePlanId.toLowerCase(), servicePlanName: p.servicePlanName }),
    ),
  };
}

/**
 * A read that the client gave up on after its retries of 429s (`RetryOptions.maxAttempts`) is
 * sent again: a copy of a large tenant under sustained throttling keeps waiting Graph out rather
 * than failing. The client paced every attempt by `Retry-After`; only the first of a new round
 * goes without a wait.
 */
async function throughThrottling<T>(read: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof GraphError) || error.status !== 429) throw error;
      signal?.throwIfAborted();
    }
  }
}

/** The client whose reads go on through throttling (`throughThrottling`), for paging too. */
function patient(client: GraphClient): GraphClient {
  return {
    ...client,
    get: (path, options) => throughThrottling(() => client.get(path, options), options?.signal),
  };
}

/** Reads a tenant copy. Throws the client's `GraphError` when a read fails for good (never on a 429). */
export async function loadTenantCopy(
  client: GraphClient,
  options: LoadCopyOptions,
): Promise<TenantCopy> {
  const { now, onProgress, signal } = options;
  const graph = patient(client);
  const read = signal ? { signal } : {};
  const takenAt = now();
  let requests = 0;
  const report = (progress: CopyProgress) => onProgress?.(progress);

  report({ phase: 'organization', done: 0, total: 1 });
  requests++;
  const organizations = await graph.get<GraphCollection<Record<string, unknown>>>(
    '/organization?$select=id,countryLetterCode',
    read,
  );
  const tenantCountry = text(organizations.value[0]?.countryLetterCode);
  if (tenantCountry === null)
    throw new GraphError(0, 'TenantCopyIncomplete', 'Graph did not give the tenant country.');

  report({ phase: 'skus', done: 0, total: null });
  const skus: CopySku[] = [];
  for await (const page of streamPages<Record<string, unknown>>(graph, '/subscribedSkus', read)) {
    requests++;
    skus.push(...page.value.map(skuOf));
  }
  report({ phase: 'skus', done: skus.length, total: skus.length });

  requests++;
  const userTotal = Number(await graph.get<unknown>('/users/$count', { ...read, eventual: true }));
  const users: CopyUser[] = [];
  const usersPath = `/users?$select=${USER_PROPERTIES.join(',')}&$top=${String(PAGE)}`;
  report({ phase: 'users', done: 0, total: userTotal });
  for await (const page of streamPages<Record<string, unknown>>(graph, usersPath, read)) {
    requests++;
    for (const wire of page.value) users.push(userOf(wire));
    report({ phase: 'users', done: users.length, total: Math.max(userTotal, users.length) });
  }

  const groups: Omit<CopyGroup, 'members'>[] = [];
  const groupsPath = `/groups?$select=${GROUP_PROPERTIES.join(',')}&$top=${String(PAGE)}`;
  report({ phase: 'groups', done: 0, total: null });
  for await (const page of streamPages<Record<string, unknown>>(graph, groupsPath, read)) {
    requests++;
    groups.push(...page.value.map(groupOf));
    report({ phase: 'groups', done: groups.length, total: null });
  }
  report({ phase: 'groups', done: groups.length, total: groups.length });

  const named = new Set(
    groups.flatMap((g) => (g.membershipRule ?? '').match(GUID) ?? []).map((id) => id.toLowerCase()),
  );
  const wanted = groups.filter((g) => membersMatter({ ...g, members: null }, named));
  const members = new Map<string, { users: string[]; groups: string[] }>();
  let pending = wanted.map((g) => ({
    groupId: g.id,
    url: `/groups/${g.id}/members?$select=id&$top=${String(PAGE)}`,
  }));
  report({ phase: 'members', done: 0, total: wanted.length });
  let finished = 0;
  while (pending.length > 0) {
    const batch: BatchRequest[] = pending.map((p) => ({ method: 'GET', url: p.url }));
    requests += batch.length;
    const outcomes = await client.batch<MembersPage>(batch, read);
    const next: typeof pending = [];
    outcomes.forEach((outcome, i) => {
      const request = pending[i] as (typeof pending)[number];
      const { groupId } = request;
      if (!outcome.ok && outcome.status === 429) {
        next.push(request);
        return;
      }
      if (!outcome.ok) throw outcome.error;
      const into = members.get(groupId) ?? { users: [], groups: [] };
      members.set(groupId, into);
      for (const member of outcome.data.value) {
        const id = member.id.toLowerCase();
        if (member['@odata.type'] === '#microsoft.graph.group') into.groups.push(id);
        else if (member['@odata.type'] === '#microsoft.graph.user') into.users.push(id);
      }
      const link = outcome.data['@odata.nextLink'];
      if (link === undefined) finished++;
      else next.push({ groupId, url: relativeToVersion(link) });
    });
    report({ phase: 'members', done: finished, total: wanted.length });
    pending = next;
  }

  return {
    takenAt,
    finishedAt: now(),
    tenantCountry: tenantCountry.toUpperCase(),
    skus,
    users,
    groups: groups.map((g) => ({ ...g, members: members.get(g.id) ?? null })),
    processingGroups: groups
      .filter(
        (g) =>
          g.licenseProcessingState !== null && g.licenseProcessingState !== 'ProcessingComplete',
      )
      .map((g) => g.id),
    requests,
  };
}

function userOf(wire: Record<string, unknown>): CopyUser {
  return {
    ...wire,
    id: String(wire.id).toLowerCase(),
    createdDateTime: text(wire.createdDateTime),
    assignedLicenses: licensesOf(wire.assignedLicenses),
    licenseAssignmentStates: list<Record<string, unknown>>(wire.licenseAssignmentStates).map(
      (s) => ({
        skuId: String(s.skuId).toLowerCase(),
        assignedByGroup: text(s.assignedByGroup)?.toLowerCase() ?? null,
        disabledPlans: list<string>(s.disabledPlans).map((p) => p.toLowerCase()),
        state: String(s.state),
        error: String(s.error),
        lastUpdatedDateTime: text(s.lastUpdatedDateTime),
      }),
    ),
    assignedPlans: list<Record<string, unknown>>(wire.assignedPlans).map((p) => ({
      servicePlanId: String(p.servicePlanId).toLowerCase(),
      service: String(p.service),
      capabilityStatus: String(p.capabilityStatus),
      assignedDateTime: String(p.assignedDateTime),
    })),
  };
}
