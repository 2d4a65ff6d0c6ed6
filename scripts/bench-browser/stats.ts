/** Small helpers to summarise repeated measurements. */

/** The median (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** `1,234 ms`. */
export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

/** `123.4 kB` (1 kB = 1,000 bytes, as Vite prints them). */
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** `median (run, run, run)`. */
export const runs = (values: readonly number[]) =>
  `${ms(median(values))} (${values.map((v) => Math.round(v).toLocaleString('en-US')).join(', ')})`;
