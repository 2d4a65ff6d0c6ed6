/**
 * `GET /users/delta` and `GET /groups/delta` over HTTP: rounds paged by nextLink up to a
 * deltaLink, `$deltatoken=latest`, changes (attributes, members gained and lost, deletions) seen
 * once, `licenseAssignmentStates` never served, Graph's errors for bad input and old tokens, and
 * Graph's throttling on the delta routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertGraphError, startHarness, type Harness } from './support';

interface DeltaPage {
  value: Record<string, unknown>[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
});
afterAll(async () => {
  await h.close();
});

const path = (link: string) => {
  const url = new URL(link);
  return `${url.pathname.replace(/^\/v1\.0/, '')}${url.search}`;
};

async function get(pathname: string): Promise<DeltaPage> {
  const answer = await h.raw('GET', pathname);
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json as unknown as DeltaPage;
}

/** Follows a round to its deltaLink: every object answered, and the link. */
async function round(
  start: string,
): Promise<{ items: DeltaPage['value']; link: string; pages: number }> {
  let page = await get(start);
  const items = [...page.value];
  let pages = 1;
  while (page['@odata.nextLink']) {
    expect(page['@odata.deltaLink']).toBeUndefined();
    page = await get(path(page['@odata.nextLink']));
    items.push(...page.value);
    pages++;
  }
  const link = page['@odata.deltaLink'];
  expect(link).toMatch(/\/v1\.0\/(users|groups)\/delta\?\$deltatoken=/);
  return { items, link: path(link ?? ''), pages };
}

const userIds = async () =>
  (await round('/users/delta?$select=id')).items.map((u) => String(u.id)).sort();

describe('users/delta', () => {
  it('an initial round pages through every user once, and never serves licenseAssignmentStates', async () => {
    const all = await round(
      '/users/delta?$select=id,displayName,assignedLicenses,licenseAssignmentStates',
    );
    const store = h.server.emulator.store;
    expect(all.items.map((u) => u.id).sort()).toEqual([...store.tenant.userIds()].sort());
    expect(all.pages).toBeGreaterThan(1);
    expect(all.items.every((u) => !('licenseAssignmentStates' in u))).toBe(true);
    expect(all.items.some((u) => Array.isArray(u.assignedLicenses))).toBe(true);
  });

  it('latest gives no users and a link; changes since come once, with the properties selected', async () => {
    const latest = await get('/users/delta?$deltatoken=latest&$select=id,department');
    expect(latest.value).toEqual([]);
    const [first, second] = await userIds();
    await h.raw('PATCH', `/users/${String(first)}`, {
      body: JSON.stringify({ department: 'Delta' }),
    });
    await h.raw('DELETE', `/users/${String(second)}`);
    await h.idle();
    const changes = await round(path(latest['@odata.deltaLink'] ?? ''));
    const byId = new Map(changes.items.map((u) => [u.id, u]));
    expect(byId.get(first)).toEqual({ id: first, department: 'Delta' });
    expect(byId.get(second)).toEqual({ id: second, '@removed': { reason: 'changed' } });
    // Nothing changed since: the next round is empty.
    expect((await round(changes.link)).items).toEqual([]);
  });

  it('a round of many changes pages each user once; a change made while it is paged comes in the next round', async () => {
    const latest = await get('/users/delta?$deltatoken=latest&$select=id,department');
    const ids = await userIds();
    const changed = ids.slice(0, 201);
    for (const id of changed)
      await h.raw('PATCH', `/users/${id}`, { body: JSON.stringify({ department: 'Many' }) });
    await h.idle();
    const first = await get(path(latest['@odata.deltaLink'] ?? ''));
    expect(first.value).toHaveLength(200);
    // Changed after the round began, and sorted after every id of its first page.
    const late = ids.at(-1) ?? '';
    await h.raw('PATCH', `/users/${late}`, { body: JSON.stringify({ department: 'Late' }) });
    await h.idle();
    const rest = await round(path(first['@odata.nextLink'] ?? ''));
    const seen = [...first.value, ...rest.items].map((u) => String(u.id));
    expect(seen).toEqual(changed);
    const next = await round(rest.link);
    expect(next.items).toEqual([{ id: late, department: 'Late' }]);
  });
});

describe('groups/delta', () => {
  it('members@delta: members gained, and lost with @removed; a group whose members alone changed comes as its id', async () => {
    const store = h.server.emulator.store;
    const group = store.tenant
      .groupIds()
      .find(
        (id) =>
          store.tenant.group(id)?.membershipKind === 'assigned' && store.tenant.memberCount(id) > 1,
      );
    expect(group).toBeDefined();
    const view = store.tenant.group(group ?? '');
    const leaving = [...(view?.userMemberIds ?? [])][0] ?? '';
    const joining = store.tenant.userIds().find((id) => !view?.userMemberIds.includes(id)) ?? '';
    const start = await round('/groups/delta?$select=displayName,securityEnabled,members');
    const initial = start.items.find((g) => g.id === group);
    expect((initial?.['members@delta'] as unknown[]).length).toBe(view?.userMemberIds.length);
    expect(initial?.displayName).toBe(store.groups.get(group ?? '')?.displayName);

    const added = await h.raw('POST', `/groups/${String(group)}/members/$ref`, {
      body: JSON.stringify({ '@odata.id': `${h.origin}/v1.0/directoryObjects/${joining}` }),
    });
    expect(added.status).toBe(204);
    expect((await h.raw('DELETE', `/groups/${String(group)}/members/${leaving}/$ref`)).status).toBe(
      204,
    );
    await h.idle();
    const changes = await round(start.link);
    const entry = changes.items.find((g) => g.id === group);
    expect(entry).toEqual({
      id: group,
      'members@delta': expect.arrayContaining([
        { '@odata.type': '#microsoft.graph.user', id: joining },
        { '@odata.type': '#microsoft.graph.user', id: leaving, '@removed': { reason: 'deleted' } },
      ]) as unknown,
    });
  });

  it('a deleted security group comes with @removed deleted', async () => {
    const made = await h.raw('POST', '/groups', {
      body: JSON.stringify({
        displayName: 'Delta gone',
        mailEnabled: false,
        mailNickname: 'deltagone',
        securityEnabled: true,
      }),
    });
    const id = String(made.json.id);
    const latest = await get('/groups/delta?$deltatoken=latest');
    expect((await h.raw('DELETE', `/groups/${id}`)).status).toBe(204);
    const changes = await round(path(latest['@odata.deltaLink'] ?? ''));
    expect(changes.items).toContainEqual({ id, '@removed': { reason: 'deleted' } });
  });
});

describe('bad input and old tokens', () => {
  it.each([
    ['/users/delta?$deltatoken=not-a-token', 400, 'syncStateNotFound'],
    ['/users/delta?$skiptoken=eyJ4IjoxfQ', 400, 'syncStateNotFound'],
    ['/users/delta?$select=noSuchProperty', 400, 'Request_BadRequest'],
    ["/users/delta?$filter=id eq 'x'", 400, 'Request_UnsupportedQuery'],
    ['/users/delta?$top=5', 400, 'Request_UnsupportedQuery'],
  ])('GET %s is a %i %s', async (pathname, status, code) => {
    const answer = await h.raw('GET', pathname);
    expect(answer.status).toBe(status);
    assertGraphError(answer.json, code);
  });

  it('a token of users is not one of groups, and a token takes no $select of its own', async () => {
    const latest = await get('/users/delta?$deltatoken=latest');
    const token = new URL(latest['@odata.deltaLink'] ?? '').searchParams.get('$deltatoken') ?? '';
    const other = await h.raw('GET', `/groups/delta?$deltatoken=${token}`);
    expect(other.status).toBe(400);
    assertGraphError(other.json, 'syncStateNotFound');
    const withSelect = await h.raw('GET', `/users/delta?$deltatoken=${token}&$select=id`);
    expect(withSelect.status).toBe(400);
    assertGraphError(withSelect.json, 'Request_BadRequest');
  });

  it('a token older than seven days is a 410 resyncRequired, and so is one from before a reset', async () => {
    const latest = path((await get('/users/delta?$deltatoken=latest'))['@odata.deltaLink'] ?? '');
    await h.control('POST', '/clock', { advance: 'P8D' });
    const old = await h.raw('GET', latest);
    expect(old.status).toBe(410);
    assertGraphError(old.json, 'resyncRequired');
    const fresh = path((await get('/users/delta?$deltatoken=latest'))['@odata.deltaLink'] ?? '');
    await h.reset('default');
    const afterReset = await h.raw('GET', fresh);
    expect(afterReset.status).toBe(410);
    assertGraphError(afterReset.json, 'resyncRequired');
  });
});

describe("the graph profile's throttling", () => {
  it('answers a delta query 429 with Retry-After when throttled, and the round goes on after it', async () => {
    await h.control('POST', '/profile', {
      profile: 'graph',
      lagMs: 0,
      throttle: { budgets: false },
    });
    try {
      const latest = await get('/users/delta?$deltatoken=latest');
      const forced = await h.control('POST', '/throttle', {
        next: 1,
        retryAfter: 2,
        pattern: '/users/delta',
      });
      expect(forced.status).toBe(200);
      const throttled = await h.raw('GET', path(latest['@odata.deltaLink'] ?? ''));
      expect(throttled.status).toBe(429);
      assertGraphError(throttled.json, 'TooManyRequests');
      expect(throttled.headers.get('retry-after')).toBe('2');
      expect((await h.raw('GET', path(latest['@odata.deltaLink'] ?? ''))).status).toBe(200);
    } finally {
      await h.control('POST', '/profile', { profile: 'default' });
    }
  });
});
