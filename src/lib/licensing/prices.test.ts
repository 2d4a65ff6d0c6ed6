import { describe, expect, it } from 'vitest';
import { amountText } from './prices';

describe('amountText', () => {
  it.each([
    ['whole units keep their cents', 360_000, '36.00'],
    ['one decimal gets its second', 225_000, '22.50'],
    ['cents as they are', 101_000 + 100, '10.11'],
    ['three decimals', 12_340, '1.234'],
    ['four decimals', 1_234, '0.1234'],
    ['nothing', 0, '0.00'],
    ['a large spend, exactly', 123_456_789_012_345, '12345678901.2345'],
  ])('%s: %d -> %s', (_name, amount, text) => {
    expect(amountText(amount)).toBe(text);
  });
});
