/**
 * `$batch` cases of the bad-input table: batches refused whole. Each holds a change (a PATCH of a
 * user, a new group) that must not run when the batch is refused, so the tenant digest proves
 * nothing ran. Parts refused one by one (403, 400, 424) are in `batch.test.ts`.
 */
import { ids, json, newGroup, type BadInput } from './bad-input-kit';

const patch = (id: string) => ({
  id,
  method: 'PATCH',
  url: `/users/${ids.user ?? ''}`,
  headers: { 'Content-Type': 'application/json' },
  body: { jobTitle: 'Batch must not run' },
});
const create = (id: string) => ({
  id,
  method: 'POST',
  url: '/groups',
  headers: { 'Content-Type': 'application/json' },
  body: newGroup,
});
const batch = (requests: unknown[]) => () => json({ requests });

const refused = (name: string, body: () => string, message: RegExp): BadInput => ({
  name: `$batch: ${name}`,
  method: 'POST',
  path: () => '/$batch',
  body,
  status: 400,
  code: 'BadRequest',
  message,
});

export const BATCH_CASES: readonly BadInput[] = [
  refused(
    '21 requests',
    batch([patch('0'), ...Array.from({ length: 20 }, (_, i) => create(String(i + 1)))]),
    /^Number of requests inside batch exceeds the limit/,
  ),
  refused('no requests', batch([]), /'requests' must be an array/),
  refused('not JSON', () => '{"requests": [', /^Invalid batch payload format\.$/),
  refused(
    'no requests array',
    () => json({ request: [patch('1')] }),
    /^Invalid batch payload format\.$/,
  ),
  refused(
    'a request that is not an object',
    batch([patch('1'), 'GET /me']),
    /^Invalid batch payload format\.$/,
  ),
  refused(
    'ids equal but for case',
    batch([patch('a'), create('A')]),
    /Request Id A has to be unique in a batch/,
  ),
  refused(
    'an id that is a number',
    batch([patch('1'), { ...create('2'), id: 2 }]),
    /request 2 has no 'id'/,
  ),
  refused(
    'a url with a host',
    batch([patch('1'), { ...create('2'), url: 'https://graph.microsoft.com/v1.0/groups' }]),
    /not a relative URL/,
  ),
  ...(
    [
      ['/../_emulator/reset', { seed: 'empty' }],
      ['/%2e%2e/_emulator/token', { userPrincipalName: 'admin@contoso.onmicrosoft.com' }],
    ] as const
  ).map(([url, body]) =>
    refused(
      `a url that climbs out of /v1.0 to the control API (${url})`,
      batch([patch('1'), { ...create('2'), url, body }]),
      /not a relative URL/,
    ),
  ),
  refused(
    'a method that is not a word',
    batch([patch('1'), { ...create('2'), method: 'PO ST' }]),
    /^Invalid batch payload format\.$/,
  ),
  refused(
    'a header value with a line break',
    batch([
      patch('1'),
      { ...create('2'), headers: { 'Content-Type': 'application/json', 'X-Note': 'a\r\nb' } },
    ]),
    /^Invalid batch payload format\.$/,
  ),
  refused(
    'a body without Content-Type',
    batch([patch('1'), { ...create('2'), headers: {} }]),
    /has a body but no 'Content-Type'/,
  ),
  refused(
    'a body that is not base64 text',
    batch([patch('1'), { ...create('2'), body: '%%%' }]),
    /^Invalid batch payload format\.$/,
  ),
  refused(
    'dependsOn an id not in the batch',
    batch([patch('1'), { ...create('2'), dependsOn: ['3'] }]),
    /names '3', which is not in the batch/,
  ),
  refused(
    'dependsOn that is not a list',
    batch([patch('1'), { ...create('2'), dependsOn: '1' }]),
    /must be an array of ids/,
  ),
  refused(
    'a dependsOn cycle',
    batch([
      { ...patch('1'), dependsOn: ['2'] },
      { ...create('2'), dependsOn: ['1'] },
    ]),
    /makes a cycle/,
  ),
  {
    name: '$batch without a token',
    method: 'POST',
    path: () => '/$batch',
    body: batch([patch('1')]),
    as: null,
    status: 401,
    code: 'InvalidAuthenticationToken',
  },
  {
    name: '$batch as text/plain',
    method: 'POST',
    path: () => '/$batch',
    body: batch([patch('1')]),
    headers: { 'content-type': 'text/plain' },
    status: 415,
    code: 'Request_BadRequest',
  },
  {
    name: '$batch with GET',
    method: 'GET',
    path: () => '/$batch',
    status: 405,
    code: 'Request_BadRequest',
  },
];
