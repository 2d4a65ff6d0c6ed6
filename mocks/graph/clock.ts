/**
 * The emulator clock. Graph times (createdDateTime, audit records, licence dates, the 30-day
 * grace period) all come from here, so `POST /_emulator/clock` can move time forward.
 */
export interface EmulatorClock {
  /** Milliseconds since the epoch, emulator time. */
  now(): number;
  /** Moves emulator time forward. */
  advance(ms: number): void;
}

/** A clock that moves only when advanced: deterministic, for tests and seeds. */
export function manualClock(start: number): EmulatorClock {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
  };
}

/**
 * A clock that starts at `start` and then runs with the wall clock (for the portal and the HTTP
 * server), plus whatever was advanced. Time does not pass while the emulator is stopped: a
 * restored tenant resumes from its saved time.
 */
export function flowingClock(
  start: number,
  wallNow: () => number = () => Date.now(),
): EmulatorClock {
  const wallStart = wallNow();
  let offset = 0;
  return {
    now: () => start + (wallNow() - wallStart) + offset,
    advance(ms) {
      offset += ms;
    },
  };
}

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses an ISO 8601 duration of weeks, days, hours, minutes and seconds (`P31D`, `PT12H`,
 * `P1DT2H30M`) to milliseconds. Years and months have no fixed length and are refused (null).
 */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim().toUpperCase());
  if (!match || text.trim().toUpperCase() === 'P' || text.trim().toUpperCase().endsWith('T'))
    return null;
  const [, w, d, h, m, s] = match;
  const num = (v: string | undefined) => (v === undefined ? 0 : Number(v));
  return (((num(w) * 7 + num(d)) * 24 + num(h)) * 60 + num(m)) * 60_000 + num(s) * 1000;
}

/** ISO 8601 UTC with milliseconds, as Graph writes dates (`2026-11-01T09:00:00Z` style). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
