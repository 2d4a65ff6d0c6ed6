/**
 * Bad input, endpoint by endpoint: every malformed body, bad GUID, unknown id, missing parameter,
 * invalid rule or unsupported query gets a 4xx in Graph's envelope with Graph's code, and the
 * tenant is unchanged afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skuOf } from './scenario-kit';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;
const ids: Record<string, string> = {};
const MISSING = '00000000-0000-4000-8000-000000000000';
const E3 = skuOf('ENTERPRISEPACK');
const json = (value: unknown) => JSON.stringify(value);
const newUser = { accountEnabled: true, displayName: 'Bad Input', mailNickname: 'badinput', userPrincipalName: 'bad.input@contoso.com', passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' } };
const newGroup = { displayName: 'Bad input group', mailEnabled: false, mailNickname: 'badinputgroup', securityEnabled: true };

type Case = readonly [name: string, method: string, path: () => string, body: string | undefined, status: number, code: string, message?: RegExp];

const CASES: readonly Case[] = [
  ['POST /users without a body', 'POST', () => '/users', undefined, 400, 'Request_BadRequest', /Empty Payload/],
  ['POST /users with malformed JSON', 'POST', () => '/users', '{"displayName": ', 400, 'Request_BadRequest', /Unable to read JSON/],
  ['POST /users with an array', 'POST', () => '/users', '[]', 400, 'Request_BadRequest'],
  ['POST /users without passwordProfile', 'POST', () => '/users', json({ ...newUser, passwordProfile: undefined }), 400, 'Request_BadRequest', /passwordProfile/],
  ['POST /users with a bad userPrincipalName', 'POST', () => '/users', json({ ...newUser, userPrincipalName: 'no-at-sign' }), 400, 'Request_BadRequest', /userPrincipalName/],
  ['POST /users with a taken userPrincipalName', 'POST', () => '/users', json({ ...newUser, userPrincipalName: 'alex.wilber@contoso.com' }), 400, 'Request_BadRequest', /same value for property userPrincipalName/],
  ['POST /users with an unknown property', 'POST', () => '/users', json({ ...newUser, shoeSize: 44 }), 400, 'Request_BadRequest', /does not exist on type 'microsoft.graph.user'/],
  ['POST /users setting assignedLicenses', 'POST', () => '/users', json({ ...newUser, assignedLicenses: [] }), 400, 'Request_BadRequest', /read-only/],
  ['POST /users with usageLocation USA', 'POST', () => '/users', json({ ...newUser, usageLocation: 'USA' }), 400, 'Request_BadRequest', /usageLocation/],
  ['POST /users with accountEnabled "yes"', 'POST', () => '/users', json({ ...newUser, accountEnabled: 'yes' }), 400, 'Request_BadRequest', /accountEnabled/],
  ['POST /users with extensionAttribute16', 'POST', () => '/users', json({ ...newUser, onPremisesExtensionAttributes: { extensionAttribute16: 'x' } }), 400, 'Request_BadRequest'],
  ['GET /users/{unknown}', 'GET', () => `/users/${MISSING}`, undefined, 404, 'Request_ResourceNotFound', /does not exist/],
  ['PATCH /users/{unknown}', 'PATCH', () => `/users/${MISSING}`, json({ department: 'x' }), 404, 'Request_ResourceNotFound'],
  ['PATCH /users/{id} setting proxyAddresses', 'PATCH', () => `/users/${ids.user ?? ''}`, json({ proxyAddresses: [] }), 400, 'Request_BadRequest', /read-only/],
  ['PATCH /users/{id} to a taken UPN', 'PATCH', () => `/users/${ids.user ?? ''}`, json({ userPrincipalName: 'alexander.wilber@contoso.com' }), 400, 'Request_BadRequest'],
  ['DELETE /users/{unknown}', 'DELETE', () => `/users/${MISSING}`, undefined, 404, 'Request_ResourceNotFound'],
  ['assignLicense without addLicenses', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ removeLicenses: [] }), 400, 'Request_BadRequest', /The missing parameters are: addLicenses\./],
  ['assignLicense with a malformed skuId', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [{ skuId: 'not-a-guid', disabledPlans: [] }], removeLicenses: [] }), 400, 'Request_BadRequest', /Edm.Guid/],
  ['assignLicense with a malformed removeLicenses item', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [], removeLicenses: ['x'] }), 400, 'Request_BadRequest', /Edm.Guid/],
  ['assignLicense with "SkuId"', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [{ SkuId: E3 }], removeLicenses: [] }), 400, 'Request_BadRequest', /SkuId/],
  ['assignLicense of a SKU the tenant does not own', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [{ skuId: skuOf('EMSPREMIUM'), disabledPlans: [] }], removeLicenses: [] }), 400, 'Request_BadRequest', /does not correspond to a valid company License/],
  ['assignLicense disabling a plan of another SKU', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [{ skuId: skuOf('POWER_BI_STANDARD'), disabledPlans: [MISSING] }], removeLicenses: [] }), 400, 'Request_BadRequest'],
  ['assignLicense removing a SKU the user lacks', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [], removeLicenses: [skuOf('VISIOCLIENT')] }), 400, 'Request_BadRequest'],
  ['assignLicense with no seats left', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [{ skuId: skuOf('MCOMEETADV'), disabledPlans: [] }], removeLicenses: [] }), 400, 'Request_BadRequest', /does not have any available licenses/],
  ['assignLicense on an unknown user', 'POST', () => `/users/${MISSING}/assignLicense`, json({ addLicenses: [], removeLicenses: [] }), 404, 'Request_ResourceNotFound'],
  ['reprocess on an unknown user', 'POST', () => `/users/${MISSING}/reprocessLicenseAssignment`, undefined, 404, 'Request_ResourceNotFound'],
  ['POST /groups without mailNickname', 'POST', () => '/groups', json({ ...newGroup, mailNickname: undefined }), 400, 'Request_BadRequest', /mailNickname/],
  ['POST /groups with an invalid rule', 'POST', () => '/groups', json({ ...newGroup, groupTypes: ['DynamicMembership'], membershipRule: '(user.department -eq "Sales"' }), 400, 'Request_BadRequest', /Dynamic membership rule validation error/],
  ['POST /groups with a rule too long', 'POST', () => '/groups', json({ ...newGroup, groupTypes: ['DynamicMembership'], membershipRule: `user.department -eq "${'x'.repeat(3100)}"` }), 400, 'Request_BadRequest'],
  ['POST /groups dynamic without a rule', 'POST', () => '/groups', json({ ...newGroup, groupTypes: ['DynamicMembership'] }), 400, 'Request_BadRequest', /membershipRule/],
  ['POST /groups with a rule but not dynamic', 'POST', () => '/groups', json({ ...newGroup, membershipRule: 'user.department -eq "Sales"' }), 400, 'Request_BadRequest', /membershipRule/],
  ['POST /groups mail-enabled security group', 'POST', () => '/groups', json({ ...newGroup, mailEnabled: true }), 400, 'Request_BadRequest', /mailEnabled/],
  ['POST /groups with an unknown group type', 'POST', () => '/groups', json({ ...newGroup, groupTypes: ['Distribution'] }), 400, 'Request_BadRequest', /groupTypes/],
  ['PATCH /groups/{id} setting assignedLicenses', 'PATCH', () => `/groups/${ids.licensed ?? ''}`, json({ assignedLicenses: [] }), 400, 'Request_BadRequest', /read-only/],
  ['PATCH /groups/{id} with a bad processing state', 'PATCH', () => `/groups/${ids.dynamic ?? ''}`, json({ membershipRuleProcessingState: 'Stopped' }), 400, 'Request_BadRequest'],
  ['PATCH /groups/{id} making a licensed group non-security', 'PATCH', () => `/groups/${ids.licensed ?? ''}`, json({ securityEnabled: false, displayName: 'Renamed' }), 400, 'Request_BadRequest'],
  ['DELETE /groups/{id} of a licensed group', 'DELETE', () => `/groups/${ids.licensed ?? ''}`, undefined, 400, 'Request_BadRequest'],
  ['DELETE /groups/{unknown}', 'DELETE', () => `/groups/${MISSING}`, undefined, 404, 'Request_ResourceNotFound'],
  ['members/$ref without @odata.id', 'POST', () => `/groups/${ids.licensed ?? ''}/members/$ref`, json({}), 400, 'Request_BadRequest'],
  ['members/$ref with a bad URL', 'POST', () => `/groups/${ids.licensed ?? ''}/members/$ref`, json({ '@odata.id': 'nonsense' }), 400, 'Request_BadRequest'],
  ['members/$ref of an unknown object', 'POST', () => `/groups/${ids.licensed ?? ''}/members/$ref`, json({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${MISSING}` }), 404, 'Request_ResourceNotFound'],
  ['members/$ref of an existing member', 'POST', () => `/groups/${ids.licensed ?? ''}/members/$ref`, json({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${ids.member ?? ''}` }), 400, 'Request_BadRequest'],
  ['members/$ref on a dynamic group', 'POST', () => `/groups/${ids.dynamic ?? ''}/members/$ref`, json({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${ids.user ?? ''}` }), 400, 'Request_BadRequest'],
  ['removing a non-member', 'DELETE', () => `/groups/${ids.licensed ?? ''}/members/${MISSING}/$ref`, undefined, 404, 'Request_ResourceNotFound'],
  ['group assignLicense on a group that is not security-enabled', 'POST', () => `/groups/${ids.unified ?? ''}/assignLicense`, json({ addLicenses: [{ skuId: E3, disabledPlans: [] }], removeLicenses: [] }), 400, 'Request_BadRequest', /security-enabled/],
  ['group assignLicense without removeLicenses', 'POST', () => `/groups/${ids.licensed ?? ''}/assignLicense`, json({ addLicenses: [] }), 400, 'Request_BadRequest', /removeLicenses/],
  ['group assignLicense of an add-on without its prerequisite', 'POST', () => `/groups/${ids.unlicensedSecurity ?? ''}/assignLicense`, json({ addLicenses: [{ skuId: skuOf('MCOMEETADV'), disabledPlans: [] }], removeLicenses: [] }), 400, 'Request_BadRequest', /requires/],
  ['group assignLicense on an unknown group', 'POST', () => `/groups/${MISSING}/assignLicense`, json({ addLicenses: [], removeLicenses: [] }), 404, 'Request_ResourceNotFound'],
  ['group reprocess on an unknown group', 'POST', () => `/groups/${MISSING}/reprocessLicenseAssignment`, undefined, 404, 'Request_ResourceNotFound'],
  ['$filter with a syntax error', 'GET', () => `/users?$filter=${encodeURIComponent("displayName eq 'x")}`, undefined, 400, 'Request_BadRequest', /Invalid filter clause/],
  ['$filter on an unknown property', 'GET', () => `/users?$filter=${encodeURIComponent("shoeSize eq '44'")}`, undefined, 400, 'Request_BadRequest', /shoeSize/],
  ['$filter with an unsupported function', 'GET', () => `/users?$filter=${encodeURIComponent("contains(displayName,'a')")}`, undefined, 400, 'Request_UnsupportedQuery'],
  ['$filter ne without advanced query', 'GET', () => `/users?$filter=${encodeURIComponent("department ne 'Sales'")}`, undefined, 400, 'Request_UnsupportedQuery'],
  ['$filter with a lambda on a scalar', 'GET', () => `/users?$filter=${encodeURIComponent("displayName/any(x:x eq 'a')")}`, undefined, 400, 'Request_UnsupportedQuery'],
  ['$filter comparing skuId (Edm.Guid) with a quoted string', 'GET', () => `/users?$filter=${encodeURIComponent("assignedLicenses/any(x:x/skuId eq 'ENTERPRISEPACK')")}`, undefined, 400, 'Request_BadRequest', /incompatible types was detected\. Found operand types 'Edm\.Guid' and 'Edm\.String' for operator kind 'Equal'\./],
  ['$filter comparing a group skuId with a quoted string', 'GET', () => `/groups?$filter=${encodeURIComponent("assignedLicenses/any(x:x/skuId eq '6fd2c87f')")}`, undefined, 400, 'Request_BadRequest', /'Edm\.Guid' and 'Edm\.String'/],
  ['$filter comparing servicePlanId with a quoted string', 'GET', () => `/users?$filter=${encodeURIComponent("assignedPlans/any(x:x/servicePlanId eq 'EXCHANGE_S_ENTERPRISE')")}`, undefined, 400, 'Request_BadRequest', /'Edm\.Guid' and 'Edm\.String'/],
  ['$filter comparing id (Edm.String) with a bare GUID', 'GET', () => `/users?$filter=${encodeURIComponent(`id eq ${MISSING}`)}`, undefined, 400, 'Request_BadRequest', /Found operand types 'Edm\.String' and 'Edm\.Guid' for operator kind 'Equal'\./],
  ['$filter id in (...) with a bare GUID', 'GET', () => `/groups?$filter=${encodeURIComponent(`id in ('${MISSING}', ${MISSING})`)}`, undefined, 400, 'Request_BadRequest', /'Edm\.String' and 'Edm\.Guid'/],
  ['$filter ge on a string property with a bare GUID', 'GET', () => `/users?$filter=${encodeURIComponent(`displayName ge ${MISSING}`)}`, undefined, 400, 'Request_BadRequest', /for operator kind 'GreaterThanOrEqual'/],
  ['$filter on an extension attribute with a bare GUID', 'GET', () => `/users?$filter=${encodeURIComponent(`onPremisesExtensionAttributes/extensionAttribute1 eq ${MISSING}`)}`, undefined, 400, 'Request_BadRequest', /'Edm\.String' and 'Edm\.Guid'/],
  ['$filter startswith with a bare GUID', 'GET', () => `/users?$filter=${encodeURIComponent(`startswith(displayName, ${MISSING})`)}`, undefined, 400, 'Request_BadRequest', /No function signature for the function with name 'startswith'/],
  ['$filter on audit targets with a bare GUID', 'GET', () => `/auditLogs/directoryAudits?$filter=${encodeURIComponent(`targetResources/any(t:t/id eq ${MISSING})`)}`, undefined, 400, 'Request_BadRequest', /'Edm\.String' and 'Edm\.Guid'/],
  ['$top=0', 'GET', () => '/users?$top=0', undefined, 400, 'Request_BadRequest', /page size/],
  ['$top=abc', 'GET', () => '/users?$top=abc', undefined, 400, 'Request_BadRequest'],
  ['$select of an unknown property', 'GET', () => '/users?$select=shoeSize', undefined, 400, 'Request_BadRequest', /shoeSize/],
  ['$orderby an unsortable property', 'GET', () => '/users?$orderby=department', undefined, 400, 'Request_UnsupportedQuery'],
  ['$expand', 'GET', () => '/users?$expand=manager', undefined, 400, 'Request_UnsupportedQuery'],
  ['$count=maybe', 'GET', () => '/users?$count=maybe', undefined, 400, 'Request_BadRequest'],
  ['$count without ConsistencyLevel', 'GET', () => '/users?$count=true', undefined, 400, 'Request_BadRequest'],
  ['a forged $skiptoken', 'GET', () => '/users?$skiptoken=forged', undefined, 400, 'Request_BadRequest'],
  ['$filter nested too deeply', 'GET', () => `/users?$filter=${encodeURIComponent('('.repeat(500))}`, undefined, 400, 'Request_BadRequest', /nested/],
  ['$filter with an impossible date', 'GET', () => `/users?$filter=${encodeURIComponent('createdDateTime ge 2026-13-45T99:00:00Z')}`, undefined, 400, 'Request_BadRequest'],
  ['assignLicense with disabledPlans not a list', 'POST', () => `/users/${ids.user ?? ''}/assignLicense`, json({ addLicenses: [{ skuId: E3, disabledPlans: 'x' }], removeLicenses: [] }), 400, 'Request_BadRequest', /disabledPlans/],
  ['a malformed percent-encoding in the path', 'GET', () => '/users/%E0%A4%A', undefined, 400, 'Request_BadRequest'],
  ['an unknown segment', 'GET', () => '/unicorns', undefined, 400, 'Request_BadRequest', /segment 'unicorns'/],
  ['an unsupported method', 'PUT', () => `/users/${ids.user ?? ''}`, json({}), 405, 'Request_BadRequest'],
];

beforeAll(async () => {
  h = await startHarness('default');
  const find = async (kind: string, filter: string) => {
    const { json: body } = await h.raw('GET', `/${kind}?$filter=${encodeURIComponent(filter)}&$select=id`);
    return (body.value as { id: string }[])[0]?.id ?? '';
  };
  ids.user = await find('users', "userPrincipalName eq 'alex.wilber@contoso.com'");
  ids.licensed = await find('groups', "displayName eq 'Kiosk users'");
  ids.dynamic = await find('groups', "displayName eq 'EMS licensed users'");
  ids.unified = await find('groups', "displayName eq 'Marketing Team'");
  ids.unlicensedSecurity = await find('groups', "displayName eq 'Finance leadership'");
  const members = await h.raw('GET', `/groups/${ids.licensed}/members?$top=1`);
  ids.member = (members.json.value as { id: string }[])[0]?.id ?? '';
});
afterAll(async () => { await h.close(); });

describe('bad input', () => {
  const table = CASES.map(([name, method, path, body, status, code, message]) => ({ name, method, path, body, status, code, message }));
  it.each(table)('$name', async ({ method, path, body, status, code, message }) => {
    const store = h.server.emulator.store;
    const before = { version: store.version, audit: store.audit.size };
    const response = await h.raw(method, path(), body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } });
    expect(response.status, JSON.stringify(response.json)).toBe(status);
    assertGraphError(response.json, code);
    if (message) expect((response.json.error as { message: string }).message).toMatch(message);
    expect({ version: store.version, audit: store.audit.size }).toEqual(before);
  });

  it.each([
    ['token for a user who is not an admin', 'POST', '/token', { userPrincipalName: 'alex.wilber@contoso.com' }, 400],
    ['token for an unknown user', 'POST', '/token', { userPrincipalName: 'nobody@contoso.com' }, 404],
    ['reset to an unknown seed', 'POST', '/reset', { seed: 'huge' }, 400],
    ['clock advance by months', 'POST', '/clock', { advance: 'P1M' }, 400],
    ['clock advance past the end of time', 'POST', '/clock', { advance: 'P99999999999D' }, 400],
    ['subscription of an unknown product', 'POST', '/subscriptions', { skuPartNumber: 'UNICORN', prepaidUnits: { enabled: 1 } }, 400],
    ['subscription with negative units', 'POST', '/subscriptions', { skuPartNumber: 'EMSPREMIUM', prepaidUnits: { enabled: -1 } }, 400],
    ['units of an unknown subscription', 'PATCH', `/subscriptions/${MISSING}`, { prepaidUnits: { enabled: 1 } }, 404],
    ['a service plan without a GUID', 'POST', `/subscriptions/${E3}/servicePlans`, { servicePlanId: 'x', servicePlanName: 'X' }, 400],
  ] as const)('control API: %s', async (_name, method, path, body, status) => {
    const store = h.server.emulator.store;
    const before = store.version;
    const response = await h.control(method, path, body);
    expect(response.status).toBe(status);
    assertGraphError(response.json, status === 404 ? 'Request_ResourceNotFound' : 'Request_BadRequest');
    expect(store.version).toBe(before);
  });
});
