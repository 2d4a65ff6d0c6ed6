import { describe, expect, it } from 'vitest';
import { toSkuId } from '../ids';
import {
  MAX_PRICES_CSV_BYTES,
  MAX_PRICES_CSV_LINES,
  parsePricesCsv,
  type PricesCsvError,
} from './prices-csv';
import { NO_PRICES, type PriceList } from './prices';

const E3 = toSkuId('6fd2c87f-b296-42f0-b197-1e91e994b900');
const E5 = toSkuId('c7df2760-2c81-4ef7-b578-5b5392b571df');
const PRODUCTS = [
  { skuId: E3, partNumber: 'ENTERPRISEPACK' },
  { skuId: E5, partNumber: 'ENTERPRISEPREMIUM' },
];
const EUR_E5: PriceList = { currency: 'EUR', prices: { [E5]: 520_000 } };

describe('parsePricesCsv: accepted files', () => {
  it.each([
    ['with a header', 'skuPartNumber,price,currency\nENTERPRISEPACK,36,EUR\n', { [E3]: 360_000 }],
    ['without a header', 'ENTERPRISEPACK,36.5,EUR', { [E3]: 365_000 }],
    ['CRLF, a BOM, quoted fields', '\uFEFF"ENTERPRISEPACK","0.1234","EUR"\r\n', { [E3]: 1234 }],
    ['blank lines and spaces', '\nENTERPRISEPACK , 36 , eur\n\n', { [E3]: 360_000 }],
    ['any letter case of the part number', 'enterprisepack,0,EUR', { [E3]: 0 }],
    [
      'two products',
      'ENTERPRISEPACK,36,EUR\nENTERPRISEPREMIUM,57.7,EUR',
      { [E3]: 360_000, [E5]: 577_000 },
    ],
  ])('%s', (_, text, prices) => {
    expect(parsePricesCsv(text, PRODUCTS, NO_PRICES)).toEqual({
      ok: true,
      list: { currency: 'EUR', prices },
      count: Object.keys(prices).length,
    });
  });

  it('keeps the prices of products the file does not name, in their currency', () => {
    const result = parsePricesCsv('ENTERPRISEPACK,36,EUR', PRODUCTS, EUR_E5);
    expect(result).toEqual({
      ok: true,
      list: { currency: 'EUR', prices: { [E3]: 360_000, [E5]: 520_000 } },
      count: 1,
    });
  });

  it('may change the currency when it names every product that has a price', () => {
    const result = parsePricesCsv('ENTERPRISEPREMIUM,60,USD', PRODUCTS, EUR_E5);
    expect(result).toEqual({
      ok: true,
      list: { currency: 'USD', prices: { [E5]: 600_000 } },
      count: 1,
    });
  });
});

describe('parsePricesCsv: bad input is refused whole, every problem by its line', () => {
  const cases: [string, string, PricesCsvError[]][] = [
    ['a negative price', 'ENTERPRISEPACK,-5,EUR', [{ line: 1, problem: 'negative', value: '-5' }]],
    ['not a number', 'ENTERPRISEPACK,abc,EUR', [{ line: 1, problem: 'notNumber', value: 'abc' }]],
    [
      'a decimal comma',
      'ENTERPRISEPACK,"36,5",EUR',
      [{ line: 1, problem: 'notNumber', value: '36,5' }],
    ],
    ['no price', 'ENTERPRISEPACK,,EUR', [{ line: 1, problem: 'notNumber', value: '' }]],
    [
      'a currency sign',
      'ENTERPRISEPACK,€36,EUR',
      [{ line: 1, problem: 'notNumber', value: '€36' }],
    ],
    [
      'too many decimals',
      'ENTERPRISEPACK,1.23456,EUR',
      [{ line: 1, problem: 'tooManyDecimals', value: '1.23456' }],
    ],
    [
      'an absurd price',
      'ENTERPRISEPACK,1000000,EUR',
      [{ line: 1, problem: 'tooLarge', value: '1000000' }],
    ],
    [
      'an unknown product',
      'NOSUCHSKU,36,EUR',
      [{ line: 1, problem: 'unknownProduct', value: 'NOSUCHSKU' }],
    ],
    ['no product', ',36,EUR', [{ line: 1, problem: 'noProduct', value: '' }]],
    [
      'an unknown currency',
      'ENTERPRISEPACK,36,EUROS',
      [{ line: 1, problem: 'unknownCurrency', value: 'EUROS' }],
    ],
    [
      'a made-up currency',
      'ENTERPRISEPACK,36,XYZ',
      [{ line: 1, problem: 'unknownCurrency', value: 'XYZ' }],
    ],
    [
      'a product twice',
      'ENTERPRISEPACK,36,EUR\nenterprisepack,30,EUR',
      [{ line: 2, problem: 'duplicateProduct', value: 'enterprisepack' }],
    ],
    [
      'mixed currencies',
      'ENTERPRISEPACK,36,EUR\nENTERPRISEPREMIUM,60,USD',
      [{ line: 2, problem: 'mixedCurrency', value: 'USD' }],
    ],
    [
      'two columns',
      'ENTERPRISEPACK,36',
      [{ line: 1, problem: 'columns', value: 'ENTERPRISEPACK,36' }],
    ],
    [
      'a formula as product',
      '=HYPERLINK("x"),36,EUR',
      [{ line: 1, problem: 'formula', value: '=HYPERLINK("x")' }],
    ],
    [
      'a formula as price',
      'ENTERPRISEPACK,=1+1,EUR',
      [{ line: 1, problem: 'formula', value: '=1+1' }],
    ],
    [
      'a formula as currency',
      'ENTERPRISEPACK,36,@SUM(A1)',
      [{ line: 1, problem: 'formula', value: '@SUM(A1)' }],
    ],
    ['a dash before text', '-cmd,36,EUR', [{ line: 1, problem: 'formula', value: '-cmd' }]],
    ['a plus sign', 'ENTERPRISEPACK,+36,EUR', [{ line: 1, problem: 'formula', value: '+36' }]],
    [
      'an unclosed quote',
      'ENTERPRISEPACK,"36,EUR',
      [expect.objectContaining({ line: 1, problem: 'unreadable' }) as PricesCsvError],
    ],
    [
      'only a header',
      'skuPartNumber,price,currency\n',
      [{ line: null, problem: 'empty', value: '' }],
    ],
    ['nothing', '', [{ line: null, problem: 'empty', value: '' }]],
    [
      'several bad lines at once',
      'skuPartNumber,price,currency\nENTERPRISEPACK,-1,EUR\nNOPE,2,EUR\nENTERPRISEPREMIUM,3,ZZZ',
      [
        { line: 2, problem: 'negative', value: '-1' },
        { line: 3, problem: 'unknownProduct', value: 'NOPE' },
        { line: 4, problem: 'unknownCurrency', value: 'ZZZ' },
      ],
    ],
  ];
  it.each(cases)('%s', (_, text, errors) => {
    expect(parsePricesCsv(text, PRODUCTS, NO_PRICES)).toEqual({ ok: false, errors });
  });

  it('a file in another currency than the prices it keeps', () => {
    expect(parsePricesCsv('ENTERPRISEPACK,36,USD', PRODUCTS, EUR_E5)).toEqual({
      ok: false,
      errors: [{ line: null, problem: 'currencyDiffers', value: 'EUR' }],
    });
  });

  it('a file over the size cap, before reading it', () => {
    const text = 'ENTERPRISEPACK,36,EUR\n'.repeat(Math.ceil(MAX_PRICES_CSV_BYTES / 22) + 1);
    expect(parsePricesCsv(text, PRODUCTS, NO_PRICES)).toEqual({
      ok: false,
      errors: [{ line: null, problem: 'tooBig', value: '' }],
    });
  });

  it('a file over the line cap', () => {
    const text = 'A,1,EUR\n'.repeat(MAX_PRICES_CSV_LINES + 5);
    expect(parsePricesCsv(text, PRODUCTS, NO_PRICES)).toEqual({
      ok: false,
      errors: [{ line: null, problem: 'tooManyLines', value: String(MAX_PRICES_CSV_LINES + 6) }],
    });
  });
});
