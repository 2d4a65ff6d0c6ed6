/**
 * The cases of issue #11 in the bad-input table: changes that used to be made and then refused,
 * content types, body size, names that reached the JavaScript prototype, Graph's `in`/`or` limits,
 * Entra's protections, forged tokens, and (through the HTTP server) prefixes, Host, Origin and
 * methods. Every one must answer its 4xx in Graph's envelope and change nothing.
 */
import { ids, json, newGroup, newUser, type BadInput } from './bad-input-kit';
import { skuOf } from './scenario-kit';

const POWER_BI = skuOf('POWER_BI_STANDARD');
const filter = (text: string) => `$filter=${encodeURIComponent(text)}`;
const fiveMegabytes = () => json({ ...newUser, displayName: 'x'.repeat(5 * 1024 * 1024) });
const guids = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `'${String(i).padStart(8, '0')}-0000-4000-8000-000000000000'`,
  ).join(',');

/** Reads the `$select` (and friends) of every GET endpoint with names of `Object.prototype`. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
const SELECT_ENDPOINTS: readonly (readonly [string, () => string])[] = [
  ['/users', () => '/users'],
  ['/users/{id}', () => `/users/${ids.user ?? ''}`],
  ['/me', () => '/me'],
  ['/groups', () => '/groups'],
  ['/groups/{id}', () => `/groups/${ids.licensed ?? ''}`],
  ['/auditLogs/directoryAudits', () => '/auditLogs/directoryAudits'],
  ['/users/{id}/licenseDetails', () => `/users/${ids.user ?? ''}/licenseDetails`],
  ['/groups/{id}/members', () => `/groups/${ids.licensed ?? ''}/members`],
  ['/users/{id}/memberOf', () => `/users/${ids.user ?? ''}/memberOf`],
  [
    '/groups/{id}/membersWithLicenseErrors',
    () => `/groups/${ids.licensed ?? ''}/membersWithLicenseErrors`,
  ],
  ['/subscribedSkus', () => '/subscribedSkus'],
  ['/organization', () => '/organization'],
];

const prototypeCases: BadInput[] = [
  ...SELECT_ENDPOINTS.flatMap(([label, path]) =>
    PROTOTYPE_NAMES.map((name): BadInput => ({
      name: `${label}?$select=${name}`,
      method: 'GET',
      path: () => `${path()}?$select=${name}`,
      status: 400,
      code: 'Request_BadRequest',
      message: /Could not find a property named/,
    })),
  ),
  ...['/users', '/groups', '/auditLogs/directoryAudits'].flatMap((path) => [
    ...PROTOTYPE_NAMES.map((name): BadInput => ({
      name: `${path}?$orderby=${name}`,
      method: 'GET',
      path: () => `${path}?$orderby=${name}`,
      status: 400,
      // `__proto__` is no property name at all (a syntax error); the others name no sortable one.
      code: name.startsWith('_') ? 'Request_BadRequest' : 'Request_UnsupportedQuery',
    })),
    ...PROTOTYPE_NAMES.map((name): BadInput => ({
      name: `${path}?$filter=${name} eq 'x'`,
      method: 'GET',
      path: () => `${path}?${filter(`${name} eq 'x'`)}`,
      status: 400,
      code: 'Request_BadRequest',
      message: /Could not find a property named/,
    })),
  ]),
  {
    name: '$filter on onPremisesExtensionAttributes/constructor',
    method: 'GET',
    path: () => `/users?${filter("onPremisesExtensionAttributes/constructor eq 'x'")}`,
    status: 400,
    code: 'Request_UnsupportedQuery',
  },
  {
    name: '$filter on assignedLicenses/any(x:x/constructor eq ...)',
    method: 'GET',
    path: () => `/users?${filter("assignedLicenses/any(x:x/constructor eq 'x')")}`,
    status: 400,
    code: 'Request_UnsupportedQuery',
  },
  {
    name: '$search on constructor',
    method: 'GET',
    path: () => '/users?$search="constructor:x"',
    headers: { consistencylevel: 'eventual' },
    status: 400,
    code: 'Request_UnsupportedQuery',
  },
];

/** Graph cases: each used to change the tenant first and answer 400 after, or to crash. */
export const ISSUE_11_CASES: readonly BadInput[] = [
  {
    name: '/users?$top=1 with a valid new user',
    method: 'POST',
    path: () => '/users?$top=1',
    body: json(newUser),
    status: 400,
    code: 'Request_UnsupportedQuery',
    message: /\$top/,
  },
  {
    name: '/users?$select=<typo> with a valid new user',
    method: 'POST',
    path: () => '/users?$select=displayNam',
    body: json(newUser),
    status: 400,
    code: 'Request_BadRequest',
    message: /displayNam/,
  },
  {
    name: '/groups?$top=1 with a valid new group',
    method: 'POST',
    path: () => '/groups?$top=1',
    body: json(newGroup),
    status: 400,
    code: 'Request_UnsupportedQuery',
  },
  {
    name: '/groups/{id}/assignLicense?$select=x with a valid licence',
    method: 'POST',
    path: () => `/groups/${ids.unlicensedSecurity ?? ''}/assignLicense?$select=x`,
    body: json({ addLicenses: [{ skuId: POWER_BI, disabledPlans: [] }], removeLicenses: [] }),
    status: 400,
    code: 'Request_BadRequest',
    message: /'x'/,
  },
  {
    name: '/users/{id}/assignLicense?$filter=... with a valid licence',
    method: 'POST',
    path: () => `/users/${ids.user ?? ''}/assignLicense?${filter("displayName eq 'x'")}`,
    body: json({ addLicenses: [{ skuId: POWER_BI, disabledPlans: [] }], removeLicenses: [] }),
    status: 400,
    code: 'Request_UnsupportedQuery',
  },
  {
    name: '/users/{id}?$select=id with a valid change',
    method: 'PATCH',
    path: () => `/users/${ids.user ?? ''}?$select=id`,
    body: json({ department: 'Changed' }),
    status: 400,
    code: 'Request_UnsupportedQuery',
  },
  {
    name: '/users/{id}?$top=1',
    method: 'DELETE',
    path: () => `/users/${ids.user ?? ''}?$top=1`,
    status: 400,
    code: 'Request_UnsupportedQuery',
  },
  // Content types: JSON endpoints take application/json only.
  ...['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', ''].map(
    (type): BadInput => ({
      name: `/users with a valid body sent as '${type || 'no content type'}'`,
      method: 'POST',
      path: () => '/users',
      body: json(newUser),
      headers: { 'content-type': type },
      status: 415,
      code: 'Request_BadRequest',
      message: /supported MIME type/,
    }),
  ),
  {
    name: '/groups/{id}/assignLicense as text/plain',
    method: 'POST',
    path: () => `/groups/${ids.unlicensedSecurity ?? ''}/assignLicense`,
    body: json({ addLicenses: [{ skuId: POWER_BI, disabledPlans: [] }], removeLicenses: [] }),
    headers: { 'content-type': 'text/plain' },
    status: 415,
    code: 'Request_BadRequest',
  },
  // Size: 4 MB at most, counted while reading, and only after the token.
  {
    name: '/users with a 5 MB body',
    method: 'POST',
    path: () => '/users',
    body: fiveMegabytes,
    status: 413,
    code: 'RequestEntityTooLarge',
  },
  {
    name: '/users with a 5 MB body and no token',
    method: 'POST',
    path: () => '/users',
    body: fiveMegabytes,
    as: null,
    status: 401,
    code: 'InvalidAuthenticationToken',
  },
  ...prototypeCases,
  // Graph's limits: 15 values per `in`, 15 clauses per `or`; advanced queries up to 2,048 characters.
  {
    name: '$filter=id in (16 values)',
    method: 'GET',
    path: () => `/users?${filter(`id in (${guids(16)})`)}`,
    status: 400,
    code: 'Request_UnsupportedQuery',
    message: /: 16\. Max allowed: 15\./,
  },
  {
    name: '$filter=id in (1,000 values)',
    method: 'GET',
    path: () =>
      `/users?${filter(`id in (${Array.from({ length: 1000 }, (_, i) => `'x${String(i)}'`).join(',')})`)}`,
    status: 400,
    code: 'Request_UnsupportedQuery',
    message: /Max allowed: 15/,
  },
  {
    name: '$filter with 16 clauses joined by or',
    method: 'GET',
    path: () =>
      `/groups?${filter(Array.from({ length: 16 }, (_, i) => `displayName eq 'g${String(i)}'`).join(' or '))}`,
    status: 400,
    code: 'Request_UnsupportedQuery',
    message: /'OR' operators: 16/,
  },
  {
    name: 'an advanced query longer than 2,048 characters',
    method: 'GET',
    path: () => `/users?$count=true&${filter(`id in (${guids(60)})`)}`,
    headers: { consistencylevel: 'eventual' },
    status: 400,
    code: 'Request_BadRequest',
    message: /2,048/,
  },
  // Entra's protections.
  {
    name: 'the only Global Administrator, deleted by a User Administrator',
    method: 'DELETE',
    path: () => `/users/${ids.globalAdmin ?? ''}`,
    as: 'User Administrator',
    status: 403,
    code: 'Authorization_RequestDenied',
  },
  ...[
    { accountEnabled: false },
    { displayName: 'Renamed' },
    { userPrincipalName: 'renamed@contoso.com' },
    { mobilePhone: '+1 555 0100' },
  ].map((change): BadInput => ({
    name: `the only Global Administrator, ${Object.keys(change).join()} changed by a User Administrator`,
    method: 'PATCH',
    path: () => `/users/${ids.globalAdmin ?? ''}`,
    body: json(change),
    as: 'User Administrator',
    status: 403,
    code: 'Authorization_RequestDenied',
  })),
  {
    name: 'a License Administrator, deleted by a User Administrator',
    method: 'DELETE',
    path: () => `/users/${ids.licenseAdmin ?? ''}`,
    as: 'User Administrator',
    status: 403,
    code: 'Authorization_RequestDenied',
  },
  {
    name: 'a Global Reader, disabled by a User Administrator',
    method: 'PATCH',
    path: () => `/users/${ids.globalReader ?? ''}`,
    body: json({ accountEnabled: false }),
    as: 'User Administrator',
    status: 403,
    code: 'Authorization_RequestDenied',
  },
  {
    name: 'the last Global Administrator, deleted by itself',
    method: 'DELETE',
    path: () => `/users/${ids.globalAdmin ?? ''}`,
    status: 400,
    code: 'Request_BadRequest',
    message: /last Global Administrator/,
  },
  {
    name: 'the last Global Administrator, disabled by itself',
    method: 'PATCH',
    path: () => `/users/${ids.globalAdmin ?? ''}`,
    body: json({ accountEnabled: false }),
    status: 400,
    code: 'Request_BadRequest',
    message: /last Global Administrator/,
  },
  {
    name: 'a role-assignable group, created by a Groups Administrator',
    method: 'POST',
    path: () => '/groups',
    body: json({ ...newGroup, isAssignableToRole: true }),
    as: 'Groups Administrator',
    status: 403,
    code: 'Authorization_RequestDenied',
  },
  // Tokens: only tokens this tenant issued, unexpired.
  {
    name: '/me with a forged token of the current format',
    method: 'GET',
    path: () => '/me',
    headers: { authorization: `Bearer emu1.9999999999.${'A'.repeat(43)}` },
    status: 401,
    code: 'InvalidAuthenticationToken',
  },
  {
    name: '/me with a token of the old predictable format',
    method: 'GET',
    path: () => '/me',
    headers: { authorization: 'Bearer emu.0.3f1c6a2e9d0b4c7fa1e5b8d2c4f6a8e0' },
    status: 401,
    code: 'InvalidAuthenticationToken',
  },
];

/** Through the HTTP server: prefixes, methods, Host, Origin, and control routes. */
export const EXPOSURE_CASES: readonly BadInput[] = [
  {
    name: '/v1.0/anything/_emulator/token (a control route under a Graph path)',
    method: 'POST',
    path: () => '/v1.0/anything/_emulator/token',
    raw: true,
    body: json({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
    as: null,
    status: 400,
    code: 'Request_BadRequest',
    message: /segment 'anything'/,
  },
  {
    name: '/x/_emulator/reset (a control route under another prefix)',
    method: 'POST',
    path: () => '/x/_emulator/reset',
    raw: true,
    body: json({ seed: 'empty' }),
    as: null,
    status: 400,
    code: 'Request_BadRequest',
  },
  {
    name: '/x/v1.0/users (Graph under another prefix)',
    method: 'GET',
    path: () => '/x/v1.0/users',
    raw: true,
    status: 400,
    code: 'Request_BadRequest',
  },
  ...['text/plain', ''].map((type): BadInput => ({
    name: `/_emulator/token as '${type || 'no content type'}' (a simple cross-site request)`,
    method: 'POST',
    path: () => '/_emulator/token',
    raw: true,
    body: json({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
    headers: { 'content-type': type },
    as: null,
    status: 415,
    code: 'Request_BadRequest',
  })),
  {
    name: '/_emulator/reset as text/plain',
    method: 'POST',
    path: () => '/_emulator/reset',
    raw: true,
    body: json({ seed: 'empty' }),
    headers: { 'content-type': 'text/plain' },
    as: null,
    status: 415,
    code: 'Request_BadRequest',
  },
  ...['https://evil.example', 'null', 'http://127.0.0.1:5174'].map((origin): BadInput => ({
    name: `/_emulator/reset from origin ${origin}`,
    method: 'POST',
    path: () => '/_emulator/reset',
    raw: true,
    body: json({ seed: 'empty' }),
    headers: { origin },
    as: null,
    status: 403,
    code: 'Authorization_RequestDenied',
    message: /origin/,
  })),
  {
    name: '/users from a page on another origin, with a token',
    method: 'POST',
    path: () => '/users',
    body: json(newUser),
    headers: { origin: 'https://evil.example' },
    status: 403,
    code: 'Authorization_RequestDenied',
  },
  ...['evil.example', 'rebound.attacker.example:4010', '127.0.0.1.nip.io:4010'].map(
    (host): BadInput => ({
      name: `/_emulator/token for Host '${host}' (DNS rebinding)`,
      method: 'POST',
      path: () => '/_emulator/token',
      raw: true,
      body: json({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
      headers: { host },
      as: null,
      status: 403,
      code: 'Authorization_RequestDenied',
      message: /host/,
    }),
  ),
  ...['TRACE', 'PROPFIND', 'SEARCH'].map((method): BadInput => ({
    name: '/users',
    method,
    path: () => '/users',
    status: 405,
    code: 'Request_BadRequest',
  })),
  {
    name: '/users/{id}/assignLicense',
    method: 'GET',
    path: () => `/users/${ids.user ?? ''}/assignLicense`,
    status: 405,
    code: 'Request_BadRequest',
  },
];
