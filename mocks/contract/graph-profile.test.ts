/**
 * The `graph` profile over HTTP: switched through the control API (and back), the emulator's
 * extensions unknown in it and present by default, Graph's throttling (the audit log's 5 requests
 * per 10 s on the emulator clock, `Retry-After` honoured) and the forced, seeded 429 rate.
 * The clock is manual here: windows move only with `POST /_emulator/clock`.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tenantDigest } from './bad-input-kit';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;
let groupId = '';
let dynamicId = '';
let userId = '';

beforeAll(async () => {
  h = await startHarness('default');
  const groups = await h.raw(
    'GET',
    `/groups?$filter=${encodeURIComponent("displayName eq 'Kiosk users'")}&$select=id`,
  );
  groupId = (groups.json.value as { id: string }[])[0]?.id ?? '';
  const dynamic = await h.raw(
    'GET',
    `/groups?$filter=${encodeURIComponent("displayName eq 'EMS licensed users'")}&$select=id`,
  );
  dynamicId = (dynamic.json.value as { id: string }[])[0]?.id ?? '';
  const me = await h.raw('GET', '/me?$select=id');
  userId = me.json.id as string;
});
afterAll(async () => {
  await h.close();
});
afterEach(async () => {
  await h.control('POST', '/profile', { profile: 'default' });
});

/** Every emulator extension, with a body it takes. */
const extensions = () => [
  {
    path: `/groups/${groupId}/previewAssignLicense`,
    body: { addLicenses: [], removeLicenses: [] },
    segment: 'previewAssignLicense',
  },
  {
    path: `/groups/${dynamicId}/previewMembershipRule`,
    body: { membershipRule: 'user.department -eq "Sales"' },
    segment: 'previewMembershipRule',
  },
  {
    path: '/groups/evaluateDynamicMembership',
    body: { memberId: userId, membershipRule: 'user.department -eq "Sales"' },
    segment: 'evaluateDynamicMembership',
  },
  {
    path: `/groups/${dynamicId}/evaluateDynamicMembership`,
    body: { memberId: userId },
    segment: 'evaluateDynamicMembership',
  },
  {
    path: `/groups/${groupId}/reprocessLicenseAssignment`,
    body: undefined,
    segment: 'reprocessLicenseAssignment',
  },
];

const call = (e: { path: string; body: unknown }) =>
  h.raw('POST', e.path, e.body === undefined ? {} : { body: JSON.stringify(e.body) });

describe('switching profiles', () => {
  it('starts in the default profile and reports the graph profile with its settings', async () => {
    expect((await h.control('GET', '/profile')).json).toEqual({ profile: 'default' });
    const set = await h.control('POST', '/profile', {
      profile: 'graph',
      throttle: { rate: 0.25, seed: 9 },
    });
    expect(set.status).toBe(200);
    expect(set.json).toEqual({
      profile: 'graph',
      lagMs: 2000,
      throttle: { budgets: true, rate: 0.25, seed: 9, retryAfter: 1 },
    });
    expect((await h.control('GET', '/profile')).json).toEqual(set.json);
  });

  it.each([
    [{ profile: 'beta' }, /'profile' must be one of default, graph/],
    [{ profile: 'default', lagMs: 5 }, /graph profile only/],
    [{ profile: 'graph', lagMs: -1 }, /'lagMs' must be a whole number from 0/],
    [{ profile: 'graph', throttle: { rate: 2 } }, /'throttle.rate' must be a number from 0 to 1/],
    [{ profile: 'graph', throttle: { retryAfter: 0 } }, /'throttle.retryAfter'/],
    [{ profile: 'graph', throttle: { burst: 1 } }, /Unknown property 'throttle.burst'/],
    [{ profile: 'graph', lag: 1 }, /Unknown property 'lag'/],
  ])('refuses %j with a readable 400 and keeps the profile', async (body, message) => {
    const before = tenantDigest(h.server.emulator.store);
    const answer = await h.control('POST', '/profile', body);
    expect(answer.status).toBe(400);
    assertGraphError(answer.json, 'Request_BadRequest');
    expect((answer.json.error as { message: string }).message).toMatch(message);
    expect((await h.control('GET', '/profile')).json).toEqual({ profile: 'default' });
    expect(tenantDigest(h.server.emulator.store)).toBe(before);
  });
});

describe('extensions', () => {
  it('are there in the default profile', async () => {
    for (const e of extensions()) {
      const answer = await call(e);
      expect(answer.status, e.path).toBeLessThan(300);
    }
  });

  it('answer as unknown segments in the graph profile, changing nothing, and come back with the default profile', async () => {
    await h.control('POST', '/profile', {
      profile: 'graph',
      lagMs: 0,
      throttle: { budgets: false },
    });
    const before = tenantDigest(h.server.emulator.store);
    for (const e of extensions()) {
      const answer = await call(e);
      expect(answer.status, e.path).toBe(400);
      assertGraphError(answer.json, 'Request_BadRequest');
      expect((answer.json.error as { message: string }).message).toBe(
        `Resource not found for the segment '${e.segment}'.`,
      );
    }
    expect(tenantDigest(h.server.emulator.store)).toBe(before);
    // What Graph v1.0 has still works, user reprocess included.
    expect((await h.raw('POST', `/users/${userId}/reprocessLicenseAssignment`)).status).toBe(200);
    await h.control('POST', '/profile', { profile: 'default' });
    const back = extensions()[0];
    if (back)
      expect((await h.raw('POST', back.path, { body: JSON.stringify(back.body) })).status).toBe(
        200,
      );
  });
});

describe('licence processing progress', () => {
  it('is annotated on a processing group by default, and absent in the graph profile', async () => {
    const processing = () => h.raw('GET', `/groups/${groupId}?$select=id,licenseProcessingState`);
    const listed = async () => {
      const { json } = await h.raw('GET', '/groups?$select=id,licenseProcessingState');
      return (json.value as { id: string; licenseProcessingState: unknown }[]).find(
        (g) => g.id === groupId,
      )?.licenseProcessingState;
    };
    await h.control('POST', '/processing', { paused: true });
    try {
      expect((await h.raw('POST', `/groups/${groupId}/reprocessLicenseAssignment`)).status).toBe(
        202,
      );
      await h.control('POST', '/processing/step', { users: 1 });
      const progress = {
        state: 'ProcessingInProgress',
        '@emulator.processedUserCount': 1,
        '@emulator.totalUserCount': expect.any(Number) as number,
      };
      expect((await processing()).json.licenseProcessingState).toEqual(progress);
      expect(await listed()).toEqual(progress);
      await h.control('POST', '/profile', {
        profile: 'graph',
        lagMs: 0,
        throttle: { budgets: false },
      });
      expect((await processing()).json.licenseProcessingState).toEqual({
        state: 'ProcessingInProgress',
      });
      expect(await listed()).toEqual({ state: 'ProcessingInProgress' });
    } finally {
      await h.control('POST', '/profile', { profile: 'default' });
      await h.control('POST', '/processing', { paused: false });
      await h.control('POST', '/processing/wait');
    }
  });
});

describe('throttling', () => {
  const audits = () => h.raw('GET', '/auditLogs/directoryAudits?$top=1');

  it('the default profile never throttles', async () => {
    for (let i = 0; i < 12; i++) expect((await audits()).status).toBe(200);
  });

  it('the audit log: 5 requests per 10 s of emulator time, then 429 TooManyRequests with an exact Retry-After', async () => {
    await h.control('POST', '/profile', { profile: 'graph', lagMs: 0 });
    for (let i = 0; i < 5; i++) expect((await audits()).status).toBe(200);
    const refused = await audits();
    expect(refused.status).toBe(429);
    assertGraphError(refused.json, 'TooManyRequests');
    expect(refused.headers.get('retry-after')).toBe('10');
    // Other services have their own budgets.
    expect((await h.raw('GET', '/organization')).status).toBe(200);
    // Nine seconds on, the oldest request is still inside the window: one more second to wait.
    await h.control('POST', '/clock', { advance: 'PT9S' });
    const still = await audits();
    expect(still.status).toBe(429);
    expect(still.headers.get('retry-after')).toBe('1');
    // Waiting what Retry-After said is enough.
    await h.control('POST', '/clock', { advance: 'PT1S' });
    for (let i = 0; i < 5; i++) expect((await audits()).status).toBe(200);
    expect((await audits()).status).toBe(429);
  });

  it('a refused request spends nothing: retrying early does not push Retry-After back', async () => {
    await h.control('POST', '/profile', { profile: 'graph', lagMs: 0 });
    for (let i = 0; i < 5; i++) await audits();
    for (let i = 0; i < 10; i++) expect((await audits()).headers.get('retry-after')).toBe('10');
    await h.control('POST', '/clock', { advance: 'PT10S' });
    expect((await audits()).status).toBe(200);
  });

  async function statuses(seed: number, count: number): Promise<number[]> {
    await h.control('POST', '/profile', {
      profile: 'graph',
      lagMs: 0,
      throttle: { budgets: false, rate: 0.3, seed, retryAfter: 7 },
    });
    const seen: number[] = [];
    for (let i = 0; i < count; i++) {
      const answer = await h.raw('GET', '/organization?$select=id');
      if (answer.status === 429) {
        assertGraphError(answer.json, 'TooManyRequests');
        expect(answer.headers.get('retry-after')).toBe('7');
      }
      seen.push(answer.status);
    }
    return seen;
  }

  it('a forced rate throttles about that share of requests, the same ones for the same seed', async () => {
    const first = await statuses(42, 60);
    const again = await statuses(42, 60);
    const other = await statuses(43, 60);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    const share = first.filter((s) => s === 429).length / first.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.5);
    expect(first.every((s) => s === 200 || s === 429)).toBe(true);
  });
});

describe('429s forced on the next requests (POST /_emulator/throttle)', () => {
  const reprocess = () => h.raw('POST', `/users/${userId}/reprocessLicenseAssignment`);

  it('answers the next matching requests 429 with their Retry-After, inside a $batch too, then lets them through', async () => {
    await h.control('POST', '/profile', {
      profile: 'graph',
      lagMs: 0,
      throttle: { budgets: false, rate: 0 },
    });
    const forced = await h.control('POST', '/throttle', {
      next: 2,
      retryAfter: 3,
      method: 'post',
      pattern: '/users/:id/reprocessLicenseAssignment',
    });
    expect(forced.status).toBe(200);
    // Other requests are not the forced ones.
    expect((await h.raw('GET', '/organization?$select=id')).status).toBe(200);
    const first = await reprocess();
    expect(first.status).toBe(429);
    assertGraphError(first.json, 'TooManyRequests');
    expect(first.headers.get('retry-after')).toBe('3');
    const batch = await h.raw('POST', '/$batch', {
      body: JSON.stringify({
        requests: ['1', '2'].map((id) => ({
          id,
          method: 'POST',
          url: `/users/${userId}/reprocessLicenseAssignment`,
        })),
      }),
    });
    expect(batch.status).toBe(200);
    const inner = batch.json.responses as {
      id: string;
      status: number;
      headers: Record<string, string>;
    }[];
    expect(inner.map((r) => [r.id, r.status])).toEqual([
      ['1', 429],
      ['2', 200],
    ]);
    expect(inner[0]?.headers['Retry-After']).toBe('3');
    expect((await reprocess()).status).toBe(200);
  });

  it('is refused in the default profile and for a body it cannot read, in words', async () => {
    const inDefault = await h.control('POST', '/throttle', { next: 1 });
    expect(inDefault.status).toBe(400);
    expect(JSON.stringify(inDefault.json)).toContain('graph profile only');
    await h.control('POST', '/profile', { profile: 'graph', lagMs: 0 });
    for (const body of [
      {},
      { next: 0 },
      { next: 1, pattern: 'users' },
      { next: 1, color: 'red' },
    ]) {
      const refused = await h.control('POST', '/throttle', body);
      expect(refused.status).toBe(400);
      assertGraphError(refused.json, 'Request_BadRequest');
    }
  });
});

describe('advanced queries', () => {
  const advancedText = (operator: string) =>
    `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`;
  const filtered = (expression: string, count: boolean) =>
    `/users?$select=id&$filter=${encodeURIComponent(expression)}${count ? '&$count=true' : ''}`;

  it.each([
    ["endsWith(mail,'@contoso.com')", 'endsWith'],
    ["department ne 'Sales'", 'ne'],
    ["not(department eq 'Sales')", 'not'],
    ['assignedLicenses/$count eq 0', '$count'],
  ])(
    'refuses %s without ConsistencyLevel: eventual as Graph does, and answers it with the header',
    async (expression, operator) => {
      await h.control('POST', '/profile', { profile: 'graph', lagMs: 0 });
      // Neither advanced query parameter, and the header without $count=true: both refused.
      // ($count=true without the header is refused on its own, below.)
      const sent: Record<string, string>[] = [{}, { ConsistencyLevel: 'eventual' }];
      for (const headers of sent) {
        const refused = await h.raw('GET', filtered(expression, false), { headers });
        expect(refused.status).toBe(400);
        assertGraphError(refused.json, 'Request_UnsupportedQuery');
        expect((refused.json.error as { message: string }).message).toBe(advancedText(operator));
      }
      const answered = await h.raw('GET', filtered(expression, true), {
        headers: { ConsistencyLevel: 'eventual' },
      });
      expect(answered.status).toBe(200);
      expect(typeof answered.json['@odata.count']).toBe('number');
    },
  );

  it('refuses $search without the header, and /$count without it, in Graph’s words', async () => {
    await h.control('POST', '/profile', { profile: 'graph', lagMs: 0 });
    const search = await h.raw('GET', '/users?$search=%22displayName:ada%22&$select=id');
    expect(search.status).toBe(400);
    assertGraphError(search.json, 'Request_UnsupportedQuery');
    expect((search.json.error as { message: string }).message).toBe(
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
    const count = await h.raw('GET', '/users/$count');
    expect(count.status).toBe(400);
    assertGraphError(count.json, 'Request_BadRequest');
    expect((count.json.error as { message: string }).message).toBe(
      '$count is not currently supported.',
    );
  });
});
