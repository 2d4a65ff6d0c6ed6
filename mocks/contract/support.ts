/**
 * Contract-test support: the HTTP emulator started in-process on an ephemeral port, the official
 * Graph SDK pointed at it, control-API helpers and OpenAPI schema checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Client,
  HTTPMessageHandler,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { startServer, type RunningServer } from '../server/http-server';
import type { SeedName } from '../seeds/names';

/** A running emulator for one test file. */
export interface Harness {
  readonly server: RunningServer;
  readonly origin: string;
  /** A Graph SDK client signed in as the admin with this UPN. */
  client(upn?: string): Promise<Client>;
  /** A bearer token for an admin. */
  token(upn?: string): Promise<string>;
  /** Calls the control API. */
  control(
    method: string,
    pathname: string,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> }>;
  /** Raw Graph call with a token (for headers and bodies the SDK cannot send); a body is sent as JSON unless `headers` says otherwise. */
  raw(
    method: string,
    pathname: string,
    options?: { token?: string | null; body?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }>;
  /**
   * GETs an absolute `@odata.nextLink` with a token. Over plain HTTP the SDK cannot follow one: it
   * reads only `https://` links as absolute (the HTTPS contract test follows them with the SDK).
   */
  follow<T>(nextLink: string, upn?: string): Promise<T>;
  /** Waits for background processing to finish. */
  idle(): Promise<void>;
  reset(seed: SeedName): Promise<void>;
  close(): Promise<void>;
}

/** The seeds' Global Administrator. */
/** A Graph collection page as the SDK returns it. */
export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
  '@odata.count'?: number;
}

export const GLOBAL_ADMIN = 'admin@contoso.onmicrosoft.com';

/**
 * Adds `Authorization: Bearer` (the SDK's own handler only does so for https hosts; the HTTPS
 * contract test uses it unchanged). The token is asked for on every request, so a client made
 * before the clock moved past a token's lifetime goes on with a fresh one.
 */
class BearerToken implements Middleware {
  #next: Middleware | undefined;
  readonly #token: () => Promise<string>;
  constructor(token: () => Promise<string>) {
    this.#token = token;
  }
  async execute(context: Context): Promise<void> {
    const options = context.options ?? {};
    const headers = new Headers(options.headers);
    headers.set('Authorization', `Bearer ${await this.#token()}`);
    context.options = { ...options, headers: Object.fromEntries(headers) };
    await this.#next?.execute(context);
  }
  setNext(next: Middleware): void {
    this.#next = next;
  }
}

/** Starts the emulator with a seed (manual clock) and returns the harness. */
export async function startHarness(seed: SeedName = 'default'): Promise<Harness> {
  const server = await startServer({ seed, clock: 'manual' });
  const origin = server.origin;
  const tokens = new Map<string, string>();
  const control = async (method: string, pathname: string, body?: unknown) => {
    const response = await fetch(`${origin}/_emulator${pathname}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    // Tokens live an hour of emulator time: after the clock moves, sign in again.
    if (pathname === '/clock' && method === 'POST' && response.ok) tokens.clear();
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  const token = async (upn = GLOBAL_ADMIN) => {
    const known = tokens.get(upn);
    if (known) return known;
    const { status, json } = await control('POST', '/token', { userPrincipalName: upn });
    if (status !== 200 || typeof json.access_token !== 'string')
      throw new Error(`No token for ${upn}: ${JSON.stringify(json)}`);
    tokens.set(upn, json.access_token);
    return json.access_token;
  };
  return {
    server,
    origin,
    token,
    control,
    client(upn = GLOBAL_ADMIN) {
      const auth = new BearerToken(() => token(upn));
      auth.setNext(new HTTPMessageHandler());
      return Promise.resolve(
        Client.initWithMiddleware({
          middleware: auth,
          baseUrl: `${origin}/`,
          defaultVersion: 'v1.0',
        }),
      );
    },
    async raw(method, pathname, options = {}) {
      const bearer = options.token === undefined ? await token() : options.token;
      const headers: Record<string, string> = {
        ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
        // Bodies are JSON unless a test says otherwise (Graph refuses other content types).
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      };
      const response = await fetch(`${origin}/v1.0${pathname}`, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: options.body }),
      });
      const text = await response.text();
      return {
        status: response.status,
        json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
        headers: response.headers,
      };
    },
    async follow<T>(nextLink: string, upn = GLOBAL_ADMIN): Promise<T> {
      const response = await fetch(nextLink, {
        headers: { authorization: `Bearer ${await token(upn)}` },
      });
      if (!response.ok) throw new Error(`${nextLink}: ${String(response.status)}`);
      return (await response.json()) as T;
    },
    async idle() {
      await control('POST', '/processing/wait');
    },
    async reset(seed) {
      const { status } = await control('POST', '/reset', { seed });
      if (status !== 200) throw new Error(`reset to ${seed} failed`);
      tokens.clear();
    },
    close: () => server.close(),
  };
}

// ---- OpenAPI schemas ----------------------------------------------------------------------------

interface OpenApi {
  components: { schemas: Record<string, unknown> };
}

let ajv: Ajv | null = null;
const validators = new Map<string, ValidateFunction>();

function schemas(): Ajv {
  if (ajv) return ajv;
  const doc = parse(
    readFileSync(
      path.join(import.meta.dirname, '../__fixtures__/graph-licensing-openapi.yaml'),
      'utf8',
    ),
  ) as OpenApi;
  // The derived file types innerError values as objects; Graph sends strings (date, request-id,
  // client-request-id), as the research doc's captured responses show. Checked as strings here.
  const main = doc.components.schemas['odata.error.main'] as {
    properties: Record<string, unknown>;
  };
  main.properties.innerError = { type: 'object', additionalProperties: { type: 'string' } };
  // auditActivityInitiator: exactly one of user and app is set, the other is null (Graph's own
  // sample response has "app": null); OpenAPI 3.0 cannot say nullable on an allOf reference.
  const initiator = doc.components.schemas['microsoft.graph.auditActivityInitiator'] as {
    properties: Record<string, Record<string, unknown>>;
  };
  for (const key of ['user', 'app'])
    initiator.properties[key] = { anyOf: [initiator.properties[key], { type: 'null' }] };
  ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('int32', {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && Math.abs(value) < 2 ** 31,
  });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('date-time', (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value),
  );
  ajv.addSchema({ $id: 'graph', components: doc.components });
  return ajv;
}

/** Asserts that a value matches a schema of the shared OpenAPI file, e.g. `microsoft.graph.user`. */
export function assertSchema(name: string, value: unknown): void {
  let validate = validators.get(name);
  if (!validate) {
    validate = schemas().compile({ $ref: `graph#/components/schemas/${name}` });
    validators.set(name, validate);
  }
  if (!validate(value))
    throw new Error(
      `Response does not match ${name}: ${JSON.stringify(validate.errors?.slice(0, 5))}\n${JSON.stringify(value).slice(0, 500)}`,
    );
}

/** Asserts a collection body whose items match a schema. */
export function assertCollection(name: string, body: unknown): void {
  const value = (body as { value?: unknown }).value;
  if (!Array.isArray(value))
    throw new Error(`Not a collection: ${JSON.stringify(body).slice(0, 200)}`);
  for (const item of value) assertSchema(name, item);
}

/** Asserts Graph's error envelope with a code. */
export function assertGraphError(json: Record<string, unknown>, code: string): void {
  assertSchema('odata.error', json);
  const error = json.error as {
    code?: string;
    message?: string;
    innerError?: Record<string, string>;
  };
  if (error.code !== code)
    throw new Error(`Expected ${code}, got ${String(error.code)}: ${String(error.message)}`);
  if (!error.innerError?.['request-id'] || !error.innerError.date)
    throw new Error('innerError lacks request-id or date');
}
