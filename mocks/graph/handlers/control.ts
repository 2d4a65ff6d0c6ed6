/**
 * The emulator's control API under `/_emulator` (not Graph): tokens, reset to a seed,
 * subscriptions and service plans, the clock, the processing queue, and the profile (`default`
 * or `graph`: extensions, throttling, list lag) with its 429s forced on the next requests. No bearer token; the HTTP
 * server guards it (loopback, allowed origins, the control secret on other addresses).
 */
import { catalog, type PrepaidUnits } from '../../../src/engine';
import { subscribedSkuWire } from '../adapter';
import { authenticate, isAllowed } from '../auth';
import { isoDate, parseDuration } from '../clock';
import { GraphError, graphError } from '../errors';
import { isGuid } from '../ids';
import { controlRoute, type Route } from '../pipeline/route';
import { parseForcedThrottle, parseProfile, profileJson } from '../profile/profile';
import type { StoreReader } from '../store';
import { withWarningPeriod } from '../subscriptions';
import { issueToken } from '../tokens';
import { isSeedName } from '../../seeds/names';

/** The largest clock step: far beyond any grace period, far below the end of JavaScript dates. */
const MAX_ADVANCE_MS = 36_500 * 86_400_000;

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

function skuJson(store: StoreReader, skuId: string): unknown {
  const sku = store.tenant.subscription(skuId);
  if (!sku) throw graphError.notFound(skuId);
  return subscribedSkuWire(store.organization, sku, store.skus.get(sku.skuId), store.clock.now());
}

/** Routes of the control API. */
export const controlRoutes: readonly Route[] = [
  controlRoute({
    method: 'POST',
    path: '/token',
    body: 'json',
    accept: ({ store, body }) => {
      const upn = body.userPrincipalName;
      if (typeof upn !== 'string') throw graphError.badRequest("'userPrincipalName' is required.");
      const id = store.findUserId(upn);
      if (id === undefined) throw graphError.notFound(upn);
      const roles = store.rolesOf(id);
      if (roles.length === 0)
        throw graphError.badRequest(`User '${upn}' holds no administrator role in this tenant.`);
      if (store.tenant.profile(id)?.accountEnabled !== true)
        throw graphError.badRequest(`The account '${upn}' is disabled.`);
      return { id, roles };
    },
    apply: ({ store }, { id, roles }) => {
      const { token, expiresIn } = issueToken(store, id);
      return { access_token: token, token_type: 'Bearer', expires_in: expiresIn, roles };
    },
  }),

  controlRoute({
    method: 'GET',
    path: '/admins',
    apply: ({ store }) => ({
      value: [...store.admins].map(([id, roles]) => {
        const profile = store.tenant.profile(id);
        return {
          id,
          userPrincipalName: profile?.userPrincipalName ?? id,
          displayName: profile?.displayName ?? null,
          roles,
        };
      }),
    }),
  }),

  controlRoute({
    method: 'POST',
    path: '/reset',
    body: 'optional-json',
    accept: ({ store, request, body }) => {
      // The portal sends its admin's token: only a Global Administrator may wipe the tenant (the
      // roles table's `tenant.reset`; a Global Reader pressing Reset is refused, and nothing
      // changes). Without a token (tests, scripts, the HTTP server behind its control secret) the
      // control API answers as before.
      if (request.headers.has('authorization')) {
        const admin = authenticate(store, request);
        if (!isAllowed(admin.roles, 'tenant.reset'))
          throw new GraphError(
            403,
            'Authorization_RequestDenied',
            'Only a Global Administrator may reset the demo tenant.',
          );
      }
      const seed = body.seed ?? 'default';
      if (typeof seed !== 'string' || !isSeedName(seed))
        throw graphError.badRequest("'seed' must be one of default, empty, large.");
      return seed;
    },
    apply: async ({ emulator }, seed) => {
      const store = await emulator.resetInBackground(seed);
      return {
        seed,
        users: store.users.size,
        groups: store.groups.size,
        subscriptions: store.skus.size,
      };
    },
  }),

  controlRoute({
    method: 'POST',
    path: '/subscriptions',
    body: 'json',
    status: 201,
    accept: ({ body }) => {
      const key = body.skuPartNumber ?? body.skuId;
      if (typeof key !== 'string')
        throw graphError.badRequest("'skuPartNumber' (or 'skuId') is required.");
      const product = isGuid(key) ? catalog.product(key) : catalog.productByPartNumber(key);
      if (!product) throw graphError.badRequest(`No product '${key}' in the catalog.`);
      return { skuId: product.skuId, units: units(body.prepaidUnits ?? {}) };
    },
    apply: ({ store }, { skuId, units: prepaid }) => {
      const sku = store.tenant.addSubscription(skuId, prepaid);
      const now = store.clock.now();
      store.skus.set(
        sku.skuId,
        withWarningPeriod(
          { subscriptionId: store.ids.guid(), createdDateTime: now },
          prepaid.warning,
          now,
        ),
      );
      store.touch();
      return skuJson(store, sku.skuId);
    },
  }),

  controlRoute({
    method: 'PATCH',
    path: '/subscriptions/:skuId',
    body: 'json',
    accept: ({ store, body, params }) => {
      const skuId = params.skuId ?? '';
      const current = store.tenant.subscription(skuId);
      if (!current) throw graphError.notFound(skuId);
      for (const key of Object.keys(body))
        if (key !== 'prepaidUnits') throw graphError.badRequest(`Unknown property '${key}'.`);
      return { skuId, units: units(body.prepaidUnits ?? {}, current.prepaidUnits) };
    },
    apply: ({ store }, { skuId, units: prepaid }) => {
      store.tenant.updateSubscription(skuId, prepaid);
      const extras = store.skus.get(skuId);
      if (extras)
        store.skus.set(skuId, withWarningPeriod(extras, prepaid.warning, store.clock.now()));
      store.touch();
      return skuJson(store, skuId);
    },
  }),

  controlRoute({
    method: 'POST',
    path: '/subscriptions/:skuId/servicePlans',
    body: 'json',
    status: 201,
    accept: ({ store, body, params }) => {
      const { servicePlanId, servicePlanName } = body;
      if (!isGuid(servicePlanId)) throw graphError.badRequest("'servicePlanId' must be a GUID.");
      if (typeof servicePlanName !== 'string' || servicePlanName.trim() === '')
        throw graphError.badRequest("'servicePlanName' is required.");
      const skuId = params.skuId ?? '';
      if (!store.tenant.subscription(skuId)) throw graphError.notFound(skuId);
      const friendlyName = typeof body.friendlyName === 'string' ? body.friendlyName : undefined;
      return {
        skuId,
        plan: {
          servicePlanId: servicePlanId.toLowerCase(),
          servicePlanName,
          ...(friendlyName ? { friendlyName } : {}),
        },
      };
    },
    apply: ({ store }, { skuId, plan }) => {
      const groups = store.mutate(store.newCorrelationId(), () =>
        store.tenant.addServicePlan(skuId, plan),
      );
      return {
        ...(skuJson(store, skuId) as object),
        groupsWithNewPlan: groups.map((g) => g.id),
      };
    },
  }),

  controlRoute({
    method: 'POST',
    path: '/clock',
    body: 'json',
    accept: ({ store, body }) => {
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
      return ms;
    },
    apply: ({ store }, ms) => {
      store.clock.advance(ms);
      store.touch();
      return { now: isoDate(store.clock.now()) };
    },
  }),
  controlRoute({
    method: 'GET',
    path: '/clock',
    apply: ({ store }) => ({ now: isoDate(store.clock.now()) }),
  }),

  controlRoute({
    method: 'GET',
    path: '/profile',
    apply: ({ emulator }) => profileJson(emulator.profile),
  }),
  controlRoute({
    method: 'POST',
    path: '/profile',
    body: 'json',
    accept: ({ body }) => parseProfile(body),
    apply: ({ emulator }, profile) => {
      emulator.setProfile(profile);
      return profileJson(emulator.profile);
    },
  }),

  // The next Graph requests (of a method and route, when given) answered 429: tests that must
  // see throttling every run, whatever the forced rate draws.
  controlRoute({
    method: 'POST',
    path: '/throttle',
    body: 'json',
    accept: ({ body }) => parseForcedThrottle(body),
    apply: ({ emulator }, forced) => {
      emulator.forceThrottled(forced);
      return {
        next: forced.count,
        retryAfter: forced.retryAfter,
        method: forced.method,
        pattern: forced.pattern,
      };
    },
  }),

  controlRoute({
    method: 'GET',
    path: '/processing',
    apply: ({ emulator }) => emulator.pump.status(),
  }),
  controlRoute({
    method: 'POST',
    path: '/processing',
    body: 'json',
    accept: ({ body }) => {
      if (typeof body.paused !== 'boolean')
        throw graphError.badRequest("'paused' must be true or false.");
      return body.paused;
    },
    apply: ({ emulator }, paused) => {
      emulator.pump.setPaused(paused);
      return emulator.pump.status();
    },
  }),
  controlRoute({
    method: 'POST',
    path: '/processing/step',
    body: 'optional-json',
    accept: ({ body }) => {
      const users = body.users ?? 1;
      if (typeof users !== 'number' || !Number.isInteger(users) || users < 1)
        throw graphError.badRequest("'users' must be a whole number of one or more.");
      return users;
    },
    apply: ({ emulator }, users) => {
      emulator.pump.step(users);
      return emulator.pump.status();
    },
  }),
  controlRoute({
    method: 'POST',
    path: '/processing/wait',
    apply: async ({ emulator }) => {
      await emulator.pump.waitForIdle();
      return emulator.pump.status();
    },
  }),
];
