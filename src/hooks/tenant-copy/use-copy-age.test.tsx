/**
 * The copy's age is the wall clock less the copy's `takenAt`, whenever the copy arrives: not
 * counted from when the line showing it mounted, and read again when another copy is shown.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { intlWrapper } from '../../test/intl-wrapper';
import { useCopyAge } from './use-copy-age';

function Age({ takenAt }: { readonly takenAt: number | null }) {
  return <p>{useCopyAge(takenAt) ?? 'no copy'}</p>;
}

const START = Date.UTC(2026, 11, 7, 13, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(START);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the tenant copy age', () => {
  it('is the time since the copy was taken, for a copy that arrives after the line mounted', () => {
    const view = render(<Age takenAt={null} />, { wrapper: intlWrapper() });
    expect(screen.getByText('no copy')).toBeInTheDocument();
    // 14 s later (before the line's next tick) the stored copy arrives: taken 2 minutes ago.
    act(() => {
      vi.advanceTimersByTime(14_000);
    });
    view.rerender(<Age takenAt={Date.now() - 2 * 60_000} />);
    expect(screen.getByText('2 minutes ago')).toBeInTheDocument();
  });

  it('starts over for a refreshed copy, and goes on with the wall clock', () => {
    const first = START - 7 * 60_000;
    const view = render(<Age takenAt={first} />, { wrapper: intlWrapper() });
    expect(screen.getByText('7 minutes ago')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    // The refresh began 4 s ago: its copy is 4 seconds old, not a negative age held at 0.
    view.rerender(<Age takenAt={Date.now() - 4_000} />);
    expect(screen.getByText('4 seconds ago')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(3 * 60_000);
    });
    expect(screen.getByText('3 minutes ago')).toBeInTheDocument();
  });

  it('reads in Dutch', () => {
    render(<Age takenAt={START - 3 * 3_600_000} />, { wrapper: intlWrapper('nl-NL') });
    expect(screen.getByText('3 uur geleden')).toBeInTheDocument();
  });
});
