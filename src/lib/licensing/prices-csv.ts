/**
 * The prices CSV: `skuPartNumber,price,currency`, one product a line (issue #15 item 1), read by
 * papaparse (RFC 4180: quoted fields, doubled quotes, CRLF or LF). All or nothing: the file is
 * checked whole and either every line is taken or nothing changes, with every problem named by
 * its line.
 *
 * - The header line is optional: a first line whose first cell is `skuPartNumber` is skipped.
 * - A price has a decimal point ("36.5"), never a comma or a currency sign (see `parsePrice`).
 * - Products are the organization's own (`subscribedSkus`), by part number, any letter case; a
 *   product twice in the file is refused (which price would be meant?).
 * - One currency: every line the same ISO 4217 code, and the same as the prices already kept for
 *   products the file does not name (see `./prices.ts` for why currencies are never mixed).
 * - The import sets the prices of the products it names and keeps the others.
 * - A cell a spreadsheet would run as a formula (`=`, `+`, `@`, tab, CR; `-` before text) is refused,
 *   not cleaned: the file did not come from the portal.
 * - At most `MAX_PRICES_CSV_BYTES` and `MAX_PRICES_CSV_LINES` (a tenant has at most a few hundred
 *   products); a bigger file is refused before it is read.
 */
import Papa from 'papaparse';
import type { SkuId } from '../ids';
import { isCurrency, parsePrice, type PriceList, type PriceProblem } from './prices';

export const MAX_PRICES_CSV_BYTES = 64 * 1024;
export const MAX_PRICES_CSV_LINES = 1000;

/** Why a line, or the whole file, is refused. */
export type PricesCsvProblem =
  | PriceProblem
  | 'columns'
  | 'noProduct'
  | 'unknownProduct'
  | 'duplicateProduct'
  | 'unknownCurrency'
  | 'mixedCurrency'
  | 'currencyDiffers'
  | 'tooBig'
  | 'tooManyLines'
  | 'empty'
  | 'unreadable';

export interface PricesCsvError {
  /** The line of the file (1 is the first), or null for the whole file. */
  readonly line: number | null;
  readonly problem: PricesCsvProblem;
  /** The cell at fault, as written (product, price or currency), when there is one. */
  readonly value: string;
}

export type PricesCsvResult =
  | { readonly ok: true; readonly list: PriceList; readonly count: number }
  | { readonly ok: false; readonly errors: readonly PricesCsvError[] };

/** What the import needs of a product. */
export interface PricedProduct {
  readonly skuId: SkuId;
  readonly partNumber: string;
}

const FORMULA = /^[=+@\t\r]|^-(?![\d.])/;

const refuse = (errors: PricesCsvError[]): PricesCsvResult => ({ ok: false, errors });

/** Reads a prices CSV against the organization's products and the prices kept now. */
export function parsePricesCsv(
  text: string,
  products: readonly PricedProduct[],
  current: PriceList,
): PricesCsvResult {
  if (text.length > MAX_PRICES_CSV_BYTES)
    return refuse([{ line: null, problem: 'tooBig', value: '' }]);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const rows = parsed.data;
  if (rows.length > MAX_PRICES_CSV_LINES + 1) {
    return refuse([{ line: null, problem: 'tooManyLines', value: String(rows.length) }]);
  }
  const unreadable = parsed.errors.filter((e) => e.type === 'Quotes');
  if (unreadable.length > 0) {
    return refuse(
      unreadable.map((e) => ({ line: (e.row ?? 0) + 1, problem: 'unreadable', value: e.message })),
    );
  }
  const byPart = new Map(products.map((p) => [p.partNumber.toUpperCase(), p.skuId]));
  const errors: PricesCsvError[] = [];
  const prices: Record<SkuId, number> = {};
  const seen = new Set<SkuId>();
  let currency: string | null = null;

  for (const [index, cells] of rows.entries()) {
    const line = index + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (index === 0 && cells[0]?.trim().toLowerCase() === 'skupartnumber') continue;
    const fail = (problem: PricesCsvProblem, value = '') => errors.push({ line, problem, value });
    if (cells.length !== 3) {
      fail('columns', cells.join(','));
      continue;
    }
    const [part = '', price = '', code = ''] = cells.map((cell) => cell.trim());
    const formula = [part, code].find((cell) => FORMULA.test(cell));
    if (formula !== undefined) {
      fail('formula', formula);
      continue;
    }
    if (part === '') {
      fail('noProduct');
      continue;
    }
    const skuId = byPart.get(part.toUpperCase());
    if (skuId === undefined) fail('unknownProduct', part);
    else if (seen.has(skuId)) fail('duplicateProduct', part);
    else seen.add(skuId);
    const amount = parsePrice(price);
    if ('problem' in amount) fail(amount.problem, price);
    const upper = code.toUpperCase();
    if (!isCurrency(upper)) fail('unknownCurrency', code);
    else if (currency === null) currency = upper;
    else if (currency !== upper) fail('mixedCurrency', code);
    if (skuId !== undefined && 'amount' in amount) prices[skuId] = amount.amount;
  }

  if (errors.length === 0 && currency === null) {
    return refuse([{ line: null, problem: 'empty', value: '' }]);
  }
  const kept = Object.keys(current.prices).filter((skuId) => !seen.has(skuId as SkuId));
  if (errors.length === 0 && current.currency !== null && kept.length > 0) {
    if (current.currency !== currency) {
      errors.push({ line: null, problem: 'currencyDiffers', value: current.currency });
    }
  }
  if (errors.length > 0 || currency === null) return refuse(errors);
  return {
    ok: true,
    list: { currency, prices: { ...current.prices, ...prices } },
    count: seen.size,
  };
}
