/**
 * The user search index against the unindexed path: random `$search` terms and `startswith` /
 * `eq` filters (alone, combined, with other filters and sorting) give exactly the keys a scan of
 * every user gives, before and after users are created, renamed and deleted; and after those
 * changes the index is kept up to date rather than rebuilt.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSeedStore } from '../../seeds';
import { adminActor } from '../../seeds/kit';
import { random, type Random } from '../../seeds/prng';
import { createUser, deleteUser, updateUser } from '../directory-users';
import { matchKeys } from '../odata/apply';
import { parseListQuery } from '../odata/query';
import { searchWords } from '../odata/search';
import { USER_SPEC } from '../resources/users';
import { userSource } from '../rows';
import type { TenantStore } from '../store';
import { buildUserIndexInSlices, indexedUserSource, userIndexProgress } from './user-index';

const SEARCHABLE = [
  'displayName',
  'givenName',
  'surname',
  'mail',
  'mailNickname',
  'userPrincipalName',
];
const PREFIXED = ['displayName', 'userPrincipalName', 'mail', 'givenName', 'surname'];
const CAPS = { select: true, filter: true, orderby: true, search: true, count: true, top: true };

let store: TenantStore;
beforeAll(() => {
  store = createSeedStore('default');
});

/** A word or a piece of one from a real user, sometimes changed so it matches nobody. */
function term(rng: Random, property: string): string {
  const ids = store.tenant.userIds();
  const profile = store.tenant.profile(rng.pick(ids));
  const value = profile?.[property as 'displayName'];
  const words = typeof value === 'string' ? searchWords(value) : [];
  if (words.length === 0 || rng.chance(0.1)) return rng.pick(['zq', 'é', '1', 'x y', 'Ö']);
  let word = rng.pick(words).slice(0, 1 + rng.int(6));
  if (rng.chance(0.3)) word = word.toUpperCase();
  if (rng.chance(0.1)) word += 'q';
  if (rng.chance(0.2)) word += ` ${rng.pick(words).slice(0, 1 + rng.int(3))}`;
  return word;
}

function randomSearch(rng: Random): string {
  const clause = () => {
    const property = rng.pick(SEARCHABLE);
    return `"${property}:${term(rng, property)}"`;
  };
  let search = clause();
  for (let n = rng.int(3); n > 0; n--) search += ` ${rng.pick(['AND', 'OR'])} ${clause()}`;
  return search;
}

function randomFilter(rng: Random): string {
  const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const leaf = (): string => {
    const property = rng.pick(PREFIXED);
    switch (rng.int(6)) {
      case 0:
      case 1:
        return `startswith(${property},${quoted(term(rng, property))})`;
      case 2: {
        const profile = store.tenant.profile(rng.pick(store.tenant.userIds()));
        const value = profile?.[property as 'displayName'] ?? 'nobody';
        return `${property} eq ${quoted(rng.chance(0.5) ? value.toUpperCase() : value)}`;
      }
      case 3:
        return `accountEnabled eq ${rng.pick(['true', 'false'])}`;
      case 4:
        return `not(startswith(${property},${quoted(term(rng, property))}))`;
      default:
        return `endswith(${property},${quoted(term(rng, property).slice(-2))})`;
    }
  };
  let filter = leaf();
  for (let n = rng.int(3); n > 0; n--) filter = `(${filter}) ${rng.pick(['and', 'or'])} ${leaf()}`;
  return filter;
}

/** The query of `GET /users` with these options, as the handler parses it. */
function query(options: Record<string, string>) {
  const url = new URL('https://graph.microsoft.com/v1.0/users');
  for (const [name, value] of Object.entries(options)) url.searchParams.set(name, value);
  const headers = new Headers({ ConsistencyLevel: 'eventual' });
  return parseListQuery(url, headers, USER_SPEC, CAPS);
}

function randomOptions(rng: Random): Record<string, string> {
  const options: Record<string, string> = { $count: 'true' };
  const kind = rng.int(3);
  if (kind !== 1) options.$search = randomSearch(rng);
  if (kind !== 0) options.$filter = randomFilter(rng);
  if (rng.chance(0.3)) options.$orderby = rng.pick(['displayName', 'userPrincipalName desc']);
  return options;
}

/** Both paths agree on `runs` random queries; returns how many matched anyone (so the test is not vacuous). */
async function compareRandomQueries(seed: number, runs: number): Promise<number> {
  const rng = random(seed);
  let nonEmpty = 0;
  for (let i = 0; i < runs; i++) {
    const options = randomOptions(rng);
    const parsed = query(options);
    const scanned = await matchKeys(userSource(store), USER_SPEC, parsed);
    const indexed = await matchKeys(indexedUserSource(store), USER_SPEC, parsed);
    expect(indexed, JSON.stringify(options)).toEqual(scanned);
    if (scanned.length > 0) nonEmpty++;
  }
  return nonEmpty;
}

describe('user search index', () => {
  it('answers random $search and startswith/eq queries exactly as the scan does', async () => {
    const nonEmpty = await compareRandomQueries(1, 400);
    expect(nonEmpty).toBeGreaterThan(200);
  });

  it('narrows the query to the index’s candidates instead of walking every user', () => {
    const source = indexedUserSource(store);
    const narrowed = source.narrow?.(query({ $search: '"displayName:meg"', $count: 'true' }));
    expect(narrowed?.searchAnswered).toBe(true);
    expect(narrowed?.keys.length).toBeGreaterThan(0);
    expect(narrowed?.keys.length).toBeLessThan(store.tenant.userIds().length / 10);
    // A property the index does not cover: no narrowing, the scan answers.
    expect(source.narrow?.(query({ $filter: "startswith(city,'Sea')" }))).toBeNull();
  });

  it('a displayName search builds that part of the index only; another property the rest', async () => {
    const fresh = createSeedStore('default');
    const users = fresh.tenant.userIds().length;
    const byName = query({ $search: '"displayName:meg"', $count: 'true' });
    expect(await matchKeys(indexedUserSource(fresh), USER_SPEC, byName)).toEqual(
      await matchKeys(userSource(fresh), USER_SPEC, byName),
    );
    expect(userIndexProgress(fresh)).toEqual({ displayName: users, others: 0 });
    // A user created meanwhile is indexed for displayName at once, for the rest when it is built.
    createUser(
      fresh,
      { displayName: 'Megara Late', userPrincipalName: 'megara@contoso.onmicrosoft.com' },
      adminActor(fresh),
    );
    expect(userIndexProgress(fresh)).toEqual({ displayName: users + 1, others: 0 });
    const byMail = query({ $filter: "startswith(userPrincipalName,'meg')", $count: 'true' });
    expect(await matchKeys(indexedUserSource(fresh), USER_SPEC, byMail)).toEqual(
      await matchKeys(userSource(fresh), USER_SPEC, byMail),
    );
    expect(userIndexProgress(fresh)).toEqual({ displayName: users + 1, others: users + 1 });
  });

  it('stays exact through creates, renames and deletes, without rebuilding', async () => {
    const rng = random(2);
    await compareRandomQueries(3, 5);
    const listed = vi.spyOn(store.tenant, 'userIds');
    const actor = adminActor(store);
    const created: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `${rng.pick(['Zelda', 'Meghan', 'Ana María', 'O’Brien'])} Test${String(i)}`;
      created.push(
        createUser(
          store,
          {
            displayName: name,
            mailNickname: `test${String(i)}`,
            mail: `test${String(i)}@contoso.com`,
            userPrincipalName: `test${String(i)}@contoso.onmicrosoft.com`,
          },
          actor,
        ),
      );
    }
    const existing = [...store.users.keys()];
    for (let i = 0; i < 40; i++) {
      updateUser(
        store,
        rng.pick(existing),
        {
          displayName: `${rng.pick(['Renamed', 'Megan', 'Zed'])} ${String(i)}`,
          ...(rng.chance(0.5) ? { mail: `renamed${String(i)}@fabrikam.com` } : {}),
          ...(rng.chance(0.3) ? { givenName: null } : {}),
        },
        actor,
      );
    }
    for (const id of [...created.slice(0, 10), ...existing.slice(100, 110)])
      if (store.tenant.profile(id)) deleteUser(store, id, actor);

    const search = (text: string) =>
      matchKeys(indexedUserSource(store), USER_SPEC, query({ $search: text, $count: 'true' }));
    expect((await search('"displayName:zelda"')).length).toBeGreaterThan(0);
    expect((await search('"displayName:renamed"')).length).toBeGreaterThan(0);
    expect(listed).not.toHaveBeenCalled();
    listed.mockRestore();

    const nonEmpty = await compareRandomQueries(4, 250);
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('built in slices while users are created, renamed and deleted, it answers as the scan does', async () => {
    const fresh = createSeedStore('default');
    const rng = random(5);
    const actor = adminActor(fresh);
    const queue: (() => void)[] = [];
    // Slices of no time at all: every slice indexes one batch, and the test changes users between them.
    const built = buildUserIndexInSlices(fresh, {
      sliceMs: 0,
      scheduler: (callback) => queue.push(callback),
    });
    let step = 0;
    while (queue.length > 0) {
      const ids = [...fresh.users.keys()];
      if (step % 2 === 0)
        updateUser(fresh, rng.pick(ids), { displayName: `Sliced ${String(step)}` }, actor);
      if (step % 3 === 0)
        createUser(
          fresh,
          {
            displayName: `Newcomer ${String(step)}`,
            userPrincipalName: `newcomer${String(step)}@contoso.onmicrosoft.com`,
          },
          actor,
        );
      if (step % 4 === 1) deleteUser(fresh, rng.pick(ids.slice(50)), actor);
      step++;
      queue.shift()?.();
      await Promise.resolve();
    }
    await built;
    expect(step).toBeGreaterThan(3);
    // The index built in slices is the one that answers: no rebuild from the full user list.
    const listed = vi.spyOn(fresh.tenant, 'userIds');
    await matchKeys(
      indexedUserSource(fresh),
      USER_SPEC,
      query({ $search: '"displayName:newcomer"' }),
    );
    expect(listed).not.toHaveBeenCalled();
    listed.mockRestore();
    const saved = store;
    store = fresh;
    try {
      expect(await compareRandomQueries(6, 250)).toBeGreaterThan(50);
      for (const text of ['"displayName:sliced"', '"displayName:newcomer"']) {
        const parsed = query({ $search: text });
        expect(await matchKeys(indexedUserSource(fresh), USER_SPEC, parsed)).toEqual(
          await matchKeys(userSource(fresh), USER_SPEC, parsed),
        );
      }
    } finally {
      store = saved;
    }
  });
});
