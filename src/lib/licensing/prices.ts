/**
 * The admin's prices: a monthly price per product in one currency (issue #15 item 1). Nothing is
 * invented: a product without a price has none, and every cost view says what to enter.
 *
 * - Amounts are kept as whole ten-thousandths of the currency unit (`PRICE_SCALE`), so sums of
 *   seats x prices are exact integers and never drift by a cent (a price may have up to four
 *   decimals; a total is rounded only when it is shown).
 * - One currency per price list: a sum of euros and dollars means nothing without an exchange rate
 *   the portal does not have, so a second currency is refused rather than shown beside the first.
 * - Currencies are ISO 4217 codes as the runtime knows them (`Intl.supportedValuesOf('currency')`).
 */
import type { SkuId } from '../ids';

/** Amounts are whole multiples of 1/PRICE_SCALE of the currency unit. */
export const PRICE_SCALE = 10_000;
/** The most decimals a price may have. */
export const PRICE_DECIMALS = 4;
/** The largest monthly price per seat accepted (a typo guard: Microsoft's dearest SKU is far below). */
export const MAX_PRICE = 100_000;

/** The monthly price of each product that has one, in one currency. */
export interface PriceList {
  /** ISO 4217 code, such as `EUR`; null until the first price is set. */
  readonly currency: string | null;
  /** Monthly price per seat in ten-thousandths of the currency, by product. */
  readonly prices: Readonly<Record<SkuId, number>>;
}

export const NO_PRICES: PriceList = { currency: null, prices: {} };

let knownCurrencies: ReadonlySet<string> | null = null;

/** Whether `code` is an ISO 4217 currency code the runtime formats (upper case, three letters). */
export function isCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code);
}

/** Why a typed price is refused. */
export type PriceProblem = 'notNumber' | 'negative' | 'tooManyDecimals' | 'tooLarge' | 'formula';

const DECIMAL = /^\d+(\.\d+)?$/;
const FORMULA = /^[=+@\t\r]/;

/**
 * A typed price ("36", "36.5", "0.1234") as an amount, or why not. A decimal point only (never a
 * comma: "1,234" is ambiguous between languages), no thousands separators, no currency sign.
 */
export function parsePrice(text: string): { amount: number } | { problem: PriceProblem } {
  const value = text.trim();
  if (FORMULA.test(value)) return { problem: 'formula' };
  if (value.startsWith('-')) {
    return DECIMAL.test(value.slice(1)) ? { problem: 'negative' } : { problem: 'notNumber' };
  }
  if (!DECIMAL.test(value)) return { problem: 'notNumber' };
  const [, decimals = ''] = value.split('.');
  if (decimals.length > PRICE_DECIMALS) return { problem: 'tooManyDecimals' };
  const amount = Math.round(Number(value) * PRICE_SCALE);
  if (amount > MAX_PRICE * PRICE_SCALE) return { problem: 'tooLarge' };
  return { amount };
}

/** A product's monthly price per seat, or null when the admin has not set one. */
export function priceOf(list: PriceList, skuId: SkuId): number | null {
  return Object.hasOwn(list.prices, skuId) ? (list.prices[skuId] ?? null) : null;
}

/** Whether the list has at least one price. */
export const hasPrices = (list: PriceList): boolean =>
  list.currency !== null && Object.keys(list.prices).length > 0;

/**
 * The monthly cost of a set of licences (one seat each) at the list's prices: the sum of the
 * priced ones, and whether any had no price (then the sum is a floor, and views say so).
 */
export function monthlyCost(
  list: PriceList,
  skuIds: Iterable<SkuId>,
): { amount: number; unpriced: number } {
  let amount = 0;
  let unpriced = 0;
  for (const skuId of skuIds) {
    const price = priceOf(list, skuId);
    if (price === null) unpriced += 1;
    else amount += price;
  }
  return { amount, unpriced };
}

/** An amount as a number of currency units, for `Intl.NumberFormat` and CSV. */
export const toUnits = (amount: number): number => amount / PRICE_SCALE;

/**
 * An amount as a plain decimal for a CSV or an input, never localised, with the cents always
 * written and up to the four decimals a price may have ("36.50", "0.1234", "1200.00"): what a
 * spreadsheet or a finance system reads as money. Worked out on the integer, so no binary
 * fraction shows.
 */
export function amountText(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const whole = Math.floor(Math.abs(amount) / PRICE_SCALE);
  const fraction = String(Math.abs(amount) % PRICE_SCALE)
    .padStart(4, '0')
    .replace(/0{1,2}$/, '');
  return `${sign}${String(whole)}.${fraction}`;
}

/** A list as it came from storage, or null when it is not one (hand-edited, from an old build). */
export function parseStoredPriceList(value: unknown): PriceList | null {
  if (typeof value !== 'object' || value === null) return null;
  const { currency, prices } = value as { currency?: unknown; prices?: unknown };
  if (currency !== null && (typeof currency !== 'string' || !isCurrency(currency))) return null;
  if (typeof prices !== 'object' || prices === null) return null;
  const kept: Record<SkuId, number> = {};
  for (const [skuId, amount] of Object.entries(prices)) {
    if (typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0)
      kept[skuId as SkuId] = amount;
  }
  return { currency, prices: kept };
}
