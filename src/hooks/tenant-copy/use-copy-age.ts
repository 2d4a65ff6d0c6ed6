/**
 * How old the tenant copy is, in the admin's words and language, kept current while shown. The age
 * is the wall clock now less the copy's `takenAt` (the worker dates copies by the same wall clock):
 * one clock for every age on the page, read again every tick and whenever a copy with another
 * `takenAt` is shown, so an age is never counted from when a component mounted.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';

/** How often the age is read again: it is shown to the minute past the first one. */
const TICK_MS = 15_000;

/** A duration as the largest whole unit that fits (seconds below a minute, then minutes, hours, days). */
export function ageUnit(ms: number): { value: number; unit: 'second' | 'minute' | 'hour' | 'day' } {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return { value: seconds, unit: 'second' };
  if (seconds < 3600) return { value: Math.floor(seconds / 60), unit: 'minute' };
  if (seconds < 86_400) return { value: Math.floor(seconds / 3600), unit: 'hour' };
  return { value: Math.floor(seconds / 86_400), unit: 'day' };
}

/** The page's clock for copy ages: the wall clock as last read, and who shows an age. */
const clock = { now: Date.now(), timer: null as ReturnType<typeof setInterval> | null };
const listeners = new Set<() => void>();

function readClock(): void {
  const now = Date.now();
  if (now === clock.now) return;
  clock.now = now;
  for (const listener of listeners) listener();
}

/**
 * Subscribes an age to the clock, reading the wall clock at once: React subscribes again when the
 * copy's `takenAt` changes (a new `subscribe` per copy), so a new copy's age is read against now,
 * not against the last tick.
 */
function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  clock.timer ??= setInterval(readClock, TICK_MS);
  readClock();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && clock.timer !== null) {
      clearInterval(clock.timer);
      clock.timer = null;
    }
  };
}

const clockNow = () => clock.now;

/** The age of a copy taken at `takenAt` right now, on the wall clock (for event handlers). */
export const copyAgeNow = (takenAt: number): number => Math.max(0, Date.now() - takenAt);

/** Milliseconds since the copy was taken (`takenAt`, wall clock), kept current; null without a copy. */
export function useCopyAgeMs(takenAt: number | null): number | null {
  // A new subscription per copy: the clock is read again when another copy is shown.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- takenAt is what renews it
  const subscribe = useCallback((listener: () => void) => subscribeClock(listener), [takenAt]);
  const now = useSyncExternalStore(subscribe, clockNow);
  return takenAt === null ? null : Math.max(0, now - takenAt);
}

/** "3 minutes ago" ("3 minuten geleden"); null without a copy. */
export function useCopyAge(takenAt: number | null): string | null {
  const intl = useIntl();
  const ms = useCopyAgeMs(takenAt);
  if (ms === null) return null;
  const { value, unit } = ageUnit(ms);
  return intl.formatRelativeTime(-value, unit, { numeric: 'always' });
}
