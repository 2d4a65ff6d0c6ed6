/**
 * Dates, times and counts in the admin's language, in one place: every blade formats through
 * `useFormat()` (or ICU `{n, number}` inside a message), never with a fixed locale. A date and
 * time reads "Dec 6, 2026, 8:46:13 PM UTC" in English and "6 dec 2026, 20:46:13 UTC" in Dutch (in a
 * list cell "12/6/26, 8:46:13 PM" and "06-12-2026, 20:46:13", under a header naming UTC); a
 * day "Dec 6, 2026" / "6 dec 2026"; a count "1,200" / "1.200". Times are shown in UTC, as Graph
 * stores them (the audit log's filters are UTC days). CSV exports stay ISO and English
 * (`src/lib/csv`, `englishT`).
 */
import { useMemo } from 'react';
import { useIntl, type IntlShape } from 'react-intl';

export interface Format {
  /** A Graph date-time (ISO 8601) with the time, in UTC; the text as given when it is not a date. */
  readonly dateTime: (iso: string) => string;
  /**
   * A Graph date-time in a list cell: the locale's short date and the time to the second, in
   * UTC; the column header names the zone ("12/6/26, 8:46:13 PM").
   */
  readonly shortDateTime: (iso: string) => string;
  /** A Graph date or date-time as a day, in UTC. */
  readonly date: (iso: string) => string;
  /** A whole number with the locale's digit grouping. */
  readonly count: (n: number) => string;
  /** An amount of money in an ISO 4217 currency ("€1,234.50" / "€ 1.234,50"). */
  readonly money: (units: number, currency: string) => string;
  /**
   * An amount on a chart's axis: the currency, the locale's short scale, at most one decimal
   * ("€5K", "€1.5M" / "€ 5K", "€ 1,5 mln.").
   */
  readonly moneyShort: (units: number, currency: string) => string;
}

const DAY = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
const DAY_AND_TIME = {
  ...DAY,
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
} as const;

const SHORT_DAY_AND_TIME = { dateStyle: 'short', timeStyle: 'medium', timeZone: 'UTC' } as const;

/** The formatters of a react-intl `intl` (the provider caches the `Intl` objects behind them). */
export function formatWith(intl: IntlShape): Format {
  const dated = (iso: string, options: Intl.DateTimeFormatOptions): string => {
    const date = iso ? new Date(iso) : null;
    return date && !Number.isNaN(date.getTime()) ? intl.formatDate(date, options) : iso;
  };
  return {
    dateTime: (iso) => dated(iso, DAY_AND_TIME),
    shortDateTime: (iso) => dated(iso, SHORT_DAY_AND_TIME),
    date: (iso) => dated(iso, DAY),
    count: (n) => intl.formatNumber(n, { maximumFractionDigits: 0 }),
    money: (units, currency) => intl.formatNumber(units, { style: 'currency', currency }),
    moneyShort: (units, currency) =>
      intl.formatNumber(units, {
        style: 'currency',
        currency,
        notation: 'compact',
        minimumFractionDigits: 0,
        maximumFractionDigits: 1,
      }),
  };
}

/** The formatters of the current language; the same object until the language changes. */
export function useFormat(): Format {
  const intl = useIntl();
  return useMemo(() => formatWith(intl), [intl]);
}
