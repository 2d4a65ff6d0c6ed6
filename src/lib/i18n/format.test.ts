import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { formatWith } from './format';

const english = formatWith(createIntl({ locale: 'en-US' }));
const dutch = formatWith(createIntl({ locale: 'nl-NL' }));

describe('formats per locale', () => {
  it('reads a date and time as the language writes it, in UTC', () => {
    expect(english.dateTime('2026-12-06T20:46:13Z')).toBe('Dec 6, 2026, 8:46:13 PM UTC');
    expect(dutch.dateTime('2026-12-06T20:46:13Z')).toBe('6 dec 2026, 20:46:13 UTC');
  });

  it('reads a list cell’s date and time short, to the second, in UTC without repeating the zone', () => {
    expect(english.shortDateTime('2026-12-06T20:46:13Z')).toBe('12/6/26, 8:46:13 PM');
    expect(dutch.shortDateTime('2026-12-06T20:46:13Z')).toBe('06-12-2026, 20:46:13');
    expect(english.shortDateTime('soon')).toBe('soon');
  });

  it('reads a day and a count as the language writes them', () => {
    expect(english.date('2026-12-06T23:59:00Z')).toBe('Dec 6, 2026');
    expect(dutch.date('2026-12-06T23:59:00Z')).toBe('6 dec 2026');
    expect(english.count(1200)).toBe('1,200');
    expect(dutch.count(1200)).toBe('1.200');
  });

  it('reads an amount on a chart axis short, with the currency, as the language writes it', () => {
    const axis = [5_000, 10_000, 1_500_000].map((n) => english.moneyShort(n, 'EUR'));
    expect(axis).toEqual(['€5K', '€10K', '€1.5M']);
    expect([5_000, 10_000, 1_500_000].map((n) => dutch.moneyShort(n, 'EUR'))).toEqual([
      '€\u00a05K',
      '€\u00a010K',
      '€\u00a01,5\u00a0mln.',
    ]);
  });

  it('shows what Graph sent when it is not a date', () => {
    expect(dutch.dateTime('')).toBe('');
    expect(dutch.dateTime('soon')).toBe('soon');
  });
});
