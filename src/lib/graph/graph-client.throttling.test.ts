import { describe, expect, it } from 'vitest';
import { DIRECTORY_AUDIT_BUDGET, createGraphClient, type GraphClientConfig } from './graph-client';
import { FakeTime } from './fake-time.test-support';
import type { GraphWait } from './request-gate';

const BASE = 'https://graph.microsoft.com/v1.0';

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly at: number;
  readonly headers: Headers;
  readonly body: unknown;
}

type Answer = Response | ((sent: Sent) => Response | Promise<Response>);

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

const throttled = (retryAfter?: string) =>
  json(
    429,
    { error: { code: 'TooManyRequests', message: 'Please retry again later.' } },
    retryAfter === undefined ? {} : { 'Retry-After': retryAfter },
  );

/** Resolves once `condition` holds (checked between event-loop turns, without moving time). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn++) await new Promise((r) => setImmediate(r));
  expect(condition()).toBe(true);
}

/** A client over a scripted fetch: each request takes the next answer of its URL's script. */
function scripted(scripts: Record<string, Answer[]>, options: Partial<GraphClientConfig> = {}) {
  const time = new FakeTime();
  const sent: Sent[] = [];
  const waits: GraphWait[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : input.toString();
    const path = url.slice(BASE.length).split('?')[0] ?? '';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const entry: Sent = {
      url,
      method: init?.method ?? 'GET',
      at: time.now(),
      headers: new Headers(init?.headers),
      body,
    };
    sent.push(entry);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await new Promise((r) => setImmediate(r));
      const script = scripts[path] ?? scripts['*'];
      // The last answer of a script repeats (a copy each time); earlier ones are used once.
      const once = script && script.length > 1 ? script.shift() : undefined;
      const answer = once ?? script?.[0];
      if (!answer) return json(200, {});
      if (typeof answer === 'function') return await answer(entry);
      return answer === once ? answer : answer.clone();
    } finally {
      inFlight -= 1;
    }
  };
  let ids = 0;
  const client = createGraphClient({
    baseUrl: BASE,
    getToken: () => 'token',
    fetch,
    scheduler: time,
    random: () => 0.5,
    newRequestId: () => `request-${String(++ids)}`,
    onWaitsChange: (w) => waits.push([...w]),
    ...options,
  });
  return { client, time, sent, waits, maxInFlight: () => maxInFlight };
}

describe('graph client under throttling', () => {
  it('waits the Retry-After Graph asks for, then retries with the same client-request-id', async () => {
    const { client, time, sent, waits } = scripted({
      '/users': [throttled('7'), json(200, { value: [] })],
    });

    await time.run(client.get('/users'));

    expect(sent.map((s) => s.at)).toEqual([0, 7000]);
    expect(sent.map((s) => s.headers.get('client-request-id'))).toEqual(['request-1', 'request-1']);
    expect(waits.some((w) => w.some((x) => x.reason === 'throttled' && x.until === 7000))).toBe(
      true,
    );
    expect(waits.at(-1)).toEqual([]);
  });

  it('reads a throttled answer to its end rather than cancelling it (the browser reports a cancelled body as an aborted request)', async () => {
    let cancelled = false;
    let read = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('{"error":{"code":"TooManyRequests"}}'));
        controller.close();
        read = true;
      },
      cancel() {
        cancelled = true;
      },
    });
    const answer = new Response(body, {
      status: 429,
      headers: { 'content-type': 'application/json', 'Retry-After': '1' },
    });
    const { client, time, sent } = scripted({
      '/groups/g/assignLicense': [answer, json(202, {})],
    });

    await time.run(client.post('/groups/g/assignLicense', { addLicenses: [], removeLicenses: [] }));

    expect(sent).toHaveLength(2);
    expect(cancelled).toBe(false);
    expect(read).toBe(true);
  });

  it('backs off with jitter when Graph gives no Retry-After', async () => {
    const { client, time, sent } = scripted({
      '/users': [throttled(), throttled(), json(200, { value: [] })],
    });

    await time.run(client.get('/users'));

    // random() = 0.5: half of 1 s, then half of 2 s.
    expect(sent.map((s) => s.at)).toEqual([0, 500, 1500]);
  });

  it('holds every other request while Graph has asked this client to wait', async () => {
    const { client, time, sent, waits } = scripted({
      '/users': [throttled('5'), json(200, { value: [] })],
      '/groups': [json(200, { value: [] })],
    });

    const users = client.get('/users');
    // Graph has answered 429 and the client is waiting out the Retry-After...
    await until(() => waits.some((w) => w.some((x) => x.reason === 'throttled')));
    // ...when another blade asks for something else.
    await time.run(Promise.all([users, client.get('/groups')]));

    const groups = sent.find((s) => s.url.endsWith('/groups'));
    expect(groups?.at).toBe(5000);
  });

  it('retries a 504 on a read but never a write that may have been applied', async () => {
    const timeout = () => json(504, { error: { code: 'GatewayTimeout', message: 'Timed out.' } });
    const { client, time, sent } = scripted({
      '/users': [timeout(), json(200, { value: [] })],
      '/groups/g/members/$ref': [timeout()],
    });

    await time.run(client.get('/users'));
    const write = await time.run(
      client.post('/groups/g/members/$ref', { '@odata.id': 'x' }).catch((e: unknown) => e),
    );

    expect(sent.filter((s) => s.url.endsWith('/users'))).toHaveLength(2);
    expect(sent.filter((s) => s.url.endsWith('/$ref'))).toHaveLength(1);
    expect(write).toMatchObject({ status: 504, code: 'GatewayTimeout' });
  });

  it('gives up after the last attempt with Graph error', async () => {
    const { client, time, sent } = scripted(
      { '/users': [throttled('1')] },
      { retry: { maxAttempts: 3 } },
    );

    const failure = await time.run(client.get('/users').catch((e: unknown) => e));

    expect(sent).toHaveLength(3);
    expect(failure).toMatchObject({ status: 429, code: 'TooManyRequests' });
  });

  it('keeps at most maxConcurrency requests in flight', async () => {
    const { client, time, sent, maxInFlight } = scripted(
      { '*': [json(200, { value: [] })] },
      { maxConcurrency: 3 },
    );

    await time.run(
      Promise.all(Array.from({ length: 10 }, (_, i) => client.get(`/users/${String(i)}`))),
    );

    expect(sent).toHaveLength(10);
    expect(maxInFlight()).toBe(3);
  });

  it('keeps the directory audit budget of 5 requests per 10 s, and queues the rest', async () => {
    const { client, time, sent, waits } = scripted(
      { '*': [json(200, { value: [] })] },
      { budgets: [DIRECTORY_AUDIT_BUDGET] },
    );

    await time.run(
      Promise.all([
        ...Array.from({ length: 7 }, () => client.get('/auditLogs/directoryAudits?$top=50')),
        client.get('/users'),
      ]),
    );

    const audits = sent.filter((s) => s.url.includes('/auditLogs/')).map((s) => s.at);
    expect(audits).toEqual([0, 0, 0, 0, 0, 10_000, 10_000]);
    expect(sent.find((s) => s.url.endsWith('/users'))?.at).toBe(0);
    expect(waits.some((w) => w.some((x) => x.reason === 'budget'))).toBe(true);
  });

  it('stops waiting when the request is cancelled', async () => {
    const { client, time, waits } = scripted({ '/users': [throttled('30')] });
    const controller = new AbortController();

    const pending = client.get('/users', { signal: controller.signal }).catch((e: unknown) => e);
    await until(() => waits.some((w) => w.length > 0));
    controller.abort();
    const outcome = await time.run(pending);

    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).name).toBe('AbortError');
    expect(waits.at(-1)).toEqual([]);
  });

  it('reads the token asynchronously (MSAL) before every send', async () => {
    const tokens = ['first', 'second'];
    const { client, time, sent } = scripted(
      { '/users': [throttled('1'), json(200, { value: [] })] },
      { getToken: () => Promise.resolve(tokens.shift() ?? null) },
    );

    await time.run(client.get('/users'));

    expect(sent.map((s) => s.headers.get('Authorization'))).toEqual([
      'Bearer first',
      'Bearer second',
    ]);
  });
});

describe('JSON $batch', () => {
  interface WireRequest {
    readonly id: string;
    readonly method: string;
    readonly url: string;
  }

  /** A `$batch` answer per round (1 = the first batch sent): each inner request answered by `answer`. */
  const batchRounds = (
    answer: (request: WireRequest, round: number) => Record<string, unknown>,
  ) => {
    let round = 0;
    return (s: { body: unknown }) => {
      round += 1;
      const requests = (s.body as { requests: WireRequest[] }).requests;
      return json(200, { responses: requests.map((r) => answer(r, round)) });
    };
  };

  /** Graph's inner 429 with a `Retry-After` of `seconds`. */
  const innerThrottled = (id: string, seconds: string) => ({
    id,
    status: 429,
    headers: { 'Retry-After': seconds },
    body: { error: { code: 'TooManyRequests', message: 'Slow down.' } },
  });

  it('sends 20 requests per batch and returns every outcome in order', async () => {
    const { client, time, sent } = scripted({
      '/$batch': [
        (s) =>
          json(200, {
            responses: (s.body as { requests: WireRequest[] }).requests
              .reverse()
              .map((r) => ({ id: r.id, status: 200, body: { url: r.url } })),
          }),
      ],
    });
    const requests = Array.from({ length: 45 }, (_, i) => ({
      method: 'GET' as const,
      url: `/users/${String(i)}`,
    }));

    const outcomes = await time.run(client.batch<{ url: string }>(requests));

    expect(sent.map((s) => (s.body as { requests: unknown[] }).requests.length)).toEqual([
      20, 20, 5,
    ]);
    expect(outcomes.map((o) => (o.ok ? o.data.url : null))).toEqual(requests.map((r) => r.url));
  });

  it('an inner 429 holds every other request and shows the wait, as a throttled request does', async () => {
    const { client, time, sent, waits } = scripted({
      '/$batch': [
        batchRounds((r, round) =>
          round === 1 ? innerThrottled(r.id, '5') : { id: r.id, status: 204 },
        ),
      ],
      '/groups': [json(200, { value: [] })],
    });

    const batch = client.batch([
      { method: 'POST' as const, url: '/users/u/reprocessLicenseAssignment' },
    ]);
    // Graph has throttled the batch's request and the client waits out the Retry-After...
    await until(() => waits.some((w) => w.some((x) => x.reason === 'throttled')));
    // ...when another blade asks for something else: it waits too, as after an outer 429.
    await time.run(Promise.all([batch, client.get('/groups')]));

    expect(sent.find((s) => s.url.endsWith('/groups'))?.at).toBe(5000);
    expect(sent.filter((s) => s.url.endsWith('/$batch')).map((s) => s.at)).toEqual([0, 5000]);
    expect(waits.some((w) => w.some((x) => x.reason === 'throttled' && x.until === 5000))).toBe(
      true,
    );
    expect(waits.at(-1)).toEqual([]);
  });

  it('retries only the inner requests Graph throttled, after their Retry-After', async () => {
    const { client, time, sent } = scripted({
      '/$batch': [
        batchRounds((r, round) =>
          round === 1 && Number(r.id) % 2 === 1
            ? innerThrottled(r.id, '3')
            : r.url.endsWith('/missing')
              ? {
                  id: r.id,
                  status: 404,
                  body: { error: { code: 'Request_ResourceNotFound', message: 'Gone.' } },
                }
              : { id: r.id, status: 204 },
        ),
      ],
    });
    const requests = [
      ...Array.from({ length: 6 }, (_, i) => ({
        method: 'POST' as const,
        url: `/users/${String(i)}/reprocessLicenseAssignment`,
        body: {},
      })),
      { method: 'GET' as const, url: '/users/missing' },
    ];

    const outcomes = await time.run(client.batch(requests));

    expect(sent.map((s) => s.at)).toEqual([0, 3000]);
    const second = (sent[1]?.body as { requests: WireRequest[] }).requests.map((r) => r.id);
    expect(second).toEqual(['1', '3', '5']);
    expect(outcomes.slice(0, 6).every((o) => o.ok && o.status === 204)).toBe(true);
    expect(outcomes[6]).toMatchObject({
      ok: false,
      status: 404,
      error: { code: 'Request_ResourceNotFound' },
    });
    const first = (sent[0]?.body as { requests: (WireRequest & { headers?: unknown })[] })
      .requests[0];
    expect(first?.headers).toEqual({ 'Content-Type': 'application/json' });
  });
});
