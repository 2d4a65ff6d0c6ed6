/**
 * `signInActivity` on users (issue #15, item 3): returned only on `$select`, filtered with the
 * forms Graph documents (`eq`, `ne`, `ge`, `le`, and `not` in an advanced query) and never beside
 * another property; the seeds carry a spread of active, inactive and never-signed-in users.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCollection, assertGraphError, startHarness, type Harness } from './support';

interface SignInActivity {
  lastSignInDateTime: string | null;
  lastNonInteractiveSignInDateTime: string | null;
  lastSuccessfulSignInDateTime: string | null;
}
interface User {
  id: string;
  accountEnabled?: boolean;
  signInActivity?: SignInActivity | null;
  assignedLicenses?: unknown[];
}

/** The default seed's day (2026-11-01T09:00:00Z) less 30 days. */
const CUTOFF = '2026-10-02T09:00:00Z';
const DAY = 86_400_000;
const SEED_NOW = Date.UTC(2026, 10, 1, 9, 0, 0);

let h: Harness;
beforeAll(async () => {
  h = await startHarness('default');
});
afterAll(async () => {
  await h.close();
});

async function everyUser(query: string): Promise<User[]> {
  const users: User[] = [];
  let page = await h.raw('GET', `/users?${query}&$top=999`);
  expect(page.status, JSON.stringify(page.json)).toBe(200);
  for (;;) {
    assertCollection('microsoft.graph.user', page.json);
    users.push(...(page.json.value as User[]));
    const next = page.json['@odata.nextLink'];
    if (typeof next !== 'string') return users;
    const url = new URL(next);
    page = await h.raw('GET', `${url.pathname.replace('/v1.0', '')}${url.search}`);
  }
}

const filter = (text: string) => `$filter=${encodeURIComponent(text)}`;

describe('signInActivity', () => {
  it('is never returned by default, only on $select, with the three date-times', async () => {
    const plain = await h.raw('GET', '/users?$top=5');
    expect((plain.json.value as User[])[0]).not.toHaveProperty('signInActivity');
    const selected = await h.raw('GET', '/users?$top=5&$select=id,signInActivity');
    const first = (selected.json.value as User[])[0];
    expect(Object.keys(first?.signInActivity ?? {})).toEqual(
      expect.arrayContaining([
        'lastSignInDateTime',
        'lastNonInteractiveSignInDateTime',
        'lastSuccessfulSignInDateTime',
      ]),
    );
    const one = await h.raw('GET', `/users/${first?.id ?? ''}?$select=signInActivity`);
    expect(one.json.signInActivity).toEqual(first?.signInActivity);
  });

  it('filters by last sign-in (le, ge) and the seed has a realistic spread', async () => {
    const all = await everyUser('$select=id,accountEnabled,signInActivity');
    const at = (u: User) => u.signInActivity?.lastSignInDateTime ?? null;
    const never = all.filter((u) => at(u) === null);
    const old = all.filter((u) => at(u) !== null && Date.parse(at(u) ?? '') <= Date.parse(CUTOFF));
    const recent = all.filter(
      (u) => at(u) !== null && Date.parse(at(u) ?? '') >= Date.parse(CUTOFF),
    );
    // Active, inactive 30-180 days, never signed in, disabled: each a real share of ~2,000 people.
    expect(recent.length).toBeGreaterThan(all.length * 0.6);
    expect(old.length).toBeGreaterThan(all.length * 0.1);
    expect(never.length).toBeGreaterThan(20);
    const between = old.filter((u) => SEED_NOW - Date.parse(at(u) ?? '') <= 180 * DAY);
    expect(between.length).toBeGreaterThan(100);
    expect(all.filter((u) => u.accountEnabled === false).length).toBeGreaterThan(5);

    const le = await everyUser(
      `${filter(`signInActivity/lastSignInDateTime le ${CUTOFF}`)}&$select=id`,
    );
    expect(le.map((u) => u.id).sort()).toEqual(old.map((u) => u.id).sort());
    const ge = await everyUser(
      `${filter(`signInActivity/lastSignInDateTime ge ${CUTOFF}`)}&$select=id`,
    );
    expect(ge.map((u) => u.id).sort()).toEqual(recent.map((u) => u.id).sort());
    const none = await everyUser(
      `${filter('signInActivity/lastSignInDateTime eq null')}&$select=id`,
    );
    expect(none.map((u) => u.id).sort()).toEqual(never.map((u) => u.id).sort());
  });

  it('filters on the non-interactive and successful sign-ins and combines them', async () => {
    const both = await everyUser(
      `${filter(`signInActivity/lastSignInDateTime le ${CUTOFF} and signInActivity/lastNonInteractiveSignInDateTime ge ${CUTOFF}`)}&$select=id,signInActivity`,
    );
    // Inactive users whose clients still sign in on their behalf.
    expect(both.length).toBeGreaterThan(0);
    for (const u of both) {
      expect(
        Date.parse(u.signInActivity?.lastNonInteractiveSignInDateTime ?? ''),
      ).toBeGreaterThanOrEqual(Date.parse(CUTOFF));
    }
    const successful = await h.raw(
      'GET',
      `/users?${filter(`signInActivity/lastSuccessfulSignInDateTime le ${CUTOFF}`)}&$select=id`,
    );
    expect(successful.status).toBe(200);
  });

  it('refuses a sign-in filter beside any other property, in Graph words', async () => {
    const mixed = await h.raw(
      'GET',
      `/users?${filter(`signInActivity/lastSignInDateTime le ${CUTOFF} and accountEnabled eq true`)}`,
    );
    expect(mixed.status).toBe(400);
    assertGraphError(mixed.json, 'Request_UnsupportedQuery');
    expect((mixed.json.error as { message: string }).message).toBe(
      'Unsupported property or property value or combination of property and operation occured',
    );
  });

  it('refuses what Graph refuses: other operators, other types, unknown parts, not without advanced', async () => {
    const refused: [string, string][] = [
      [`startswith(signInActivity/lastSignInDateTime, '2026')`, 'Request_UnsupportedQuery'],
      [`signInActivity/lastSignInRequestId eq 'x'`, 'Request_UnsupportedQuery'],
      [`signInActivity/lastSignInDateTime le '2026-10-01'`, 'Request_BadRequest'],
      [`signInActivity/lastSignInDateTime le 30`, 'Request_BadRequest'],
      [`signInActivity eq null`, 'Request_UnsupportedQuery'],
      [`not(signInActivity/lastSignInDateTime le ${CUTOFF})`, 'Request_UnsupportedQuery'],
    ];
    for (const [text, code] of refused) {
      const answer = await h.raw('GET', `/users?${filter(text)}`);
      expect(answer.status, text).toBe(400);
      assertGraphError(answer.json, code);
    }
    const advanced = await h.raw(
      'GET',
      `/users?${filter(`not(signInActivity/lastSignInDateTime le ${CUTOFF})`)}&$count=true&$select=id`,
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(advanced.status).toBe(200);
  });

  it('a user created through Graph has never signed in', async () => {
    const created = await h.raw('POST', '/users', {
      body: JSON.stringify({
        accountEnabled: true,
        displayName: 'New Starter',
        mailNickname: 'newstarter',
        userPrincipalName: 'new.starter@contoso.com',
        passwordProfile: { password: 'Aa1!aaaaaaaa' },
      }),
    });
    expect(created.status).toBe(201);
    const read = await h.raw('GET', `/users/${String(created.json.id)}?$select=signInActivity`);
    expect(read.json.signInActivity).toMatchObject({
      lastSignInDateTime: null,
      lastNonInteractiveSignInDateTime: null,
      lastSuccessfulSignInDateTime: null,
    });
  });
});
