/** `/subscribedSkus`, `/directory/subscriptions`, `/organization`, each also by id. */
import { companySubscriptionsWire, organizationWire, subscribedSkuWire } from '../adapter';
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

/** The properties of `companySubscription` (`companySubscriptionsWire`), for `$select`. */
const COMPANY_SUBSCRIPTION_PROPERTIES = [
  'id',
  'commerceSubscriptionId',
  'createdDateTime',
  'isTrial',
  'nextLifecycleDateTime',
  'ownerId',
  'ownerTenantId',
  'ownerType',
  'serviceStatus',
  'skuId',
  'skuPartNumber',
  'status',
  'totalLicenses',
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
  const now = store.clock.now();
  return store.tenant
    .subscriptions()
    .map((s) => subscribedSkuWire(store.organization, s, store.skus.get(s.skuId), now));
}

function companySubscriptions(store: StoreReader): Json[] {
  const now = store.clock.now();
  return store.tenant
    .subscriptions()
    .flatMap((s) => companySubscriptionsWire(s, store.skus.get(s.skuId), now));
}

const skuQuery = namesQuery(SKU_PROPERTIES, 'subscribedSku');
const subscriptionQuery = namesQuery(COMPANY_SUBSCRIPTION_PROPERTIES, 'companySubscription');
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
    path: '/directory/subscriptions',
    query: subscriptionQuery,
    respond: (ctx) =>
      jsonResponse(ctx, {
        '@odata.context': contextUrl(ctx.url.origin, 'directory/subscriptions', ctx.query),
        value: companySubscriptions(ctx.store).map((s) => pick(s, ctx.query)),
      }),
  }),
  graphRoute({
    method: 'GET',
    path: '/directory/subscriptions/:id',
    query: subscriptionQuery,
    respond: (ctx) => {
      const id = (ctx.params.id ?? '').toLowerCase();
      const found = companySubscriptions(ctx.store).find((s) => s.id === id);
      if (!found) throw graphError.notFound(ctx.params.id ?? '');
      return jsonResponse(ctx, {
        '@odata.context': contextUrl(ctx.url.origin, 'directory/subscriptions', ctx.query, true),
        ...pick(found, ctx.query),
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
