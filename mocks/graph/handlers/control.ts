/**
 * The emulator's control API under `/_emulator` (not Graph): tokens, reset to a seed,
 * subscriptions and service plans, the clock, and the processing queue. No bearer token needed.
 */
import { http, type HttpHandler, type HttpResponseResolver } from 'msw';
import { catalog, type PrepaidUnits } from '../../../src/engine';
import { subscribedSkuWire } from '../adapter';
import { isoDate, parseDuration } from '../clock';
import type { Emulator } from '../emulator';
import { graphError, toGraphError } from '../errors';
import { errorResponse, jsonResponse, readJsonObject } from '../http';
import { isGuid } from '../ids';
import type { TenantStore } from '../store';
import { isSeedName } from '../../seeds/names';

const CONTROL = '*/_emulator';
/** The largest clock step: far beyond any grace period, far below the end of JavaScript dates. */
const MAX_ADVANCE_MS = 36_500 * 86_400_000;

type ControlHandler = (
  store: TenantStore,
  body: Record<string, unknown>,
  params: Record<string, string>,
) => unknown;

type BodyMode = 'required' | 'optional' | 'none';

async function readBody(request: Request, mode: BodyMode): Promise<Record<string, unknown>> {
  if (mode === 'none') return {};
  if (mode === 'optional' && (await request.clone().text()).trim() === '') return {};
  return readJsonObject(request);
}

function control(
  emulator: Emulator,
  mode: BodyMode,
  handler: ControlHandler,
  status = 200,
): HttpResponseResolver {
  return async ({ request, params }) => {
    const ids = {
      requestId: emulator.nextRequestId(),
      clientRequestId: request.headers.get('client-request-id') ?? '',
    };
    try {
      const body = await readBody(request, mode);
      const strings = Object.fromEntries(
        Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
      const result = await handler(emulator.store, body, strings);
      emulator.afterChange();
      return jsonResponse(
        { ...ids, clientRequestId: ids.clientRequestId || ids.requestId },
        result,
        status,
      );
    } catch (error) {
      return errorResponse(
        toGraphError(error),
        { ...ids, clientRequestId: ids.clientRequestId || ids.requestId },
        emulator.store.clock.now(),
      );
    }
  };
}

function units(value: unknown, current?: PrepaidUnits): PrepaidUnits {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw graphError.badRequest(
      "'prepaidUnits' must be an object with enabled, warning, suspended and lockedOut.",
    );
  const raw = value as Record<string, unknown>;
  const read = (key: keyof PrepaidUnits): number => {
    const v = raw[key] ?? current?.[key] ?? 0;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 10_000_000)
      throw graphError.badRequest(`'prepaidUnits.${key}' must be a whole number of zero or more.`);
    return v;
  };
  for (const key of Object.keys(raw)) {
    if (!['enabled', 'warning', 'suspended', 'lockedOut'].includes(key))
      throw graphError.badRequest(`Unknown property 'prepaidUnits.${key}'.`);
  }
  return {
    enabled: read('enabled'),
    warning: read('warning'),
    suspended: read('suspended'),
    lockedOut: read('lockedOut'),
  };
}

function skuJson(store: TenantStore, skuId: string): unknown {
  const sku = store.tenant.subscription(skuId);
  if (!sku) throw graphError.notFound(skuId);
  return subscribedSkuWire(store.organization, sku, store.skus.get(sku.skuId));
}

/** Handlers of the control API. */
export function controlHandlers(emulator: Emulator): HttpHandler[] {
  return [
    http.post(
      `${CONTROL}/token`,
      control(emulator, 'required', (store, body) => {
        const upn = body.userPrincipalName;
        if (typeof upn !== 'string')
          throw graphError.badRequest("'userPrincipalName' is required.");
        const id = store.findUserId(upn);
        if (id === undefined) throw graphError.notFound(upn);
        const roles = store.rolesOf(id);
        if (roles.length === 0)
          throw graphError.badRequest(`User '${upn}' holds no administrator role in this tenant.`);
        return {
          access_token: store.issueToken(id),
          token_type: 'Bearer',
          expires_in: 3600,
          roles,
        };
      }),
    ),

    http.get(
      `${CONTROL}/admins`,
      control(emulator, 'none', (store) => ({
        value: [...store.admins].map(([id, roles]) => {
          const profile = store.tenant.profile(id);
          return {
            id,
            userPrincipalName: profile?.userPrincipalName ?? id,
            displayName: profile?.displayName ?? null,
            roles,
          };
        }),
      })),
    ),

    http.post(
      `${CONTROL}/reset`,
      control(emulator, 'optional', async (_store, body) => {
        const seed = body.seed ?? 'default';
        if (typeof seed !== 'string' || !isSeedName(seed))
          throw graphError.badRequest("'seed' must be one of default, empty, large.");
        const store = await emulator.resetInBackground(seed);
        return {
          seed,
          users: store.users.size,
          groups: store.groups.size,
          subscriptions: store.skus.size,
        };
      }),
    ),

    http.post(
      `${CONTROL}/subscriptions`,
      control(
        emulator,
        'required',
        (store, body) => {
          const key = body.skuPartNumber ?? body.skuId;
          if (typeof key !== 'string')
            throw graphError.badRequest("'skuPartNumber' (or 'skuId') is required.");
          const product = isGuid(key) ? catalog.product(key) : catalog.productByPartNumber(key);
          if (!product) throw graphError.badRequest(`No product '${key}' in the catalog.`);
          const sku = store.tenant.addSubscription(product.skuId, units(body.prepaidUnits ?? {}));
          store.skus.set(sku.skuId, {
            subscriptionId: store.ids.guid(),
            createdDateTime: store.clock.now(),
          });
          store.touch();
          return skuJson(store, sku.skuId);
        },
        201,
      ),
    ),

    http.patch(
      `${CONTROL}/subscriptions/:skuId`,
      control(emulator, 'required', (store, body, params) => {
        const skuId = params.skuId ?? '';
        const current = store.tenant.subscription(skuId);
        if (!current) throw graphError.notFound(skuId);
        for (const key of Object.keys(body))
          if (key !== 'prepaidUnits') throw graphError.badRequest(`Unknown property '${key}'.`);
        store.tenant.updateSubscription(
          skuId,
          units(body.prepaidUnits ?? {}, current.prepaidUnits),
        );
        store.touch();
        return skuJson(store, skuId);
      }),
    ),

    http.post(
      `${CONTROL}/subscriptions/:skuId/servicePlans`,
      control(
        emulator,
        'required',
        (store, body, params) => {
          const { servicePlanId, servicePlanName } = body;
          if (!isGuid(servicePlanId))
            throw graphError.badRequest("'servicePlanId' must be a GUID.");
          if (typeof servicePlanName !== 'string' || servicePlanName.trim() === '')
            throw graphError.badRequest("'servicePlanName' is required.");
          const friendlyName =
            typeof body.friendlyName === 'string' ? body.friendlyName : undefined;
          const correlationId = store.newCorrelationId();
          const groups = store.mutate(correlationId, () =>
            store.tenant.addServicePlan(params.skuId ?? '', {
              servicePlanId: servicePlanId.toLowerCase(),
              servicePlanName,
              ...(friendlyName ? { friendlyName } : {}),
            }),
          );
          return {
            ...(skuJson(store, params.skuId ?? '') as object),
            groupsWithNewPlan: groups.map((g) => g.id),
          };
        },
        201,
      ),
    ),

    http.post(
      `${CONTROL}/clock`,
      control(emulator, 'required', (store, body) => {
        const advance = body.advance;
        const ms = typeof advance === 'string' ? parseDuration(advance) : null;
        if (ms === null)
          throw graphError.badRequest(
            "'advance' must be an ISO 8601 duration of weeks, days, hours, minutes or seconds, such as P31D.",
          );
        if (ms > MAX_ADVANCE_MS || store.clock.now() + ms > 8.64e15)
          throw graphError.badRequest(
            "'advance' may move the clock by at most 100 years (P36500D) at a time.",
          );
        store.clock.advance(ms);
        store.touch();
        return { now: isoDate(store.clock.now()) };
      }),
    ),
    http.get(
      `${CONTROL}/clock`,
      control(emulator, 'none', (store) => ({ now: isoDate(store.clock.now()) })),
    ),

    http.get(
      `${CONTROL}/processing`,
      control(emulator, 'none', () => emulator.pump.status()),
    ),
    http.post(
      `${CONTROL}/processing`,
      control(emulator, 'required', (_store, body) => {
        if (typeof body.paused !== 'boolean')
          throw graphError.badRequest("'paused' must be true or false.");
        emulator.pump.setPaused(body.paused);
        return emulator.pump.status();
      }),
    ),
    http.post(
      `${CONTROL}/processing/step`,
      control(emulator, 'optional', (_store, body) => {
        const users = body.users ?? 1;
        if (typeof users !== 'number' || !Number.isInteger(users) || users < 1)
          throw graphError.badRequest("'users' must be a whole number of one or more.");
        emulator.pump.step(users);
        return emulator.pump.status();
      }),
    ),
    http.post(
      `${CONTROL}/processing/wait`,
      control(emulator, 'none', async () => {
        await emulator.pump.waitForIdle();
        return emulator.pump.status();
      }),
    ),
  ];
}
