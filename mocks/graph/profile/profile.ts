/**
 * The emulator's behaviour profile. `default` is the emulator as the portal's sandbox knows it:
 * every extension, no throttling, lists that see every change at once. `graph` behaves like
 * production Microsoft Graph, so a client built for Graph is tested here rather than assumed:
 * the emulator's extensions are unknown segments, requests are throttled with Graph's documented
 * budgets (and, for tests, at a forced, seeded rate), and lists lag writes by `lagMs`.
 *
 * One validator for both ways in: the control API's `POST /_emulator/profile` body and the
 * command line (`--profile graph --lag-ms 2000 ...`, turned into the same object).
 */
import { graphError } from '../errors';

export const PROFILE_NAMES = ['default', 'graph'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** Throttling in the `graph` profile. */
export interface ThrottleSettings {
  /** Graph's documented budgets (`budgets.ts`). */
  readonly budgets: boolean;
  /** Share of Graph requests answered 429 whatever the budgets say (0 to 1), for tests. */
  readonly rate: number;
  /** Seed of the forced rate's sequence: the same seed throttles the same requests. */
  readonly seed: number;
  /** `Retry-After` (seconds) of a forced 429. */
  readonly retryAfter: number;
}

/** A profile and its settings. */
export interface EmulatorProfile {
  readonly name: ProfileName;
  /** How long lists and counts lag a write, in ms of emulator time (0: at once). */
  readonly lagMs: number;
  readonly throttle: ThrottleSettings;
}

const NO_THROTTLING: ThrottleSettings = { budgets: false, rate: 0, seed: 1, retryAfter: 1 };

/** The emulator as the portal's sandbox knows it. */
export const DEFAULT_PROFILE: EmulatorProfile = {
  name: 'default',
  lagMs: 0,
  throttle: NO_THROTTLING,
};

/** The `graph` profile's settings when none are given. */
export const GRAPH_PROFILE: EmulatorProfile = {
  name: 'graph',
  lagMs: 2_000,
  throttle: { ...NO_THROTTLING, budgets: true },
};

/** The longest lag: ten minutes. */
export const MAX_LAG_MS = 600_000;
/** The longest forced Retry-After: an hour. */
export const MAX_RETRY_AFTER = 3_600;

type Json = Record<string, unknown>;

const bad = (message: string) => graphError.badRequest(message);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Json, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      throw bad(`Unknown property '${where}${key}'; allowed: ${allowed.join(', ')}.`);
  }
}

function wholeNumber(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw bad(
      `'${name}' must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`,
    );
  return value;
}

function throttleOf(value: unknown, base: ThrottleSettings): ThrottleSettings {
  if (value === undefined) return base;
  if (!isObject(value))
    throw bad("'throttle' must be an object with budgets, rate, seed and retryAfter.");
  onlyKeys(value, ['budgets', 'rate', 'seed', 'retryAfter'], 'throttle.');
  const { budgets = base.budgets, rate = base.rate } = value;
  if (typeof budgets !== 'boolean') throw bad("'throttle.budgets' must be true or false.");
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1)
    throw bad("'throttle.rate' must be a number from 0 to 1 (0.1 throttles one request in ten).");
  return {
    budgets,
    rate,
    seed: wholeNumber(value.seed ?? base.seed, 'throttle.seed', 0, 0xffffffff),
    retryAfter: wholeNumber(
      value.retryAfter ?? base.retryAfter,
      'throttle.retryAfter',
      1,
      MAX_RETRY_AFTER,
    ),
  };
}

/**
 * Reads a profile: `{ "profile": "graph", "lagMs": 2000, "throttle": { "budgets": true,
 * "rate": 0.1, "seed": 7, "retryAfter": 2 } }` (everything but `profile` optional, defaults from
 * `GRAPH_PROFILE`). The default profile takes no settings. Throws Graph's 400 with words an admin
 * can act on.
 */
export function parseProfile(body: unknown): EmulatorProfile {
  if (!isObject(body)) throw bad('The body must be an object such as {"profile": "graph"}.');
  onlyKeys(body, ['profile', 'lagMs', 'throttle'], '');
  const name = body.profile;
  if (typeof name !== 'string' || !(PROFILE_NAMES as readonly string[]).includes(name))
    throw bad(`'profile' must be one of ${PROFILE_NAMES.join(', ')}.`);
  if (name === 'default') {
    if (body.lagMs !== undefined || body.throttle !== undefined)
      throw bad(
        "'lagMs' and 'throttle' apply to the graph profile only; the default profile never throttles or lags.",
      );
    return DEFAULT_PROFILE;
  }
  return {
    name: 'graph',
    lagMs:
      body.lagMs === undefined
        ? GRAPH_PROFILE.lagMs
        : wholeNumber(body.lagMs, 'lagMs', 0, MAX_LAG_MS),
    throttle: throttleOf(body.throttle, GRAPH_PROFILE.throttle),
  };
}

/**
 * The next `count` Graph requests answered 429 whatever the budgets and the rate say (for tests
 * that must see throttling every run): of `method` and the route `pattern` (as declared, such as
 * `/users/:id/reprocessLicenseAssignment`) when given; each part of a `$batch` counts on its own.
 */
export interface ForcedThrottle {
  readonly count: number;
  readonly retryAfter: number;
  readonly method: string | null;
  readonly pattern: string | null;
}

/**
 * Reads `{ "next": 3, "retryAfter": 2, "method": "POST", "pattern":
 * "/users/:id/reprocessLicenseAssignment" }` (`next` required). Throws Graph's 400 in words.
 */
export function parseForcedThrottle(body: unknown): ForcedThrottle {
  if (!isObject(body)) throw bad('The body must be an object such as {"next": 3}.');
  onlyKeys(body, ['next', 'retryAfter', 'method', 'pattern'], '');
  const { method = null, pattern = null } = body;
  if (method !== null && (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)))
    throw bad("'method' must be an HTTP method such as POST.");
  if (pattern !== null && (typeof pattern !== 'string' || !pattern.startsWith('/')))
    throw bad(
      "'pattern' must be a route as the emulator declares it, such as /users/:id/reprocessLicenseAssignment.",
    );
  return {
    count: wholeNumber(body.next, 'next', 1, 10_000),
    retryAfter: wholeNumber(body.retryAfter ?? 1, 'retryAfter', 1, MAX_RETRY_AFTER),
    method: method === null ? null : method.toUpperCase(),
    pattern,
  };
}

/** A profile as the control API answers it (the same shape `parseProfile` reads). */
export function profileJson(profile: EmulatorProfile): Json {
  return profile.name === 'default'
    ? { profile: 'default' }
    : { profile: 'graph', lagMs: profile.lagMs, throttle: { ...profile.throttle } };
}
