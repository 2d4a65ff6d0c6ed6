/**
 * Bad input, endpoint by endpoint: every malformed body, bad GUID, unknown id, missing parameter,
 * invalid rule, unsupported query, refused exposure and Entra protection answers a 4xx in Graph's
 * envelope with Graph's code, and leaves the whole tenant exactly as it was (a SHA-256 of the
 * saved tenant before and after every refused request).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CASES } from './bad-input-cases';
import { EXPOSURE_CASES, ISSUE_11_CASES } from './bad-input-issue-11';
import { E3, ids, MISSING, send, tenantDigest, type BadInput } from './bad-input-kit';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
  const find = async (kind: string, filter: string) => {
    const { json: body } = await h.raw(
      'GET',
      `/${kind}?$filter=${encodeURIComponent(filter)}&$select=id`,
    );
    return (body.value as { id: string }[])[0]?.id ?? '';
  };
  ids.user = await find('users', "userPrincipalName eq 'alex.wilber@contoso.com'");
  ids.globalAdmin = await find('users', "userPrincipalName eq 'admin@contoso.onmicrosoft.com'");
  ids.licenseAdmin = await find(
    'users',
    "userPrincipalName eq 'license.admin@contoso.onmicrosoft.com'",
  );
  ids.globalReader = await find(
    'users',
    "userPrincipalName eq 'global.reader@contoso.onmicrosoft.com'",
  );
  ids.licensed = await find('groups', "displayName eq 'Kiosk users'");
  ids.dynamic = await find('groups', "displayName eq 'EMS licensed users'");
  ids.unified = await find('groups', "displayName eq 'Marketing Team'");
  ids.unlicensedSecurity = await find('groups', "displayName eq 'Finance leadership'");
  const members = await h.raw('GET', `/groups/${ids.licensed}/members?$top=1`);
  ids.member = (members.json.value as { id: string }[])[0]?.id ?? '';
  // Every token the table uses, issued before the first digest (issuing one changes the tenant).
  for (const upn of [
    'admin@contoso.onmicrosoft.com',
    'user.admin@contoso.onmicrosoft.com',
    'groups.admin@contoso.onmicrosoft.com',
    'license.admin@contoso.onmicrosoft.com',
    'global.reader@contoso.onmicrosoft.com',
  ])
    await h.token(upn);
});
afterAll(async () => {
  await h.close();
});

const TABLE: readonly BadInput[] = [...BASE_CASES, ...ISSUE_11_CASES, ...EXPOSURE_CASES];

describe(`bad input (${String(TABLE.length)} refused requests)`, () => {
  it.each(TABLE.map((item) => ({ ...item, title: `${item.method} ${item.name}` })))(
    '$title',
    async (item) => {
      const store = h.server.emulator.store;
      const before = tenantDigest(store);
      const response = await send(h, item);
      expect(response.status, response.text.slice(0, 300)).toBe(item.status);
      assertGraphError(response.json, item.code);
      if (item.message)
        expect((response.json.error as { message: string }).message).toMatch(item.message);
      expect(h.server.emulator.store).toBe(store);
      expect(tenantDigest(store)).toBe(before);
    },
  );

  it.each([
    [
      'token for a user who is not an admin',
      'POST',
      '/token',
      { userPrincipalName: 'alex.wilber@contoso.com' },
      400,
    ],
    [
      'token for an unknown user',
      'POST',
      '/token',
      { userPrincipalName: 'nobody@contoso.com' },
      404,
    ],
    ['reset to an unknown seed', 'POST', '/reset', { seed: 'huge' }, 400],
    ['clock advance by months', 'POST', '/clock', { advance: 'P1M' }, 400],
    ['clock advance past the end of time', 'POST', '/clock', { advance: 'P99999999999D' }, 400],
    [
      'subscription of an unknown product',
      'POST',
      '/subscriptions',
      { skuPartNumber: 'UNICORN', prepaidUnits: { enabled: 1 } },
      400,
    ],
    [
      'subscription with negative units',
      'POST',
      '/subscriptions',
      { skuPartNumber: 'EMSPREMIUM', prepaidUnits: { enabled: -1 } },
      400,
    ],
    [
      'units of an unknown subscription',
      'PATCH',
      `/subscriptions/${MISSING}`,
      { prepaidUnits: { enabled: 1 } },
      404,
    ],
    [
      'a service plan without a GUID',
      'POST',
      `/subscriptions/${E3}/servicePlans`,
      { servicePlanId: 'x', servicePlanName: 'X' },
      400,
    ],
  ] as const)('control API: %s', async (_name, method, path, body, status) => {
    const store = h.server.emulator.store;
    const before = tenantDigest(store);
    const response = await h.control(method, path, body);
    expect(response.status).toBe(status);
    assertGraphError(
      response.json,
      status === 404 ? 'Request_ResourceNotFound' : 'Request_BadRequest',
    );
    expect(tenantDigest(store)).toBe(before);
  });
});
