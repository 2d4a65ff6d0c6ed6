/**
 * The official Graph SDK against the HTTPS emulator, configured only as its documentation says:
 * an authentication provider that returns the token, the emulator's address as `baseUrl` and its
 * host name in `customHosts` (the SDK sends the token only to https Graph or custom hosts); no
 * custom middleware. Run by `sdk-https.test.ts` in a Node process started with
 * `NODE_EXTRA_CA_CERTS` set to the emulator's certificate authority; prints its findings as JSON.
 */
import { Client, GraphError, PageIterator } from '@microsoft/microsoft-graph-client';
import { emulatorToken } from '../../server/control-client';

const origin = process.env.EMULATOR_ORIGIN ?? '';
const groupId = process.env.EMULATOR_GROUP ?? '';
const skuId = process.env.EMULATOR_SKU ?? '';

interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

const signIn = () => emulatorToken(origin, 'admin@contoso.onmicrosoft.com');

async function failure(run: () => Promise<unknown>) {
  try {
    await run();
    return null;
  } catch (error) {
    if (!(error instanceof GraphError)) return { graphError: false, message: String(error) };
    return {
      graphError: true,
      statusCode: error.statusCode,
      code: error.code,
      message: error.message,
      requestId: error.requestId,
    };
  }
}

const token = await signIn();
const client = Client.initWithMiddleware({
  authProvider: { getAccessToken: () => Promise.resolve(token) },
  baseUrl: origin,
  customHosts: new Set([new URL(origin).hostname]),
});

const selected = (await client
  .api('/users')
  .select(['id', 'displayName'])
  .filter("startswith(displayName,'A')")
  .top(5)
  .get()) as Page<Record<string, unknown>>;

const first = (await client.api('/users').select('id').top(1).get()) as Page<{ id: string }>;
const ids: string[] = [];
const iterator = new PageIterator(client, first, (user: { id: string }) => {
  ids.push(user.id);
  return true;
});
await iterator.iterate();

const assigned = (await client
  .api(`/groups/${groupId}/assignLicense`)
  .post({ addLicenses: [{ skuId, disabledPlans: [] }], removeLicenses: [] })) as {
  id: string;
};

const notFound = await failure(() =>
  client.api('/users/00000000-0000-4000-8000-000000000000').get(),
);
const badFilter = await failure(() => client.api('/users').filter("displayName eq 'x").get());

console.log(
  JSON.stringify({
    selected,
    pages: ids.length,
    distinct: new Set(ids).size,
    assigned,
    notFound,
    badFilter,
  }),
);
