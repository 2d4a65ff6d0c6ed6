/**
 * The HTTP Graph emulator the live journeys run against (started by the Playwright config, in the
 * `graph` profile), driven from the test in Node: its control API, Graph as an admin with an
 * emulator token, and the profile's throttling.
 */

/** Where the HTTP emulator answers: `E2E_EMULATOR_PORT`, by default 160 below the preview's port. */
export const EMULATOR = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? String(Number(process.env.E2E_PORT ?? 4173) - 160)}`;

/** The HTTP emulator's control API, from the test (Node). */
export async function control(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${EMULATOR}/_emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} /_emulator${path}: ${String(response.status)} ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** An emulator token for an admin: the access token the fake Entra hands out. */
export async function emulatorToken(upn: string): Promise<{ token: string; roles: string[] }> {
  const answer = (await control('POST', '/token', { userPrincipalName: upn })) as {
    access_token: string;
    roles: string[];
  };
  return { token: answer.access_token, roles: answer.roles };
}

/** Graph on the emulator as an admin, from the test. */
export async function graphAsAdmin(
  upn: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown; retryAfterMs: number | null }> {
  const { token } = await emulatorToken(upn);
  const response = await fetch(`${EMULATOR}/v1.0${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ConsistencyLevel: 'eventual',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  const retryAfter = response.headers.get('Retry-After');
  return {
    status: response.status,
    json: text ? (JSON.parse(text) as unknown) : undefined,
    // Graph's Retry-After is in seconds.
    retryAfterMs: retryAfter === null ? null : Number(retryAfter) * 1_000,
  };
}

/**
 * A Graph read as `upn` that waits out the 429s the journeys' profile forces (E2E_THROTTLE_RATE):
 * read again once the answer's Retry-After has passed, as any Graph client must; any other failure
 * fails the journey.
 */
export async function graphRead<T>(upn: string, path: string): Promise<T> {
  for (;;) {
    const { status, json, retryAfterMs } = await graphAsAdmin(upn, 'GET', path);
    if (status === 200) return json as T;
    if (status !== 429 || retryAfterMs === null)
      throw new Error(`GET ${path}: ${String(status)} ${JSON.stringify(json)}`);
    await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
  }
}

/** The `graph` profile, as the journeys run it: budgets on, lists lag, `rate` of requests forced to 429. */
export async function graphProfile(rate: number, lagMs = 2_000): Promise<void> {
  await control('POST', '/profile', {
    profile: 'graph',
    lagMs,
    throttle: { budgets: true, rate, seed: 7, retryAfter: 1 },
  });
}

/**
 * Forces the next `next` Graph requests of `method` to the route `pattern` (as the emulator
 * declares it, such as `/users/:id/reprocessLicenseAssignment`) to 429 with this `Retry-After`,
 * whatever the forced rate draws: a journey that must see throttling every run.
 */
export async function forceThrottled(
  next: number,
  retryAfter: number,
  method: string,
  pattern: string,
): Promise<void> {
  await control('POST', '/throttle', { next, retryAfter, method, pattern });
}

/**
 * Share of Graph requests the emulator answers 429 in the live journeys: `E2E_THROTTLE_RATE`, one
 * in ten by default (what `npm test` runs: the "10% of requests throttled").
 */
export const THROTTLE_RATE = Number(process.env.E2E_THROTTLE_RATE ?? '0.1');
