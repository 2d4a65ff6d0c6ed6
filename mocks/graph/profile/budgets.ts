/**
 * Graph's documented throttling budgets for the surface the emulator answers
 * (learn.microsoft.com/graph/throttling-limits), per app per tenant. The emulator serves one app,
 * so "per app per tenant" is per tenant here; limits for all apps or across tenants are higher
 * than these and can never be reached first.
 *
 * - Identity and access reports (`/auditLogs/...`): 5 requests per 10 seconds.
 * - Identity and access (every other path): a resource-unit quota of 3,500 (under 50 users),
 *   5,000 (50 to 500) or 8,000 (above 500) per 10 seconds, each request costing what Graph's table
 *   says (`GET /users` 2, `GET /groups/{id}/members` 3, `GET /subscribedSkus` 3, ... 1 otherwise;
 *   `$select` takes 1 off, `$top` under 20 takes 1 off, never below 1); and a write quota of 3,000
 *   writes (POST, PATCH, PUT, DELETE) per 2 minutes 30 seconds. Licence assignment writes
 *   (`assignLicense` on users and groups, `reprocessLicenseAssignment`) are identity writes: Graph
 *   documents no budget of their own for them, so they count against the write quota.
 */

/** One budget: at most `limit` units in any `windowMs`. */
export interface Budget {
  readonly name: 'reports' | 'resourceUnits' | 'writes';
  readonly limit: number;
  readonly windowMs: number;
  /** Graph's `x-ms-throttle-information` on a 429 of this budget, when it sends one. */
  readonly information?: string;
}

/** Identity and access reports: 5 requests per 10 seconds per app per tenant. */
export const REPORTS_BUDGET: Budget = { name: 'reports', limit: 5, windowMs: 10_000 };

/** Identity and access writes: 3,000 per 2 minutes 30 seconds per app and tenant. */
export const WRITE_BUDGET: Budget = {
  name: 'writes',
  limit: 3_000,
  windowMs: 150_000,
  information: 'WriteLimitExceeded',
};

/** The resource-unit quota per 10 seconds of a tenant with this many users (S, M, L). */
export function resourceUnitBudget(users: number): Budget {
  const limit = users < 50 ? 3_500 : users <= 500 ? 5_000 : 8_000;
  return {
    name: 'resourceUnits',
    limit,
    windowMs: 10_000,
    information: 'ResourceUnitLimitExceeded',
  };
}

/** Base resource-unit costs Graph lists, by method and route pattern; anything else costs 1. */
const BASE_COST: Readonly<Record<string, number>> = {
  'GET /users': 2,
  'GET /groups/:id/members': 3,
  'GET /subscribedSkus': 3,
  'GET /me/licenseDetails': 2,
  'GET /users/:id/licenseDetails': 2,
  'GET /users/:id/memberOf': 2,
  'GET /me/memberOf': 2,
};

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** What one request costs, and against which budgets. */
export interface RequestCost {
  readonly service: 'reports' | 'identity';
  readonly resourceUnits: number;
  readonly writes: number;
}

function hasOption(url: URL, name: string): string | null {
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === name) return value;
  return null;
}

/**
 * The cost of a request to the route `pattern` (its path as declared, such as
 * `/groups/:id/members`). Reads cost no writes; a write costs 1 resource unit and 1 write.
 */
export function requestCost(method: string, pattern: string, url: URL): RequestCost {
  if (pattern.startsWith('/auditLogs/')) return { service: 'reports', resourceUnits: 0, writes: 0 };
  if (WRITES.has(method)) return { service: 'identity', resourceUnits: 1, writes: 1 };
  let cost = BASE_COST[`${method} ${pattern}`] ?? 1;
  if (hasOption(url, '$select') !== null) cost -= 1;
  const top = hasOption(url, '$top');
  if (top !== null && /^\d+$/.test(top) && Number(top) < 20) cost -= 1;
  return { service: 'identity', resourceUnits: Math.max(1, cost), writes: 0 };
}
