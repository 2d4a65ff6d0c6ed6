/**
 * `GET /users/delta` and `GET /groups/delta` (Graph v1.0 delta queries) over the change log
 * (`delta/change-log.ts`).
 *
 * A round starts without a token (every object), with `$deltatoken=latest` (no objects, only a
 * `@odata.deltaLink`: "changes from now on"), or with a token from a previous round's deltaLink.
 * Its pages follow `@odata.nextLink` (`$skiptoken`) until the last one carries the deltaLink. As
 * in Graph: the token keeps the `$select` of the round that issued it; a deleted object comes as
 * `{ id, "@removed": { reason } }` (`changed` for a user or Microsoft 365 group, which waits in
 * deleted items on Graph, `deleted` for a security group); a group's `members@delta` (when
 * `$select` names `members`) lists members gained and, with `"@removed": { "reason": "deleted" }`,
 * members lost; a group whose only change is its members comes as its id and `members@delta`.
 * `licenseAssignmentStates` is not tracked by Graph's delta and is left out of its answers even
 * when `$select` names it: licence states are read from `/users`. A token older than seven days or of a tenant since reset is
 * a 410 `resyncRequired`; a token that is not one of ours a 400 `syncStateNotFound`.
 *
 * Where the emulator simplifies: every changed object comes whole (its selected properties), not
 * only the properties that changed (Graph promises "at least" those); a group's `members@delta`
 * is never split across pages; pages hold 200 users or 100 groups (`Prefer: odata.maxpagesize`
 * is not read); `$filter` (by id) is not supported; the `graph` profile's list lag does not apply.
 */
import { graphError } from '../errors';
import { jsonResponse } from '../http';
import { contextUrl, project } from '../odata/apply';
import { parseSelect, refuseUnsupported, systemOptions } from '../odata/query';
import { graphRoute, type QueryDecl, type ReadContext, type Route } from '../pipeline/route';
import { GROUP_SPEC } from '../resources/groups';
import { USER_SPEC } from '../resources/users';
import { groupRow, userRow } from '../rows';
import type { StoreReader } from '../store';
import { changeLogOf } from '../delta/change-log';
import { SEQ_KEY } from '../delta/change-mark';
import {
  checkAnswerable,
  deltaToken,
  readDeltaToken,
  readSkipToken,
  skipToken,
  type DeltaResource,
  type DeltaState,
  type RoundState,
} from '../delta/delta-token';

const PAGE: Record<DeltaResource, number> = { users: 200, groups: 100 };

/** A delta request: a new round, `latest`, or a round (from a token) at a position. */
type DeltaQuery =
  | { readonly kind: 'latest'; readonly select: readonly string[] | null }
  | { readonly kind: 'round'; readonly state: DeltaState; readonly round: RoundState | null };

function deltaQuery(resource: DeltaResource): QueryDecl<DeltaQuery> {
  return {
    parse(url) {
      const options = systemOptions(url);
      const token = options.get('$deltatoken');
      const skip = options.get('$skiptoken');
      options.delete('$deltatoken');
      refuseUnsupported(options, { select: true }, true);
      if (skip !== undefined) {
        if (token !== undefined || options.has('$select'))
          throw graphError.badRequest('A $skiptoken takes no other query option.');
        const round = readSkipToken(skip, resource);
        return { kind: 'round', state: round, round };
      }
      if (token !== undefined && token !== 'latest') {
        if (options.has('$select'))
          throw graphError.badRequest(
            'A $deltatoken keeps the $select of the query that issued it; send it alone.',
          );
        return { kind: 'round', state: readDeltaToken(token, resource), round: null };
      }
      const raw = options.get('$select');
      const names = raw?.split(',').map((s) => s.trim());
      const members = resource === 'groups' && (names?.includes('members') ?? false);
      const rest = names?.filter((n) => !(members && n === 'members')).join(',');
      const spec = resource === 'users' ? USER_SPEC : GROUP_SPEC;
      const parsed = parseSelect(rest === '' ? undefined : rest, spec as never);
      const select = members ? [...(parsed ?? []), 'members'] : parsed;
      if (members && parsed === null && rest !== '') throw graphError.badRequest('Bad $select.');
      if (token === 'latest') return { kind: 'latest', select };
      return {
        kind: 'round',
        state: { resource, generation: 0, since: null, issuedAt: 0, select },
        round: null,
      };
    },
  };
}

/** The answer's links. */
function linkTo(ctx: ReadContext<DeltaQuery>, resource: DeltaResource, param: string): string {
  return `${ctx.url.origin}/v1.0/${resource}/delta?${param}`;
}

const sortedIds = (ids: Iterable<string>) => [...ids].sort();

/** Where the ids after `after` start in sorted `ids` (binary search); -1 when none is after it. */
function firstAfter(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ids[mid] as string) <= after) low = mid + 1;
    else high = mid;
  }
  return low < ids.length ? low : -1;
}

/** Every user's or group's id in id order, per store version (an initial round pages through it). */
const allIds = new WeakMap<StoreReader, { version: number; resource: string; ids: string[] }>();

function everyId(store: StoreReader, resource: DeltaResource): string[] {
  const cached = allIds.get(store);
  if (cached?.version === store.version && cached.resource === resource) return cached.ids;
  const ids = sortedIds(resource === 'users' ? store.tenant.userIds() : store.tenant.groupIds());
  allIds.set(store, { version: store.version, resource, ids });
  return ids;
}

/**
 * Ids of the objects a round answers, in id order: those changed after `since` up to the round's
 * `upTo` (a change made while the round is paged comes in the next round, as its deltaLink starts
 * at `upTo`), and, with members, the groups whose memberships changed.
 */
function changedIds(
  store: StoreReader & { readonly changeMarks: ReadonlyMap<string, { seq: number }> },
  resource: DeltaResource,
  since: number | null,
  upTo: number,
  withMembers: boolean,
): string[] {
  if (since === null) return everyId(store, resource);
  const ids = new Set<string>();
  const prefix = resource === 'users' ? 'u|' : 'g|';
  for (const [key, mark] of store.changeMarks) {
    if (mark.seq <= since || mark.seq > upTo) continue;
    if (key.startsWith(prefix)) ids.add(key.slice(2));
    else if (withMembers && key.startsWith('m|')) ids.add(key.slice(2, key.indexOf('|', 2)));
  }
  return sortedIds(ids);
}

/**
 * A round's ids, worked out once per round rather than once per page: every page of a round has
 * the same `since` and `upTo`, and scanning every change mark (a user, a group, a membership each)
 * for each page of 200 made a round over a large change quadratic in the tenant's size.
 */
const roundIds = new WeakMap<StoreReader, Map<string, string[]>>();
const ROUNDS_KEPT = 4;

function idsOfRound(
  store: Parameters<typeof changedIds>[0],
  resource: DeltaResource,
  round: { readonly generation: number; readonly since: number | null; readonly upTo: number },
  withMembers: boolean,
): string[] {
  if (round.since === null) return everyId(store, resource);
  const key = `${resource}|${String(round.generation)}|${String(round.since)}|${String(round.upTo)}|${String(withMembers)}`;
  let rounds = roundIds.get(store);
  if (!rounds) {
    rounds = new Map();
    roundIds.set(store, rounds);
  }
  const kept = rounds.get(key);
  if (kept) return kept;
  const ids = changedIds(store, resource, round.since, round.upTo, withMembers);
  rounds.set(key, ids);
  for (const old of rounds.keys()) {
    if (rounds.size <= ROUNDS_KEPT) break;
    rounds.delete(old);
  }
  return ids;
}

type MarkedStore = StoreReader & {
  readonly changeMarks: ReadonlyMap<
    string,
    { seq: number; removed?: string; member?: 'user' | 'group' }
  >;
};

const odataType = (member: 'user' | 'group') => `#microsoft.graph.${member}`;

function membersDelta(store: MarkedStore, id: string, since: number | null): unknown[] {
  if (since === null) {
    const view = store.tenant.group(id);
    if (!view) return [];
    return [
      ...[...view.userMemberIds].map((m) => ({ '@odata.type': odataType('user'), id: m })),
      ...[...view.groupMemberIds].map((m) => ({ '@odata.type': odataType('group'), id: m })),
    ];
  }
  const out: unknown[] = [];
  const prefix = `m|${id}|`;
  for (const [key, mark] of store.changeMarks) {
    if (mark.seq <= since || !key.startsWith(prefix)) continue;
    const entry = { '@odata.type': odataType(mark.member ?? 'user'), id: key.slice(prefix.length) };
    out.push(mark.removed ? { ...entry, '@removed': { reason: 'deleted' } } : entry);
  }
  return out;
}

function userItem(store: MarkedStore, id: string, state: DeltaState): unknown {
  const row = userRow(store, id);
  if (!row) {
    const reason = store.changeMarks.get(`u|${id}`)?.removed ?? 'changed';
    return { id, '@removed': { reason } };
  }
  const json = project(row, USER_SPEC, state.select);
  delete json.licenseAssignmentStates;
  return { ...json, id };
}

function groupItem(store: MarkedStore, id: string, state: DeltaState): unknown {
  const row = groupRow(store, id);
  if (!row) {
    const reason = store.changeMarks.get(`g|${id}`)?.removed ?? 'deleted';
    return { id, '@removed': { reason } };
  }
  const withMembers = state.select?.includes('members') ?? false;
  const select = state.select?.filter((n) => n !== 'members') ?? null;
  const changed =
    state.since === null || (store.changeMarks.get(`g|${id}`)?.seq ?? 0) > state.since;
  const json = changed ? { ...project(row, GROUP_SPEC, select), id } : { id };
  return withMembers ? { ...json, 'members@delta': membersDelta(store, id, state.since) } : json;
}

function deltaRoute(resource: DeltaResource): Route {
  return graphRoute({
    method: 'GET',
    path: `/${resource}/delta`,
    query: deltaQuery(resource),
    // Marks what changed since the last delta query (saved with the tenant before the answer,
    // so a token handed out survives a restart).
    apply: (ctx) => {
      if (changeLogOf(ctx.store).sync()) ctx.store.touch();
    },
    respond: (ctx) => {
      const store = ctx.store as MarkedStore;
      const seq = store.changeMarks.get(SEQ_KEY)?.seq ?? 0;
      const now = store.clock.now();
      const generation = (ctx.store as unknown as { generation: number }).generation;
      const query = ctx.query;
      const base = `${ctx.url.origin}/v1.0/$metadata#${resource}`;
      if (query.kind === 'latest') {
        const state = { resource, generation, since: seq, issuedAt: now, select: query.select };
        return jsonResponse(ctx, {
          '@odata.context': contextUrl(ctx.url.origin, resource, query.select),
          '@odata.deltaLink': linkTo(ctx, resource, `$deltatoken=${deltaToken(state)}`),
          value: [],
        });
      }
      const { state, round } = query;
      if (state.since !== null || round) checkAnswerable(state, { generation, now, seq });
      const withMembers = state.select?.includes('members') ?? false;
      const started: RoundState = round ?? {
        ...state,
        generation,
        issuedAt: now,
        upTo: seq,
        after: '',
      };
      const ids = idsOfRound(store, resource, started, withMembers);
      const after = round?.after ?? '';
      const start = after === '' ? 0 : firstAfter(ids, after);
      const page = start < 0 ? [] : ids.slice(start, start + PAGE[resource]);
      const item = resource === 'users' ? userItem : groupItem;
      const last = page.at(-1);
      const more = start >= 0 && start + PAGE[resource] < ids.length && last !== undefined;
      const link = more
        ? {
            '@odata.nextLink': linkTo(
              ctx,
              resource,
              `$skiptoken=${skipToken({ ...started, after: last })}`,
            ),
          }
        : {
            '@odata.deltaLink': linkTo(
              ctx,
              resource,
              `$deltatoken=${deltaToken({ resource, generation, since: started.upTo, issuedAt: now, select: state.select })}`,
            ),
          };
      return jsonResponse(ctx, {
        '@odata.context': state.select ? `${base}(${state.select.join(',')})` : base,
        ...link,
        value: page.map((id) => item(store, id, state)),
      });
    },
  });
}

/** The delta routes (declared before `/users/:id` and `/groups/:id`; a literal segment wins anyway). */
export const deltaRoutes: readonly Route[] = [deltaRoute('users'), deltaRoute('groups')];
