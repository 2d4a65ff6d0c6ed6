/**
 * Brings a tenant copy up to date through Graph's delta queries instead of reading it whole:
 *
 * 1. `users/delta` from the copy's deltaLink: users added, changed (profile, licences, plans) and
 *    removed. Delta does not carry `licenseAssignmentStates`: a changed user keeps its old states
 *    until step 4.
 * 2. `groups/delta` (members included) from the copy's deltaLink: groups added, changed, removed,
 *    and each group's members gained and lost (`members@delta`). A group that now matters to
 *    licensing but whose members the copy never read has them read whole.
 * 3. `subscribedSkus`, whole (one request: units consumed move with every licence change).
 * 4. The licence properties (`assignedLicenses`, `licenseAssignmentStates`, `assignedPlans`) of
 *    every user a change touched, 20 to a `$batch`: users delta named, members who joined or left
 *    a licensed group, members of a group whose licences changed or that was deleted. When that
 *    would take more HTTP requests than paging through every user's (999 a page), the refresh
 *    pages instead (a product added to a large group touches most of the tenant).
 *
 * Before step 4, the groups that were queued for or in licence processing when the copy was read
 * (`processingGroups`) are read again (properties, members whole) and all their members touched:
 * processing may have changed their states after the read, and delta would not say.
 *
 * The refreshed copy is dated by the refresh's start (`takenAt`, every `partsTakenAt`): the age the
 * admin sees is that of the oldest part a preview reads, and after a refresh no part is older. A
 * user whose licence states were not re-read is one no change reached since the last read: Graph
 * writes states only when it processes a user's licences (direct, shown by `users/delta`) or a
 * group's (a change of the group or its members, shown by `groups/delta`, or processing already
 * under way, the groups above).
 *
 * A deltaLink Graph can no longer answer (410 `resyncRequired`, or a copy without links) makes the
 * refresh a whole load. Pure TypeScript; time comes from the caller.
 */
import type { GraphClient } from '../graph/graph-client';
import { GraphError } from '../graph/graph-error';
import { streamPages } from '../graph/paging';
import type { CopyGroup, CopySku, CopyUser, TenantCopy } from './copy-types';
import {
  groupOf,
  membersMatter,
  namedGroups,
  patient,
  processingGroups,
  relativeToVersion,
  skuOf,
  userOf,
} from './copy-wire';
import { GROUP_PROPERTIES, loadTenantCopy, type LoadCopyOptions } from './load-copy';
import { readInBatches, readMembers } from './read-batches';

/** The licence properties a refresh re-reads for the users a change touched. */
const LICENSE_SELECT = 'id,assignedLicenses,licenseAssignmentStates,assignedPlans';

type Wire = Record<string, unknown>;
interface Members {
  users: string[];
  groups: string[];
}

interface DeltaMember {
  readonly id: string;
  readonly '@odata.type'?: string;
  readonly '@removed'?: unknown;
}

/** Every item of a delta round, and the round's deltaLink (relative). */
async function deltaRound(
  graph: GraphClient,
  link: string,
  read: { readonly signal?: AbortSignal },
  take: (item: Wire) => void,
): Promise<{ link: string; pages: number }> {
  let pages = 0;
  let deltaLink: string | undefined;
  for await (const page of streamPages<Wire>(graph, link, read)) {
    pages++;
    for (const item of page.value) take(item);
    const last = (page as { '@odata.deltaLink'?: string })['@odata.deltaLink'];
    if (last !== undefined) deltaLink = last;
  }
  if (deltaLink === undefined)
    throw new GraphError(
      0,
      'TenantCopyIncomplete',
      'Graph ended a delta round without a deltaLink.',
    );
  return { link: relativeToVersion(deltaLink), pages };
}

/**
 * The users in creation order, as a whole load lists them: those the copy had, then the new ones
 * by `createdDateTime` (delta answers in its own order; Graph dates to the second, so users created
 * in the same second keep delta's order: a tie the engine's seat order may read differently).
 */
function inCreationOrder(users: ReadonlyMap<string, CopyUser>, added: ReadonlySet<string>) {
  const old = [...users.values()].filter((u) => !added.has(u.id));
  const made = [...users.values()]
    .filter((u) => added.has(u.id))
    .sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? ''));
  return [...old, ...made];
}

/** A copy group as Graph's wire shape, so a partial delta item can be laid over it. */
function groupWire(group: CopyGroup): Wire {
  const { licenseProcessingState, ...rest } = group;
  return {
    ...rest,
    members: undefined,
    licenseProcessingState:
      licenseProcessingState === null ? null : { state: licenseProcessingState },
  };
}

/**
 * Refreshes `copy`; the result is a new copy (the argument is not changed). Throws the client's
 * `GraphError` when a read fails for good (never on a 429, never on a 410: that loads whole).
 */
export async function refreshTenantCopy(
  client: GraphClient,
  copy: TenantCopy,
  options: LoadCopyOptions,
): Promise<TenantCopy> {
  if (!copy.deltaLinks) return loadTenantCopy(client, options);
  try {
    return await applyChanges(client, copy, copy.deltaLinks, options);
  } catch (error) {
    if (error instanceof GraphError && error.status === 410) return loadTenantCopy(client, options);
    throw error;
  }
}

async function applyChanges(
  client: GraphClient,
  copy: TenantCopy,
  links: NonNullable<TenantCopy['deltaLinks']>,
  options: LoadCopyOptions,
): Promise<TenantCopy> {
  const { now, onProgress, signal } = options;
  const graph = patient(client);
  const read = signal ? { signal } : {};
  const takenAt = now();
  let requests = 0;
  const touched = new Set<string>();

  onProgress?.({ phase: 'users', done: 0, total: null });
  const users = new Map<string, CopyUser>(copy.users.map((u) => [u.id, u]));
  const added = new Set<string>();
  const usersRound = await deltaRound(graph, links.users, read, (item) => {
    const id = String(item.id).toLowerCase();
    if (item['@removed'] !== undefined) {
      users.delete(id);
      touched.delete(id);
      return;
    }
    const old = users.get(id);
    if (!old) added.add(id);
    // Delta has no licence states: the old ones stay until the re-read below.
    users.set(
      id,
      userOf({ ...old, ...item, licenseAssignmentStates: old?.licenseAssignmentStates }),
    );
    touched.add(id);
  });
  requests += usersRound.pages;

  onProgress?.({ phase: 'groups', done: 0, total: null });
  const groups = new Map<string, CopyGroup>(copy.groups.map((g) => [g.id, g]));
  /** Members per group as read, copied before the first change (the copy is not changed). */
  const members = new Map<string, Members>();
  const membersOf = (group: CopyGroup): Members | null => {
    if (!group.members) return null;
    let own = members.get(group.id);
    if (!own) {
      own = { users: [...group.members.users], groups: [...group.members.groups] };
      members.set(group.id, own);
    }
    return own;
  };
  const licensed = (group: CopyGroup | undefined) => (group?.assignedLicenses.length ?? 0) > 0;
  const touchMembers = (group: CopyGroup) => {
    for (const id of membersOf(group)?.users ?? []) touched.add(id);
  };
  const groupsRound = await deltaRound(graph, links.groups, read, (item) => {
    const id = String(item.id).toLowerCase();
    const old = groups.get(id);
    if (item['@removed'] !== undefined) {
      if (old && licensed(old)) touchMembers(old);
      groups.delete(id);
      return;
    }
    const fields = groupOf({ ...(old ? groupWire(old) : {}), ...item, id });
    const next: CopyGroup = { ...fields, members: old ? (members.get(id) ?? old.members) : null };
    groups.set(id, next);
    const licencesChanged =
      JSON.stringify(old?.assignedLicenses ?? []) !== JSON.stringify(fields.assignedLicenses);
    if (licencesChanged) touchMembers(next);
    const own = membersOf(next);
    for (const member of (item['members@delta'] ?? []) as DeltaMember[]) {
      const memberId = member.id.toLowerCase();
      const isGroup = member['@odata.type'] === '#microsoft.graph.group';
      if (!isGroup && (licensed(old) || licensed(next))) touched.add(memberId);
      if (!own) continue;
      const list = isGroup ? own.groups : own.users;
      const at = list.indexOf(memberId);
      if (member['@removed'] !== undefined) {
        if (at >= 0) list.splice(at, 1);
      } else if (at < 0) list.push(memberId);
    }
  });
  requests += groupsRound.pages;

  // Groups that were processing when the copy was read: their members and their members' licence
  // states may have changed since without delta saying so (Graph's delta does not track licence
  // states). Their properties are read again, and their members whole below, every member old and
  // new touched, so the refreshed copy is as of now in every part.
  const busy = copy.processingGroups.filter((id) => groups.has(id));
  for (const id of busy) for (const user of groups.get(id)?.members?.users ?? []) touched.add(user);
  requests += await readInBatches<Wire>(
    client,
    busy.map((id) => ({ key: id, url: `/groups/${id}?$select=${GROUP_PROPERTIES.join(',')}` })),
    (id, wire) => {
      const old = groups.get(id);
      if (!wire) groups.delete(id);
      else if (old) groups.set(id, { ...groupOf(wire), members: old.members });
    },
    { ...read, missingOk: true },
  );

  // Groups that now matter to licensing but whose members the copy never read, and the groups
  // that were processing: their members read whole.
  const named = namedGroups([...groups.values()]);
  const unread = [...groups.values()]
    .filter(
      (g) =>
        membersMatter(g, named) && (g.members === null || copy.processingGroups.includes(g.id)),
    )
    .map((g) => g.id);
  if (unread.length > 0) {
    const read = new Map<string, Members>();
    onProgress?.({ phase: 'members', done: 0, total: unread.length });
    requests += await readMembers(client, unread, read, options.signal ? { signal } : {});
    for (const [id, list] of read) {
      members.set(id, list);
      const group = groups.get(id);
      if (group) groups.set(id, { ...group, members: list });
      if (licensed(group) || busy.includes(id)) for (const user of list.users) touched.add(user);
    }
  }

  onProgress?.({ phase: 'skus', done: 0, total: null });
  const skus: CopySku[] = [];
  for await (const page of streamPages<Wire>(graph, '/subscribedSkus', read)) {
    requests++;
    skus.push(...page.value.map(skuOf));
  }

  // The licence properties of every user a change touched (delta does not track states): 20 to a
  // `$batch` request, or every user's in pages of 999 when that takes fewer HTTP requests.
  const reread = [...touched].filter((id) => users.has(id));
  const setLicenses = (id: string, wire: Wire | null) => {
    const old = users.get(id);
    if (!wire) users.delete(id);
    else if (old)
      users.set(
        id,
        userOf({
          ...old,
          assignedLicenses: wire.assignedLicenses,
          licenseAssignmentStates: wire.licenseAssignmentStates,
          assignedPlans: wire.assignedPlans,
        }),
      );
  };
  onProgress?.({ phase: 'users', done: 0, total: reread.length });
  if (reread.length / 20 > Math.ceil(users.size / 999)) {
    const path = `/users?$select=${LICENSE_SELECT}&$top=999`;
    for await (const page of streamPages<Wire>(graph, path, read)) {
      requests++;
      for (const wire of page.value) setLicenses(String(wire.id).toLowerCase(), wire);
    }
  } else
    requests += await readInBatches<Wire>(
      client,
      reread.map((id) => ({ key: id, url: `/users/${id}?$select=${LICENSE_SELECT}` })),
      setLicenses,
      {
        ...(signal ? { signal } : {}),
        missingOk: true,
        onFinished: (done) => onProgress?.({ phase: 'users', done, total: reread.length }),
      },
    );

  const finalGroups = [...groups.values()].map((g) =>
    members.has(g.id) ? { ...g, members: members.get(g.id) ?? null } : g,
  );
  return {
    ...copy,
    // Every part is as of this refresh (see the module comment): the copy's age starts over.
    takenAt,
    finishedAt: now(),
    skus,
    users: inCreationOrder(users, added),
    groups: finalGroups,
    processingGroups: processingGroups(finalGroups),
    requests,
    deltaLinks: { users: usersRound.link, groups: groupsRound.link },
    partsTakenAt: { skus: takenAt, users: takenAt, groups: takenAt, licenses: takenAt },
  };
}
