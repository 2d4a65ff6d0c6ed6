/**
 * JSON batching, saving and throttling: a batch is answered after one save for all its changes
 * (and 503 from the first change on when that save fails); in the graph profile each request is
 * throttled on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persistence } from '../graph/emulator';
import { NotDurableError } from '../persistence/errors';
import { batchOf, get } from './batch-kit';
import { assertGraphError, startHarness, type Harness } from './support';

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
  // Issuing a token is a change too: issue it before a test holds or fails the saves.
  await h.token();
});
afterAll(async () => {
  await h.close();
});

const batch = (requests: unknown, token?: string | null) => batchOf(h)(requests, token);

describe('$batch: saving', () => {
  /** A saver that counts its commits and holds each one until `release()`. */
  function countingPersistence(fail = false) {
    const commits: number[] = [];
    let release: () => void = () => undefined;
    let began: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const started = new Promise<void>((resolve) => {
      began = resolve;
    });
    const persistence: Persistence = {
      ready: () => Promise.resolve(),
      async commit() {
        commits.push(commits.length + 1);
        began();
        await gate;
        if (fail) throw new NotDurableError('the disk is full (test)');
      },
    };
    return {
      persistence,
      commits,
      /** Resolves when the first commit has begun (and is held). */
      started,
      release: () => {
        release();
      },
    };
  }

  const patch = (id: string, title: string) => ({
    id,
    method: 'PATCH',
    url: '/users/alex.wilber@contoso.com',
    headers: { 'Content-Type': 'application/json' },
    body: { jobTitle: title },
  });

  it('saves three changes with one commit, and answers only once it is durable', async () => {
    const saving = countingPersistence();
    h.server.emulator.setPersistence(saving.persistence);
    try {
      let answered = false;
      const pending = batch([patch('1', 'One'), patch('2', 'Two'), patch('3', 'Three')]).then(
        (a) => {
          answered = true;
          return a;
        },
      );
      // The commit is held: the batch must not be answered yet, even after another round trip.
      await saving.started;
      expect((await h.raw('GET', '/me?$select=id')).status).toBe(200);
      expect(answered).toBe(false);
      saving.release();
      const answer = await pending;
      expect(answer.parts.map((p) => p.status)).toEqual([204, 204, 204]);
      expect(saving.commits).toHaveLength(1);
    } finally {
      h.server.emulator.setPersistence({
        ready: () => Promise.resolve(),
        commit: () => Promise.resolve(),
      });
    }
  });

  it('a save that fails answers 503 for every request from the first change on', async () => {
    const saving = countingPersistence(true);
    h.server.emulator.setPersistence(saving.persistence);
    saving.release();
    try {
      const answer = await batch([
        get('before', '/me?$select=id'),
        patch('change', 'Lost'),
        get('after', '/me?$select=id'),
      ]);
      expect(answer.part('before').status).toBe(200);
      for (const id of ['change', 'after']) {
        expect(answer.part(id).status).toBe(503);
        assertGraphError(answer.part(id).body ?? {}, 'serviceNotAvailable');
      }
      expect(saving.commits).toHaveLength(1);
    } finally {
      h.server.emulator.setPersistence({
        ready: () => Promise.resolve(),
        commit: () => Promise.resolve(),
      });
    }
  });
});

describe('$batch in the graph profile: throttling per request', () => {
  it('throttles each request on its own: audit reads past 5 in 10 s get 429 with Retry-After, the rest succeed', async () => {
    expect((await h.control('POST', '/profile', { profile: 'graph', lagMs: 0 })).status).toBe(200);
    try {
      const audits = Array.from({ length: 7 }, (_, i) =>
        get(`audit${String(i)}`, '/auditLogs/directoryAudits?$top=1'),
      );
      const answer = await batch([...audits, get('me', '/me?$select=id')]);
      expect(answer.status).toBe(200);
      const statuses = audits.map((a) => answer.part(a.id).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(2);
      const throttled = audits.map((a) => answer.part(a.id)).filter((p) => p.status === 429);
      for (const part of throttled) {
        expect(part.headers['Retry-After']).toBe('10');
        assertGraphError(part.body ?? {}, 'TooManyRequests');
      }
      expect(answer.part('me').status).toBe(200);
    } finally {
      await h.control('POST', '/profile', { profile: 'default' });
    }
  });
});
