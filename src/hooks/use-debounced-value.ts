/**
 * The value, once it has stopped changing for `delay` ms (search-as-you-type). The wait starts when
 * the new value is committed, before the browser paints (a layout effect: a passive effect would
 * start it only after the next frame), or earlier still: a search box calls `typed` from its
 * change handler, so the wait runs while the keystroke renders (a URL-held search commits only
 * after the router's navigation and the blade's render, ~15 ms a key on the users list). `onSettle`
 * runs in the timer, before the settled value renders, so a read for it can start at once instead
 * of in the effects of that render. With `idle`, a keystroke settles at once whenever `idle()`
 * says nothing is loading (the answer to the previous value is in), and waits only while a read is
 * on its way: the list answers the last key without the pause, and reads never pile up.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** What `useDebouncedInput` returns. */
export interface DebouncedInput<T> {
  /** The settled value. */
  readonly value: T;
  /** Starts the wait for `next` now; the value the hook is given is expected to follow. */
  readonly typed: (next: T) => void;
}

/** What a debounced value does besides waiting. */
export interface DebounceOptions<T> {
  /** Runs in the timer (or the keystroke), before the settled value renders. */
  readonly onSettle?: ((value: T) => void) | undefined;
  /** Whether nothing is loading now: a keystroke then settles at once instead of waiting. */
  readonly idle?: (() => boolean) | undefined;
}

export function useDebouncedInput<T>(
  value: T,
  delay: number,
  { onSettle, idle }: DebounceOptions<T> = {},
): DebouncedInput<T> {
  const [debounced, setDebounced] = useState(value);
  const settle = useRef(onSettle);
  const isIdle = useRef(idle);
  useLayoutEffect(() => {
    settle.current = onSettle;
    isIdle.current = idle;
  });
  /** The value being waited for, and its timer. */
  const waiting = useRef<{ readonly value: T; readonly timer: ReturnType<typeof setTimeout> }>(
    null,
  );
  const typed = useCallback(
    (next: T) => {
      if (waiting.current) clearTimeout(waiting.current.timer);
      waiting.current = null;
      const done = () => {
        waiting.current = null;
        settle.current?.(next);
        setDebounced(next);
      };
      if (isIdle.current?.()) {
        done();
        return;
      }
      waiting.current = { value: next, timer: setTimeout(done, delay) };
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

export function useDebouncedValue<T>(value: T, delay: number, options?: DebounceOptions<T>): T {
  return useDebouncedInput(value, delay, options).value;
}
