/**
 * The debounce of search boxes: the wait for a typed value starts at the keystroke (`typed`),
 * not when the value comes back through the URL and the blade's render; a value that arrives any
 * other way waits from its commit; quick typing settles once, on the last value.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDebouncedInput } from './use-debounced-value';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(initial: string, idle?: () => boolean) {
  const settled: string[] = [];
  const hook = renderHook(
    ({ value }: { value: string }) =>
      useDebouncedInput(value, 50, {
        onSettle: (text) => {
          settled.push(text);
        },
        idle,
      }),
    { initialProps: { value: initial } },
  );
  return { hook, settled };
}

describe('useDebouncedInput', () => {
  it('waits from the keystroke, not from the later commit of the value', () => {
    const { hook, settled } = setup('');
    act(() => {
      hook.result.current.typed('Ann');
    });
    // The URL's value renders 30 ms later (navigation and the blade's render).
    act(() => {
      vi.advanceTimersByTime(30);
    });
    hook.rerender({ value: 'Ann' });
    act(() => {
      vi.advanceTimersByTime(20);
    });
    expect(settled).toEqual(['Ann']);
    expect(hook.result.current.value).toBe('Ann');
  });

  it('a value that arrives otherwise (the URL) waits from its commit', () => {
    const { hook, settled } = setup('');
    hook.rerender({ value: 'Bo' });
    act(() => {
      vi.advanceTimersByTime(49);
    });
    expect(settled).toEqual([]);
    expect(hook.result.current.value).toBe('');
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(settled).toEqual(['Bo']);
    expect(hook.result.current.value).toBe('Bo');
  });

  it('quick typing settles once, on the last value; nothing settles on mount', () => {
    const { hook, settled } = setup('');
    for (const text of ['D', 'De', 'Deb']) {
      act(() => {
        hook.result.current.typed(text);
      });
      hook.rerender({ value: text });
      act(() => {
        vi.advanceTimersByTime(20);
      });
    }
    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(settled).toEqual(['Deb']);
  });

  it('going back to the settled value before the wait ends settles nothing new', () => {
    const { hook, settled } = setup('Al');
    act(() => {
      hook.result.current.typed('Ali');
    });
    hook.rerender({ value: 'Ali' });
    act(() => {
      hook.result.current.typed('Al');
    });
    hook.rerender({ value: 'Al' });
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(settled).toEqual(['Al']);
    expect(hook.result.current.value).toBe('Al');
  });

  it('with nothing loading, a keystroke settles at once; while a read is on its way, it waits', () => {
    let loading = false;
    const { hook, settled } = setup('', () => !loading);
    act(() => {
      hook.result.current.typed('J');
    });
    expect(settled).toEqual(['J']);
    expect(hook.result.current.value).toBe('J');
    loading = true;
    act(() => {
      hook.result.current.typed('Jo');
    });
    hook.rerender({ value: 'Jo' });
    act(() => {
      vi.advanceTimersByTime(49);
    });
    expect(settled).toEqual(['J']);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(settled).toEqual(['J', 'Jo']);
  });

  it('the key after the answer arrived settles at once, and the wait before it is dropped', () => {
    let loading = true;
    const { hook, settled } = setup('', () => !loading);
    act(() => {
      hook.result.current.typed('Jo');
    });
    hook.rerender({ value: 'Jo' });
    act(() => {
      vi.advanceTimersByTime(20);
    });
    loading = false;
    act(() => {
      hook.result.current.typed('Joh');
    });
    hook.rerender({ value: 'Joh' });
    act(() => {
      vi.advanceTimersByTime(100);
    });
    expect(settled).toEqual(['Joh']);
    expect(hook.result.current.value).toBe('Joh');
  });
});
