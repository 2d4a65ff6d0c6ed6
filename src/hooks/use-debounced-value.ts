/**
 * The value, once it has stopped changing for `delay` ms (search-as-you-type). The wait starts when
 * the new value is committed, before the browser paints (a layout effect: a passive effect would
 * start it only after the next frame), or earlier still: a search box calls `typed` from its
 * change handler, so the wait runs while the keystroke renders (a URL-held search commits only
 * after the router's navigation and the blade's render, ~15 ms a key on the users list). `onSettle`
 * runs in the timer, before the settled value renders, so a read for it can start at once instead
 * of in the effects of that render.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** What `useDebouncedInput` returns. */
export interface DebouncedInput<T> {
  /** The settled value. */
  readonly value: T;
  /** Starts the wait for `next` now; the value the hook is given is expected to follow. */
  readonly typed: (next: T) => void;
}

export function useDebouncedInput<T>(
  value: T,
  delay: number,
  onSettle?: (value: T) => void,
): DebouncedInput<T> {
  const [debounced, setDebounced] = useState(value);
  const settle = useRef(onSettle);
  useLayoutEffect(() => {
    settle.current = onSettle;
  });
  /** The value being waited for, and its timer. */
  const waiting = useRef<{ readonly value: T; readonly timer: ReturnType<typeof setTimeout> }>(
    null,
  );
  const typed = useCallback(
    (next: T) => {
      if (waiting.current) clearTimeout(waiting.current.timer);
      const timer = setTimeout(() => {
        waiting.current = null;
        settle.current?.(next);
        setDebounced(next);
      }, delay);
      waiting.current = { value: next, timer };
    },
    [delay],
  );
  // A value that arrives some other way (the URL, a reset) waits from its commit; one already
  // being waited for (`typed`) keeps its earlier start.
  useLayoutEffect(() => {
    if (waiting.current ? Object.is(waiting.current.value, value) : Object.is(debounced, value))
      return;
    typed(value);
    // `debounced` is read, not followed: a settled value never starts a wait.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, typed]);
  useEffect(
    () => () => {
      if (waiting.current) clearTimeout(waiting.current.timer);
    },
    [],
  );
  return { value: debounced, typed };
}

export function useDebouncedValue<T>(value: T, delay: number, onSettle?: (value: T) => void): T {
  return useDebouncedInput(value, delay, onSettle).value;
}
