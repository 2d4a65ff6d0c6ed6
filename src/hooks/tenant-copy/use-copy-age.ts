/** How old the tenant copy is, in the admin's words and language, kept current while shown. */
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

/** How often the age is read again: it is shown to the minute. */
const TICK_MS = 15_000;

/** A duration as the largest whole unit that fits (seconds below a minute, then minutes, hours, days). */
export function ageUnit(ms: number): { value: number; unit: 'second' | 'minute' | 'hour' | 'day' } {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 60) return { value: seconds, unit: 'second' };
  if (seconds < 3600) return { value: Math.floor(seconds / 60), unit: 'minute' };
  if (seconds < 86_400) return { value: Math.floor(seconds / 3600), unit: 'hour' };
  return { value: Math.floor(seconds / 86_400), unit: 'day' };
}

/** Milliseconds since `takenAt`, read again every tick; null without a copy. */
export function useCopyAgeMs(takenAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (takenAt === null) return undefined;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, TICK_MS);
    return () => {
      clearInterval(timer);
    };
  }, [takenAt]);
  return takenAt === null ? null : now - takenAt;
}

/** "3 minutes ago" ("3 minuten geleden"); null without a copy. */
export function useCopyAge(takenAt: number | null): string | null {
  const intl = useIntl();
  const ms = useCopyAgeMs(takenAt);
  if (ms === null) return null;
  const { value, unit } = ageUnit(ms);
  return intl.formatRelativeTime(-value, unit, { numeric: 'always' });
}
