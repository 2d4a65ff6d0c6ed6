/**
 * The value, once it has stopped changing for `delay` ms (search-as-you-type). The wait starts when
 * the new value is committed, before the browser paints (a layout effect: a passive effect would
 * start it only after the next frame). `onSettle` runs in the timer, before the settled value
 * renders, so a read for it can start at once instead of in the effects of that render.
 */
import { useLayoutEffect, useRef, useState } from 'react';

export function useDebouncedValue<T>(value: T, delay: number, onSettle?: (value: T) => void): T {
  const [debounced, setDebounced] = useState(value);
  const settle = useRef(onSettle);
  useLayoutEffect(() => {
    settle.current = onSettle;
  });
  useLayoutEffect(() => {
    const timer = setTimeout(() => {
      settle.current?.(value);
      setDebounced(value);
    }, delay);
    return () => {
      clearTimeout(timer);
    };
  }, [value, delay]);
  return debounced;
}
