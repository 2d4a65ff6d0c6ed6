/**
 * Small parsers for `validateSearch`: URL search values arrive as unknown (strings, numbers,
 * arrays); these keep what is valid and drop the rest, so a hand-edited link never crashes a blade.
 */
import { isGuid } from '../guid';

/** A non-empty string, or undefined. */
export function optionalString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A GUID (an id such as a skuId), or undefined. */
export function optionalGuid(value: unknown): string | undefined {
  return typeof value === 'string' && isGuid(value) ? value : undefined;
}

/** One of the allowed values, or undefined. */
export function optionalOneOf<const T extends string>(
  allowed: readonly T[],
  value: unknown,
): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** A whole number ≥ 0, or undefined. */
export function optionalInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** Drops undefined keys, so links stay short (`?tab=plans`, not `?tab=plans&q=`). */
export function compact<T extends Record<string, unknown>>(search: T): T {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as T;
}
