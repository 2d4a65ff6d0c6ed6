/**
 * Every TanStack Query key of the portal, and the only place one is written (lint forbids
 * `queryKey:` and `['graph', …]` anywhere else). Keys are grouped by the entity they read, so a
 * write invalidates by entity (`invalidate(client, ['users', 'products'])`, `./invalidate.ts`)
 * and never by a hand-typed prefix. One key reads one shape: a key never serves two `$select`s.
 */
import { hashKey } from '@tanstack/react-query';
import type { GroupId, SkuId, UserId } from '../lib/ids';

/** The list filters a users list can ask Graph for, and its order (`$orderby`). */
export interface UserListParams {
  readonly search: string;
  readonly filter?: 'licensed' | 'unlicensed' | 'noLocation' | undefined;
  readonly sku?: SkuId | undefined;
  readonly orderBy?: UserOrder | undefined;
}

/** The orders Graph sorts users by without refusing (learn.microsoft.com/graph/aad-advanced-queries). */
export type UserOrder =
  'displayName' | 'displayName desc' | 'userPrincipalName' | 'userPrincipalName desc';

/** The list filters a groups list can ask Graph for. */
export type GroupListFilter = 'security' | 'microsoft365' | 'dynamic' | 'licensed' | 'errors';
export interface GroupListParams {
  readonly search: string;
  readonly filter?: GroupListFilter | undefined;
}

const graph = ['graph'] as const;
const users = [...graph, 'users'] as const;
const groups = [...graph, 'groups'] as const;
const audit = [...graph, 'auditLogs'] as const;
/** Who is in which group: its own entity, since licence changes never change it. */
const memberships = [...graph, 'memberships'] as const;

/**
 * What a group licence change would do, on any copy: the change is in the key as its hash, so the
 * key is a prefix of exactly this change's previews (a partial match of the change itself would
 * also take a change that disables more plans).
 */
const previewOfChange = (id: GroupId, body: unknown) =>
  [...groups, 'preview-assign-license', id, hashKey([body])] as const;

export const graphKeys = {
  all: graph,
  /** `GET /subscribedSkus`: the organization's products. */
  products: [...graph, 'subscribedSkus'] as const,
  /**
   * `GET /directory/subscriptions`: the subscriptions behind the products' seats. Below the
   * products' key, so whatever refreshes the products refreshes them too.
   */
  subscriptions: [...graph, 'subscribedSkus', 'directory-subscriptions'] as const,
  users: {
    all: users,
    detail: (id: UserId) => [...users, 'detail', id] as const,
    /** Every users list (any search, filter or order). */
    lists: [...users, 'list'] as const,
    list: (params: UserListParams) =>
      [
        ...users,
        'list',
        params.search.trim(),
        params.filter ?? null,
        params.sku ?? null,
        params.orderBy ?? null,
      ] as const,
    /** Every list of the product's licensed users (any search). */
    licensedOf: (skuId: SkuId) => [...users, 'licensed', skuId] as const,
    licensed: (skuId: SkuId, search = '') => [...users, 'licensed', skuId, search.trim()] as const,
    /** Every user holding a product (all pages), for its paths and their counts. */
    licensedAll: (skuId: SkuId) => [...users, 'licensed-all', skuId] as const,
    withErrors: [...users, 'with-license-errors'] as const,
    /** The licensed users' seats by department and country (the Cost tab). */
    placeSeats: [...users, 'seats-by-place'] as const,
    /** The seats licensing groups carry, and those assigned directly (the Cost tab). */
    groupSeats: [...users, 'seats-by-group'] as const,
    /** Every inactive users' report (any period). */
    inactiveReports: [...users, 'inactive'] as const,
    /** Licensed users inactive for more than `days` days, or disabled. */
    inactive: (days: number) => [...users, 'inactive', days] as const,
    /** The seats of those users by product (the Overview's inactive users' spend). */
    inactiveSeats: (days: number) => [...users, 'inactive-seats', days] as const,
    search: (term: string) => [...users, 'search', term.trim()] as const,
  },
  groups: {
    all: groups,
    detail: (id: GroupId) => [...groups, 'detail', id] as const,
    /** Every groups list (`list`), whatever its search and filter. */
    lists: [...groups, 'list'] as const,
    list: (params: GroupListParams) =>
      [...groups, 'list', params.search.trim(), params.filter ?? null] as const,
    licensed: (skuId: SkuId) => [...groups, 'licensed', skuId] as const,
    withErrors: [...groups, 'with-license-errors'] as const,
    names: (ids: readonly GroupId[]) => [...groups, 'names', [...new Set(ids)].sort()] as const,
    search: (term: string) => [...groups, 'search', term.trim()] as const,
    membersWithErrors: (id: GroupId) => [...groups, 'members-with-license-errors', id] as const,
    errorCount: (id: GroupId) => [...groups, 'license-error-count', id] as const,
    /**
     * What a licence change would do (emulator extension, or the tenant copy taken at `copyTakenAt`
     * in live mode); read again whenever groups change.
     */
    previewAssignLicense: (id: GroupId, body: unknown, copyTakenAt: number | null = null) =>
      [...previewOfChange(id, body), copyTakenAt] as const,
    /** The previews of this very licence change of the group, on the emulator or any copy. */
    previewOfChange,
    /** What a rule change would do (emulator extension, or the tenant copy taken at `copyTakenAt`). */
    previewMembershipRule: (id: GroupId, rule: string, copyTakenAt: number | null = null) =>
      [...groups, 'preview-membership-rule', id, copyTakenAt, rule] as const,
  },
  memberships: {
    all: memberships,
    /**
     * `GET /groups/{id}/members`, every page; also the prefix of the group's other membership reads
     * below, so reading the members again (a pending change, `pending-memberships.ts`) reads those too.
     */
    of: (id: GroupId) => [...memberships, id] as const,
    /** `GET /groups/{id}/members/$count`. */
    count: (id: GroupId) => [...memberships, id, 'count'] as const,
    /** `GET /groups/{id}/members/microsoft.graph.user/$count`: the direct user members. */
    userCount: (id: GroupId) => [...memberships, id, 'user-count'] as const,
    /** `GET /groups/{id}/members/microsoft.graph.group`, every page: the nested groups. */
    nestedGroups: (id: GroupId) => [...memberships, id, 'groups'] as const,
    /** The member counts of a list's groups (`$batch`). */
    counts: (ids: readonly GroupId[]) =>
      [...memberships, 'counts', [...new Set(ids)].sort()] as const,
  },
  audit: {
    all: audit,
    list: (filter: string) => [...audit, 'list', filter] as const,
    entry: (id: string) => [...audit, 'entry', id] as const,
    run: (correlationId: string) => [...audit, 'run', correlationId] as const,
  },
  /** `GET /organization`: the tenant's name, for the mode label. */
  organization: [...graph, 'organization'] as const,
  /** `GET /me` for the signed-in account. */
  me: (userPrincipalName: string) => [...graph, 'me', userPrincipalName.toLowerCase()] as const,
  /** The emulator's control API (not Graph). */
  emulator: {
    admins: ['emulator', 'admins'] as const,
  },
} as const;
