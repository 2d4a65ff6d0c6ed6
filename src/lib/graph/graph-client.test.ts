import { beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, resetTestTenant, testEmulator } from '../../test/emulator';
import { requestToken, resetTenant } from './emulator-control';
import { createGraphClient, type GraphClient } from './graph-client';
import { DEFAULT_GRAPH_BASE_URL } from './graph-config';
import { GraphError } from './graph-error';
import type { Group, GraphCollection, User } from './graph-types';
import { filter, withQuery } from './odata';
import { collectAll, streamPages } from './paging';

async function clientFor(upn: string): Promise<{ client: GraphClient; renewals: () => number }> {
  let token = (await requestToken(upn)).access_token;
  let renewals = 0;
  const client = createGraphClient({
    baseUrl: DEFAULT_GRAPH_BASE_URL,
    getToken: () => token,
    renewToken: async () => {
      renewals += 1;
      token = (await requestToken(upn)).access_token;
      return token;
    },
  });
  return { client, renewals: () => renewals };
}

describe('graph client against the emulator', () => {
  beforeEach(() => {
    testEmulator();
    resetTestTenant('default');
  });

  it('reads an entity with the bearer token of the signed-in admin', async () => {
    const { client } = await clientFor(ADMIN.license);

    const me = await client.get<User>('/me?$select=userPrincipalName');

    expect(me.userPrincipalName).toBe(ADMIN.license);
  });

  it('turns the Graph error envelope into a GraphError with code, message, status and request id', async () => {
    const { client } = await clientFor(ADMIN.globalReader);
    const groups = await client.get<GraphCollection<Group>>('/groups?$top=1&$select=id');
    const groupId = groups.value[0]?.id ?? '';

    const failure = await client
      .post(`/groups/${groupId}/assignLicense`, { addLicenses: [], removeLicenses: [] })
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(GraphError);
    expect(failure).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    });
    expect((failure as GraphError).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 404 for an unknown user as Request_ResourceNotFound', async () => {
    const { client } = await clientFor(ADMIN.global);

    await expect(client.get('/users/00000000-0000-0000-0000-000000000000')).rejects.toMatchObject({
      status: 404,
      code: 'Request_ResourceNotFound',
    });
  });

  it('returns the Location of a 202 Accepted group licence change', async () => {
    const { client } = await clientFor(ADMIN.global);
    const groups = await client.get<GraphCollection<Group>>(
      withQuery('/groups', { select: ['id'], filter: filter.eq('securityEnabled', true), top: 1 }),
    );
    const groupId = groups.value[0]?.id ?? '';

    const response = await client.request<Group>(`/groups/${groupId}/assignLicense`, {
      method: 'POST',
      body: { addLicenses: [], removeLicenses: [] },
    });

    expect(response.status).toBe(202);
    expect(response.location).toContain(groupId);
    expect(response.data.id).toBe(groupId);
  });

  it('sends ConsistencyLevel: eventual when asked, which $count needs', async () => {
    const { client } = await clientFor(ADMIN.global);

    await expect(client.get('/users/$count')).rejects.toMatchObject({ status: 400 });
    const count = await client.get<string>('/users/$count', { eventual: true });

    expect(Number(count)).toBeGreaterThan(1000);
  });

  it('renews the token once when the emulator forgot it (after a reset)', async () => {
    const { client, renewals } = await clientFor(ADMIN.global);
    await client.get('/me?$select=id');
    expect(renewals()).toBe(0);

    await resetTenant();
    const me = await client.get<User>('/me?$select=userPrincipalName');

    expect(me.userPrincipalName).toBe(ADMIN.global);
    expect(renewals()).toBe(1);
  });

  it('follows @odata.nextLink page by page and collects every item', async () => {
    const { client } = await clientFor(ADMIN.global);
    const path = withQuery('/users', { select: ['id'], top: 500 });

    const pages: number[] = [];
    for await (const page of streamPages<User>(client, path)) pages.push(page.value.length);
    const all = await collectAll<User>(client, path);
    const firstTwoPages = await collectAll<User>(client, path, { maxItems: 600 });

    expect(pages.length).toBeGreaterThan(1);
    expect(pages.slice(0, -1).every((n) => n === 500)).toBe(true);
    expect(all).toHaveLength(pages.reduce((a, b) => a + b, 0));
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
    expect(firstTwoPages).toHaveLength(600);
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const client = createGraphClient({
      baseUrl: DEFAULT_GRAPH_BASE_URL,
      getToken: () => null,
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });

    await expect(client.get('/me')).rejects.toMatchObject({ status: 0, code: 'NetworkError' });
  });
});
