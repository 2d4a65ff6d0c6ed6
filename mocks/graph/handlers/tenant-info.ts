/** `/subscribedSkus`, `/subscribedSkus/{id}` and `/organization`. */
import { http, type HttpHandler } from 'msw';
import { organizationWire, subscribedSkuWire } from '../adapter';
import type { Emulator } from '../emulator';
import { graphError } from '../errors';
import { graphRoute, jsonResponse, type RequestContext } from '../http';
import { contextUrl } from '../odata/apply';
import { refuseUnsupported, systemOptions } from '../odata/query';
import { V1 } from './common';

type Json = Record<string, unknown>;

const SKU_PROPERTIES = [
  'id',
  'accountId',
  'accountName',
  'appliesTo',
  'capabilityStatus',
  'consumedUnits',
  'prepaidUnits',
  'servicePlans',
  'skuId',
  'skuPartNumber',
  'subscriptionIds',
];

/** `$select` only, as Graph documents for subscribedSkus ("Query filter expressions are not supported"). */
function selected(
  ctx: RequestContext,
  properties: readonly string[],
  typeName: string,
): string[] | null {
  const options = systemOptions(ctx.url);
  if (options.has('$filter'))
    throw graphError.unsupportedQuery('Query filter expressions are not supported.');
  refuseUnsupported(options, { select: true });
  const raw = options.get('$select');
  if (raw === undefined) return null;
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const name of names) {
    if (!properties.includes(name))
      throw graphError.badRequest(
        `Could not find a property named '${name}' on type 'microsoft.graph.${typeName}'.`,
      );
  }
  return names;
}

const pick = (json: Json, names: readonly string[] | null): Json =>
  names ? Object.fromEntries(names.map((n) => [n, json[n]])) : json;

function skus(ctx: RequestContext): Json[] {
  const { store } = ctx;
  return store.tenant
    .subscriptions()
    .map((s) => subscribedSkuWire(store.organization, s, store.skus.get(s.skuId)));
}

/** Handlers of tenant-level resources. */
export function tenantInfoHandlers(emulator: Emulator): HttpHandler[] {
  return [
    http.get(
      `${V1}/subscribedSkus`,
      graphRoute(emulator, {}, (ctx) => {
        const names = selected(ctx, SKU_PROPERTIES, 'subscribedSku');
        return jsonResponse(ctx, {
          '@odata.context': contextUrl(ctx.url.origin, 'subscribedSkus', names),
          value: skus(ctx).map((s) => pick(s, names)),
        });
      }),
    ),
    http.get(
      `${V1}/subscribedSkus/:id`,
      graphRoute(emulator, {}, (ctx) => {
        const id = (ctx.params.id ?? '').toLowerCase();
        const sku = skus(ctx).find((s) => s.id === id);
        if (!sku) throw graphError.notFound(ctx.params.id ?? '');
        const names = selected(ctx, SKU_PROPERTIES, 'subscribedSku');
        return jsonResponse(ctx, {
          '@odata.context': contextUrl(ctx.url.origin, 'subscribedSkus', names, true),
          ...pick(sku, names),
        });
      }),
    ),
    http.get(
      `${V1}/organization`,
      graphRoute(emulator, {}, (ctx) => {
        const org = organizationWire(ctx.store.organization);
        const names = selected(ctx, Object.keys(org), 'organization');
        return jsonResponse(ctx, {
          '@odata.context': contextUrl(ctx.url.origin, 'organization', names),
          value: [pick(org, names)],
        });
      }),
    ),
    http.get(
      `${V1}/organization/:id`,
      graphRoute(emulator, {}, (ctx) => {
        const org = organizationWire(ctx.store.organization);
        if ((ctx.params.id ?? '').toLowerCase() !== ctx.store.organization.id)
          throw graphError.notFound(ctx.params.id ?? '');
        const names = selected(ctx, Object.keys(org), 'organization');
        return jsonResponse(ctx, {
          '@odata.context': contextUrl(ctx.url.origin, 'organization', names, true),
          ...pick(org, names),
        });
      }),
    ),
  ];
}
