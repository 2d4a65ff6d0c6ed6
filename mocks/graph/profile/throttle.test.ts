/**
 * Graph's identity budgets, which would take thousands of HTTP requests to reach (the audit log's
 * is tested over HTTP in `contract/graph-profile.test.ts`): the resource-unit quota by tenant
 * size and request cost, the write quota, and exact Retry-After values.
 */
import { describe, expect, it } from 'vitest';
import type { GraphError } from '../errors';
import { requestCost, resourceUnitBudget } from './budgets';
import { GRAPH_PROFILE } from './profile';
import { Throttle } from './throttle';

const BUDGETS = GRAPH_PROFILE.throttle;
const url = (path: string) => new URL(`https://graph.microsoft.com/v1.0${path}`);

function request(method: string, pattern: string, path: string, now: number, tenantUsers = 10) {
  return { method, pattern, url: url(path), tenantUsers, now };
}

/** Requests admitted before the first 429, and that 429. */
function fill(throttle: Throttle, make: (i: number) => Parameters<Throttle['check']>[0]) {
  for (let i = 0; i < 100_000; i++) {
    const refusal = throttle.check(make(i));
    if (refusal) return { admitted: i, refusal };
  }
  throw new Error('never throttled');
}

const retryAfter = (error: GraphError) => Number(error.headers['retry-after']);

describe('request costs (Graph: identity and access service limits)', () => {
  it.each([
    ['GET', '/users', '/users', 2],
    ['GET', '/users', '/users?$select=id', 1],
    ['GET', '/users', '/users?$select=id&$top=5', 1],
    ['GET', '/groups/:id/members', '/groups/g/members', 3],
    ['GET', '/groups/:id/members', '/groups/g/members?$top=10', 2],
    ['GET', '/groups/:id/members', '/groups/g/members?$top=999', 3],
    ['GET', '/subscribedSkus', '/subscribedSkus', 3],
    ['GET', '/users/:id/licenseDetails', '/users/u/licenseDetails', 2],
    ['GET', '/users/:id/memberOf', '/users/u/memberOf?$select=id', 1],
    ['GET', '/organization', '/organization', 1],
    ['GET', '/groups', '/groups?$select=id', 1],
  ])('%s %s (%s) costs %i resource units', (method, pattern, path, units) => {
    expect(requestCost(method, pattern, url(path))).toEqual({
      service: 'identity',
      resourceUnits: units,
      writes: 0,
    });
  });

  it('writes cost one unit and one write; the audit log is its own service', () => {
    expect(requestCost('PATCH', '/users/:id', url('/users/u'))).toEqual({
      service: 'identity',
      resourceUnits: 1,
      writes: 1,
    });
    expect(
      requestCost('POST', '/groups/:id/assignLicense', url('/groups/g/assignLicense')).writes,
    ).toBe(1);
    expect(
      requestCost('GET', '/auditLogs/directoryAudits', url('/auditLogs/directoryAudits')).service,
    ).toBe('reports');
  });

  it('sizes the resource-unit quota by users: S under 50, M to 500, L above', () => {
    expect([1, 49, 50, 500, 501, 100_000].map((n) => resourceUnitBudget(n).limit)).toEqual([
      3_500, 3_500, 5_000, 5_000, 8_000, 8_000,
    ]);
  });
});

describe('the resource-unit quota, per 10 seconds', () => {
  it.each([
    [10, 3_500],
    [200, 5_000],
    [2_000, 8_000],
  ])('a tenant of %i users: %i units of GET /users?$select (1 each), then 429', (users, limit) => {
    const throttle = new Throttle(BUDGETS);
    const { admitted, refusal } = fill(throttle, () =>
      request('GET', '/users', '/users?$select=id', 0, users),
    );
    expect(admitted).toBe(limit);
    expect(refusal.status).toBe(429);
    expect(refusal.code).toBe('TooManyRequests');
    expect(refusal.headers['x-ms-throttle-information']).toBe('ResourceUnitLimitExceeded');
    expect(retryAfter(refusal)).toBe(10);
  });

  it('counts costs: GET /groups/{id}/members spends 3, so a small tenant takes 1,166 of them', () => {
    const { admitted } = fill(new Throttle(BUDGETS), () =>
      request('GET', '/groups/:id/members', '/groups/g/members', 0),
    );
    expect(admitted).toBe(1_166);
  });

  it('frees units as they leave the window; Retry-After says when enough have', () => {
    const throttle = new Throttle(BUDGETS);
    // 3,500 units spread over 3.5 seconds: one per millisecond.
    for (let ms = 0; ms < 3_500; ms++)
      expect(throttle.check(request('GET', '/organization', '/organization', ms))).toBeNull();
    const refusal = throttle.check(request('GET', '/organization', '/organization', 3_500));
    // The oldest unit (at 0) leaves the window at 10,000 ms: 6.5 s from now, rounded up.
    expect(refusal && retryAfter(refusal)).toBe(7);
    expect(throttle.check(request('GET', '/organization', '/organization', 9_999))).not.toBeNull();
    expect(throttle.check(request('GET', '/organization', '/organization', 10_000))).toBeNull();
    // One unit freed, one spent: full again until the next leaves.
    expect(throttle.check(request('GET', '/organization', '/organization', 10_000))).not.toBeNull();
    expect(throttle.check(request('GET', '/organization', '/organization', 10_001))).toBeNull();
  });
});

describe('the write quota: 3,000 per 2 minutes 30 seconds', () => {
  it('refuses the 3,001st write with WriteLimitExceeded and Retry-After 150, while reads go on', () => {
    const throttle = new Throttle(BUDGETS);
    // Spread over 150 s so the resource-unit quota (10 s window) is never what stops them.
    const { admitted, refusal } = fill(throttle, (i) =>
      request(
        'POST',
        '/users/:id/assignLicense',
        '/users/u/assignLicense',
        Math.floor(i * 49.9),
        2_000,
      ),
    );
    expect(admitted).toBe(3_000);
    expect(refusal.headers['x-ms-throttle-information']).toBe('WriteLimitExceeded');
    const now = Math.floor(3_000 * 49.9);
    expect(retryAfter(refusal)).toBe(Math.ceil((150_000 - now) / 1000));
    expect(throttle.check(request('GET', '/users', '/users', now, 2_000))).toBeNull();
    expect(throttle.check(request('PATCH', '/users/:id', '/users/u', 150_000, 2_000))).toBeNull();
  });
});

describe('switches', () => {
  it('without budgets and without a rate, nothing is throttled', () => {
    const throttle = new Throttle({ ...BUDGETS, budgets: false });
    for (let i = 0; i < 10_000; i++)
      expect(
        throttle.check(
          request('GET', '/auditLogs/directoryAudits', '/auditLogs/directoryAudits', 0),
        ),
      ).toBeNull();
  });

  it('a rate of 1 throttles every request with the fixed Retry-After, spending no budget', () => {
    const throttle = new Throttle({ budgets: true, rate: 1, seed: 3, retryAfter: 42 });
    for (let i = 0; i < 20; i++) {
      const refusal = throttle.check(
        request('GET', '/auditLogs/directoryAudits', '/auditLogs/directoryAudits', 0),
      );
      expect(refusal && retryAfter(refusal)).toBe(42);
    }
  });
});
