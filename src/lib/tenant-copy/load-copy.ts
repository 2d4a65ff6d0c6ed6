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
import { GraphError } from '../graph/graph-error';
import type { GraphCollection } from '../graph/graph-types';
import { streamPages } from '../graph/paging';
import {
  USER_TEXT_PROPERTIES,
  type CopyGroup,
  type CopyProgress,
  type CopySku,
  type CopyUser,
  type DeltaLinks,
  type TenantCopy,
} from './copy-types';
import {
  groupOf,
  membersMatter,
  namedGroups,
  patient,
  processingGroups,
  relativeToVersion,
  skuOf,
  text,
  userOf,
} from './copy-wire';
import { readMembers } from './read-batches';

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

/** What `users/delta` is asked for: the user properties but licence states, which delta does not track. */
export const USER_DELTA_PROPERTIES = USER_PROPERTIES.filter((p) => p !== 'licenseAssignmentStates');

/** The deltaLinks of users and groups (members included) from now on. */
export async function latestDeltaLinks(
  graph: GraphClient,
  read: { readonly signal?: AbortSignal },
): Promise<DeltaLinks> {
  const link = async (path: string) => {
    const answer = await graph.get<{ '@odata.deltaLink'?: string }>(path, read);
    const deltaLink = answer['@odata.deltaLink'];
    if (deltaLink === undefined)
      throw new GraphError(0, 'TenantCopyIncomplete', `Graph gave no deltaLink for ${path}.`);
    return relativeToVersion(deltaLink);
  };
  return {
    users: await link(`/users/delta?$deltatoken=latest&$select=${USER_DELTA_PROPERTIES.join(',')}`),
    groups: await link(
      `/groups/delta?$deltatoken=latest&$select=${[...GROUP_PROPERTIES, 'members'].join(',')}`,
    ),
  };
}

/** Graph's largest page of users and groups. */
const PAGE = 999;

/** What a load needs besides the client. */
export interface LoadCopyOptions {
  /** The caller's clock (ms since the epoch); the copy is dated by it. */
  readonly now: () => number;
  readonly onProgress?: (progress: CopyProgress) => void;
  readonly signal?: AbortSignal;
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

  // Changes from now on (`$deltatoken=latest`: two requests, whatever the tenant's size), asked
  // before anything is read, so a change made during the load is read again by the first refresh.
  requests += 2;
  const deltaLinks = await latestDeltaLinks(graph, read);

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

  const members = new Map<string, { users: string[]; groups: string[] }>();
  const named = namedGroups(groups);
  const wanted = groups.filter((g) => membersMatter(g, named)).map((g) => g.id);
  report({ phase: 'members', done: 0, total: wanted.length });
  requests += await readMembers(client, wanted, members, {
    ...read,
    onFinished: (done) => report({ phase: 'members', done, total: wanted.length }),
  });

  return {
    takenAt,
    finishedAt: now(),
    tenantCountry: tenantCountry.toUpperCase(),
    skus,
    users,
    groups: groups.map((g) => ({ ...g, members: members.get(g.id) ?? null })),
    processingGroups: processingGroups(groups),
    requests,
    deltaLinks,
    partsTakenAt: { skus: takenAt, users: takenAt, groups: takenAt, licenses: takenAt },
  };
}
