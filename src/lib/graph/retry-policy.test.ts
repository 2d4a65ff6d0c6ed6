import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDecision } from './retry-policy';

const NOW = Date.parse('2026-12-06T12:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['10', 10_000],
    ['0', 0],
    ['1.5', 1500],
    ['Sun, 06 Dec 2026 12:00:30 GMT', 30_000],
    ['Sun, 06 Dec 2026 11:59:00 GMT', 0],
  ])('reads %s as %i ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([[null], [''], ['soon'], ['-3']])('ignores %s', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});

describe('retryDecision', () => {
  const half = () => 0.5;

  it.each([
    ['GET', 429, 10_000, { delayMs: 10_000, toldByGraph: true }],
    ['POST', 429, 2_000, { delayMs: 2_000, toldByGraph: true }],
    ['POST', 429, null, { delayMs: 500, toldByGraph: false }],
    ['POST', 503, 5_000, { delayMs: 5_000, toldByGraph: true }],
    ['GET', 503, null, { delayMs: 500, toldByGraph: false }],
    ['GET', 504, null, { delayMs: 500, toldByGraph: false }],
    ['DELETE', 504, null, { delayMs: 500, toldByGraph: false }],
  ] as const)(
    '%s answered %i (Retry-After %s ms) is retried',
    (method, status, retryAfterMs, decision) => {
      expect(retryDecision({ method, status, retryAfterMs }, 1, half)).toEqual(decision);
    },
  );

  it.each([
    ['POST', 503],
    ['POST', 504],
    ['PATCH', 504],
    ['GET', 500],
    ['GET', 400],
    ['GET', 401],
    ['GET', 403],
    ['GET', 404],
  ] as const)(
    '%s answered %i without Retry-After is not retried (may have been applied, or will not change)',
    (method, status) => {
      expect(retryDecision({ method, status, retryAfterMs: null }, 1, half)).toBeNull();
    },
  );

  it('backs off exponentially with full jitter, capped', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(
      (attempt) =>
        retryDecision(
          { method: 'GET', status: 429, retryAfterMs: null },
          attempt,
          () => 0.999_999,
          {
            maxAttempts: 20,
            maxDelayMs: 60_000,
          },
        )?.delayMs,
    );
    expect(ceilings).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000,
    ]);
    expect(
      retryDecision({ method: 'GET', status: 429, retryAfterMs: null }, 3, () => 0)?.delayMs,
    ).toBe(0);
  });

  it('stops after the last attempt', () => {
    const request = { method: 'GET', status: 429, retryAfterMs: 1000 } as const;
    expect(retryDecision(request, 2, half, { maxAttempts: 3 })).not.toBeNull();
    expect(retryDecision(request, 3, half, { maxAttempts: 3 })).toBeNull();
  });

  it('never waits longer than the cap, even when Graph asks', () => {
    expect(
      retryDecision({ method: 'GET', status: 429, retryAfterMs: 3_600_000 }, 1, half)?.delayMs,
    ).toBe(120_000);
  });
});
