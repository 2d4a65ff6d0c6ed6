/**
 * JSON batching, rule by rule (learn.microsoft.com/graph/json-batching), over HTTP against the
 * `default` seed: the batch envelope's own 400s, each part through the whole pipeline (its own
 * 401/403/400 in Graph's envelope, refused parts changing nothing), `dependsOn` and 424, a write
 * and a read of it in one batch, one save per batch, and per-part throttling in the graph profile.
 * Answers are found by `id`, never by position: Graph may answer in any order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_UPNS } from '../seeds/kit';
import { tenantDigest } from './bad-input-kit';
import { get, batchOf } from './batch-kit';
import { assertGraphError, assertSchema, startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
});
afterAll(async () => {
  await h.close();
});

const batch = (requests: unknown, token?: string | null) => batchOf(h)(requests, token);

describe('$batch: the envelope', () => {
  it('answers 200 with one entry per request, each with id, status, headers and body', async () => {
    const answer = await batch([
      get('me', '/me?$select=id,userPrincipalName'),
      get('org', '/organization'),
    ]);
    expect(answer.status).toBe(200);
    expect(answer.parts.map((p) => p.id).sort()).toEqual(['me', 'org']);
    const me = answer.part('me');
    expect(me.status).toBe(200);
    expect(me.headers['Content-Type']).toMatch(/^application\/json/);
    expect(me.body?.userPrincipalName).toBe(ADMIN_UPNS['Global Administrator']);
    expect(answer.part('org').body?.value).toHaveLength(1);
  });

  it.each([
    [
      '21 requests',
      Array.from({ length: 21 }, (_, i) => get(String(i), '/me')),
      /exceeds the limit/,
    ],
    ['no requests', [], /'requests' must be an array/],
    ['an id missing', [{ method: 'GET', url: '/me' }], /no 'id'/],
    ['a method missing', [{ id: '1', url: '/me' }], /no 'method'/],
    ['a url missing', [{ id: '1', method: 'GET' }], /no 'url'/],
    [
      'ids equal but for case',
      [get('a', '/me'), get('A', '/organization')],
      /Request Id A has to be unique/,
    ],
    ['an absolute url', [get('1', 'https://graph.microsoft.com/v1.0/me')], /not a relative URL/],
    [
      'a body without Content-Type',
      [{ id: '1', method: 'PATCH', url: '/me', body: { city: 'Oslo' } }],
      /has a body but no 'Content-Type'/,
    ],
    ['dependsOn an unknown id', [get('1', '/me', { dependsOn: ['9'] })], /not in the batch/],
    ['dependsOn itself', [get('1', '/me', { dependsOn: ['1'] })], /names the request itself/],
    [
      'dependsOn in a cycle',
      [get('1', '/me', { dependsOn: ['2'] }), get('2', '/me', { dependsOn: ['1'] })],
      /makes a cycle/,
    ],
    [
      'headers that are not strings',
      [get('1', '/me', { headers: { x: 1 } })],
      /Invalid batch payload/,
    ],
  ])('refuses a batch with %s: 400 BadRequest, nothing run', async (_name, requests, message) => {
    const before = tenantDigest(h.server.emulator.store);
    const answer = await batch(requests);
    expect(answer.status).toBe(400);
    assertGraphError(answer.json, 'BadRequest');
    expect((answer.json.error as { message: string }).message).toMatch(message);
    expect(tenantDigest(h.server.emulator.store)).toBe(before);
  });

  it('takes 20 requests', async () => {
    const answer = await batch(
      Array.from({ length: 20 }, (_, i) => get(`r${String(i)}`, '/me?$select=id')),
    );
    expect(answer.status).toBe(200);
    expect(answer.parts.filter((p) => p.status === 200)).toHaveLength(20);
  });

  it('refuses a body that is not JSON, or has no requests array, as malformed', async () => {
    for (const body of ['{"requests":', '[]', '{"request": []}', '{"requests": {}}']) {
      const answer = await h.raw('POST', '/$batch', { body });
      expect(answer.status, body).toBe(400);
      assertGraphError(answer.json, 'BadRequest');
    }
  });

  it('needs a valid outer token (401 for the whole batch) and POST (405)', async () => {
    const unsigned = await batch([get('1', '/me')], null);
    expect(unsigned.status).toBe(401);
    assertGraphError(unsigned.json, 'InvalidAuthenticationToken');
    const wrongMethod = await h.raw('GET', '/$batch');
    expect(wrongMethod.status).toBe(405);
  });

  it('reads relative urls with or without the leading slash; /v1.0 inside is an unknown segment', async () => {
    const answer = await batch([
      get('slash', '/organization?$select=id'),
      get('bare', 'organization?$select=id'),
      get('versioned', '/v1.0/organization'),
    ]);
    expect(answer.part('slash').status).toBe(200);
    expect(answer.part('bare').body).toEqual(answer.part('slash').body);
    const versioned = answer.part('versioned');
    expect(versioned.status).toBe(400);
    assertGraphError(versioned.body ?? {}, 'Request_BadRequest');
    expect(versioned.body?.error).toMatchObject({
      message: "Resource not found for the segment 'v1.0'.",
    });
  });

  it('refuses a $batch inside a $batch in its own entry; the others run', async () => {
    const answer = await batch([
      {
        id: 'nested',
        method: 'POST',
        url: '/$batch',
        headers: { 'Content-Type': 'application/json' },
        body: { requests: [get('x', '/me')] },
      },
      get('me', '/me?$select=id'),
    ]);
    expect(answer.status).toBe(200);
    expect(answer.part('nested').status).toBe(400);
    assertGraphError(answer.part('nested').body ?? {}, 'BadRequest');
    expect(answer.part('me').status).toBe(200);
  });
});

describe('$batch: each request through the pipeline', () => {
  it('passes per-request headers: ConsistencyLevel lets $count through, its absence does not', async () => {
    const answer = await batch([
      get('counted', '/users?$count=true&$top=1&$select=id', {
        headers: { ConsistencyLevel: 'eventual' },
      }),
      get('plain', '/users/$count'),
    ]);
    expect(answer.part('counted').status).toBe(200);
    expect(answer.part('counted').body?.['@odata.count']).toBeGreaterThan(1000);
    expect(answer.part('plain').status).toBe(400);
  });

  it('checks each request against the role of the outer token: 403 for the write, 200 for the read, nothing changed', async () => {
    const reader = await h.token(ADMIN_UPNS['Reports Reader']);
    const before = tenantDigest(h.server.emulator.store);
    const answer = await batch(
      [
        {
          id: 'write',
          method: 'PATCH',
          url: '/users/alex.wilber@contoso.com',
          headers: { 'Content-Type': 'application/json' },
          body: { jobTitle: 'Boss' },
        },
        get('read', '/users/alex.wilber@contoso.com?$select=jobTitle'),
      ],
      reader,
    );
    expect(answer.status).toBe(200);
    expect(answer.part('write').status).toBe(403);
    assertGraphError(answer.part('write').body ?? {}, 'Authorization_RequestDenied');
    expect(answer.part('read').status).toBe(200);
    expect(tenantDigest(h.server.emulator.store)).toBe(before);
  });

  it('validates each request: a bad body is a 400 in its entry and the tenant is unchanged', async () => {
    const before = tenantDigest(h.server.emulator.store);
    const answer = await batch([
      {
        id: 'bad',
        method: 'POST',
        url: '/users',
        headers: { 'Content-Type': 'application/json' },
        body: { displayName: 'No UPN', accountEnabled: 'yes' },
      },
      {
        id: 'badGuid',
        method: 'POST',
        url: '/users/alex.wilber@contoso.com/assignLicense',
        headers: { 'Content-Type': 'application/json' },
        body: { addLicenses: [{ skuId: 'nope' }], removeLicenses: [] },
      },
      {
        id: 'text',
        method: 'POST',
        url: '/users',
        headers: { 'Content-Type': 'text/plain' },
        body: 'aGVsbG8',
      },
    ]);
    expect(answer.part('bad').status).toBe(400);
    assertGraphError(answer.part('bad').body ?? {}, 'Request_BadRequest');
    expect(answer.part('badGuid').status).toBe(400);
    expect(answer.part('text').status).toBe(415);
    expect(tenantDigest(h.server.emulator.store)).toBe(before);
  });

  it('a write and a read of it in one batch: the read, after it, sees the write', async () => {
    const upn = 'batch.person@contoso.com';
    const answer = await batch([
      {
        id: 'create',
        method: 'POST',
        url: '/users',
        headers: { 'Content-Type': 'application/json' },
        body: {
          accountEnabled: true,
          displayName: 'Batch Person',
          mailNickname: 'batchperson',
          userPrincipalName: upn,
          passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
        },
      },
      get('read', `/users/${upn}?$select=id,displayName`, { dependsOn: ['create'] }),
    ]);
    expect(answer.part('create').status).toBe(201);
    assertSchema('microsoft.graph.user', answer.part('create').body);
    expect(answer.part('read')).toMatchObject({
      status: 200,
      body: { displayName: 'Batch Person' },
    });
    expect(answer.part('read').body?.id).toBe(answer.part('create').body?.id);
  });

  it('dependsOn: a failed request fails its dependants with 424, transitively; independent ones run', async () => {
    const before = tenantDigest(h.server.emulator.store);
    const answer = await batch([
      get('missing', '/users/nobody@contoso.com'),
      {
        id: 'patch',
        method: 'PATCH',
        url: '/users/alex.wilber@contoso.com',
        dependsOn: ['missing'],
        headers: { 'Content-Type': 'application/json' },
        body: { jobTitle: 'Never' },
      },
      get('after', '/me', { dependsOn: ['patch'] }),
      get('free', '/organization?$select=id'),
    ]);
    expect(answer.part('missing').status).toBe(404);
    for (const id of ['patch', 'after']) {
      expect(answer.part(id).status).toBe(424);
      assertGraphError(answer.part(id).body ?? {}, 'FailedDependency');
    }
    expect(answer.part('free').status).toBe(200);
    expect(tenantDigest(h.server.emulator.store)).toBe(before);
  });

  it('runs a request after what it depends on even when it is listed first', async () => {
    const answer = await batch([
      get('read', '/users/alex.wilber@contoso.com?$select=jobTitle', { dependsOn: ['write'] }),
      {
        id: 'write',
        method: 'PATCH',
        url: '/users/alex.wilber@contoso.com',
        headers: { 'Content-Type': 'application/json' },
        body: { jobTitle: 'Ordered' },
      },
    ]);
    expect(answer.part('write').status).toBe(204);
    expect(answer.part('read').body?.jobTitle).toBe('Ordered');
  });
});
