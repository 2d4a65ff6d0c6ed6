/** `/subscribedSkus`, `/subscribedSkus/{id}` and `/organization`. */
import { organizationWire, subscribedSkuWire } from '../adapter';
import { graphError } from '../errors';
import { jsonResponse } from '../http';
import { contextUrl } from '../odata/apply';
import { graphRoute, type Route } from '../pipeline/route';
import type { StoreReader } from '../store';
import { namesQuery } from './common';

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

/** The properties of `organizationWire` (Graph's `organization`), for `$select`. */
const ORGANIZATION_PROPERTIES = [
  'id',
  'displayName',
  'countryLetterCode',
  'createdDateTime',
  'tenantType',
  'verifiedDomains',
  'assignedPlans',
  'businessPhones',
  'city',
  'country',
  'postalCode',
  'state',
  'street',
  'preferredLanguage',
];

const pick = (json: Json, names: readonly string[] | null): Json =>
  names ? Object.fromEntries(names.map((n) => [n, json[n]])) : json;

function skus(store: StoreReader): Json[] {
  return store.tenant
    .subscriptions()
    .map((s) => subscribedSkuWire(store.organization, s, store.skus.get(s.skuId)));
}

const skuQuery = namesQuery(SKU_PROPERTIES, 'subscribedSku');
const organizationQuery = namesQuery(ORGANIZATION_PROPERTIES, 'organization');

/** Routes of tenant-level resources: `$select` only (Graph refuses `$filter` on them). */
export const tenantInfoRoutes: readonly Route[] = [
  graphRoute({
    method: 'GET',
    path: '/subscribedSkus',
    query: skuQuery,
    respond: (ctx) =>
      jsonResponse(ctx, {
        '@odata.context': contextUrl(ctx.url.origin, 'subscribedSkus', ctx.query),
        value: skus(ctx.store).map((s) => pick(s, ctx.query)),
      }),
  }),
  graphRoute({
    method: 'GET',
    path: '/subscribedSkus/:id',
    query: skuQuery,
    respond: (ctx) => {
      const id = (ctx.params.id ?? '').toLowerCase();
      const sku = skus(ctx.store).find((s) => s.id === id);
      if (!sku) throw graphError.notFound(ctx.params.id ?? '');
      return jsonResponse(ctx, {
        '@odata.context': contextUrl(ctx.url.origin, 'subscribedSkus', ctx.query, true),
        ...pick(sku, ctx.query),
      });
    },
  }),
  graphRoute({
    method: 'GET',
    path: '/organization',
    query: organizationQuery,
    respond: (ctx) =>
      jsonResponse(ctx, {
        '@odata.context': contextUrl(ctx.url.origin, 'organization', ctx.query),
        value: [pick(organizationWire(ctx.store.organization), ctx.query)],
      }),
  }),
  graphRoute({
    method: 'GET',
    path: '/organization/:id',
    query: organizationQuery,
    respond: (ctx) => {
      if ((ctx.params.id ?? '').toLowerCase() !== ctx.store.organization.id)
        throw graphError.notFound(ctx.params.id ?? '');
      return jsonResponse(ctx, {
        '@odata.context': contextUrl(ctx.url.origin, 'organization', ctx.query, true),
        ...pick(organizationWire(ctx.store.organization), ctx.query),
      });
    },
  }),
];
