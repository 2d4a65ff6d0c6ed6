/**
 * Graph ids as the portal holds them: branded and lower-cased, made once where an id enters the
 * portal (a fetcher parsing Graph's answer, a route's params or `validateSearch`). Graph compares
 * GUIDs without regard to case; after the edge, every comparison is a plain `===`.
 *
 *   const sku = toSkuId(wire.skuId);        // in src/api, once
 *   licenses.some((l) => l.skuId === sku);  // everywhere else
 */
import { isGuid } from './guid';

declare const brand: unique symbol;
type Branded<T extends string> = string & { readonly [brand]: T };

/** A product's `skuId`. */
export type SkuId = Branded<'SkuId'>;
/** A service plan's `servicePlanId`. */
export type PlanId = Branded<'PlanId'>;
/** A user's object id (or, in a URL, the user principal name Graph also accepts). */
export type UserId = Branded<'UserId'>;
/** A group's object id. */
export type GroupId = Branded<'GroupId'>;

const normal = (raw: string) => raw.trim().toLowerCase();

export const toSkuId = (raw: string): SkuId => normal(raw) as SkuId;
export const toPlanId = (raw: string): PlanId => normal(raw) as PlanId;
export const toUserId = (raw: string): UserId => normal(raw) as UserId;
export const toGroupId = (raw: string): GroupId => normal(raw) as GroupId;

/** A GUID-shaped skuId from untrusted input (a URL), or undefined. */
export function parseSkuId(value: unknown): SkuId | undefined {
  return typeof value === 'string' && isGuid(value.trim()) ? toSkuId(value) : undefined;
}
