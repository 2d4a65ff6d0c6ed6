/**
 * Graph's wire shapes read into the copy's (ids, SKU and plan ids in lower case), and what the
 * loader and the refresh share: which groups' members matter, relative links for `$batch`, reads
 * that go on through throttling.
 */
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import type { CopyGroup, CopyLicense, CopySku, CopyUser } from './copy-types';

export interface MembersPage {
  readonly value: readonly { readonly id: string; readonly '@odata.type'?: string }[];
  readonly '@odata.nextLink'?: string;
}

/** Object ids as rules name them (`user.memberof -any (group.objectId -in [...])`). */
export const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The groups named in rules (`user.memberof`): their members matter to licensing. */
export function namedGroups(groups: readonly Pick<CopyGroup, 'membershipRule'>[]): Set<string> {
  return new Set(
    groups.flatMap((g) => (g.membershipRule ?? '').match(GUID) ?? []).map((id) => id.toLowerCase()),
  );
}

/** Groups queued for or in licence processing: their members' states may still change. */
export function processingGroups(
  groups: readonly Pick<CopyGroup, 'id' | 'licenseProcessingState'>[],
): string[] {
  return groups
    .filter(
      (g) => g.licenseProcessingState !== null && g.licenseProcessingState !== 'ProcessingComplete',
    )
    .map((g) => g.id);
}

/**
 * Whether a group's members can matter to licensing: security-enabled (group licences reach only
 * their members), dynamic, licensed, or named in a rule.
 */
export function membersMatter(
  group: Omit<CopyGroup, 'members'>,
  named: ReadonlySet<string>,
): boolean {
  return (
    group.securityEnabled ||
    group.groupTypes.includes('DynamicMembership') ||
    group.assignedLicenses.length > 0 ||
    named.has(group.id)
  );
}

/** A nextLink as a `$batch` needs it: relative to the version root. */
export function relativeToVersion(link: string): string {
  const url = new URL(link, 'https://graph.invalid');
  const match = /\/(?:v1\.0|beta)(\/.*)$/i.exec(url.pathname);
  return `${match?.[1] ?? url.pathname}${url.search}`;
}

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
/** An array Graph sent, as the caller expects its items to be (null or absent: none). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the cast is the point: wire items are trusted as Graph's shapes
export const list = <T>(value: unknown): readonly T[] =>
  Array.isArray(value) ? (value as T[]) : [];

export function licensesOf(value: unknown): CopyLicense[] {
  return list<{ skuId?: unknown; disabledPlans?: unknown }>(value).map((l) => ({
    skuId: String(l.skuId).toLowerCase(),
    disabledPlans: list<string>(l.disabledPlans).map((p) => p.toLowerCase()),
  }));
}

export function groupOf(wire: Record<string, unknown>): Omit<CopyGroup, 'members'> {
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

export function skuOf(wire: Record<string, unknown>): CopySku {
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
export async function throughThrottling<T>(
  read: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
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
export function patient(client: GraphClient): GraphClient {
  return {
    ...client,
    get: (path, options) => throughThrottling(() => client.get(path, options), options?.signal),
  };
}

export function userOf(wire: Record<string, unknown>): CopyUser {
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
