import { describe, expect, it } from 'vitest';
import {
  formatSummary,
  summarizeCheck,
  summarizePlaywright,
  summarizeVitest,
  totals,
} from './test-summary.mjs';

function vitestReport(files: { status: string; tests: string[] }[]) {
  const tests = files.flatMap((file) => file.tests);
  return {
    numPassedTests: tests.filter((status) => status === 'passed').length,
    numFailedTests: tests.filter((status) => status === 'failed').length,
    numPendingTests: tests.filter((status) => status === 'skipped').length,
    numTodoTests: 0,
    testResults: files.map((file) => ({
      status: file.status,
      assertionResults: file.tests.map((status) => ({ status })),
    })),
  };
}

function playwrightReport(
  stats: { expected: number; unexpected: number; flaky: number; skipped: number },
  errors: unknown[] = [],
) {
  return { stats, errors };
}

describe('summarizeCheck', () => {
  it('counts a clean exit as one passed test', () => {
    expect(summarizeCheck('lint', 0)).toMatchObject({ passed: 1, failed: 0, missing: false });
  });

  it('counts a non-zero exit or a process that never exited as one failed test', () => {
    expect(summarizeCheck('typecheck', 2)).toMatchObject({ passed: 0, failed: 1 });
    expect(summarizeCheck('typecheck', null)).toMatchObject({ passed: 0, failed: 1 });
  });
});

describe('summarizeVitest', () => {
  it('takes passed, failed and skipped counts from the report', () => {
    const report = vitestReport([
      { status: 'passed', tests: ['passed', 'passed', 'skipped'] },
      { status: 'failed', tests: ['passed', 'failed'] },
    ]);

    expect(summarizeVitest(report, 1)).toMatchObject({
      passed: 3,
      failed: 1,
      skipped: 1,
      missing: false,
    });
  });

  it('counts a test file that failed to load as a failure even though it lists no test', () => {
    const report = vitestReport([
      { status: 'passed', tests: ['passed'] },
      { status: 'failed', tests: [] },
    ]);

    expect(summarizeVitest(report, 1)).toMatchObject({ passed: 1, failed: 1 });
  });

  it('turns a non-zero exit with no failed test into one failure', () => {
    const report = vitestReport([{ status: 'passed', tests: ['passed'] }]);

    const result = summarizeVitest(report, 1);

    expect(result).toMatchObject({ passed: 1, failed: 1 });
    expect(result.note).toContain('exited with 1');
  });

  it('reports no result when no report was written, it is not a report, or no test ran', () => {
    expect(summarizeVitest(undefined, 1)).toMatchObject({
      missing: true,
      note: 'no JSON report was written',
    });
    expect(summarizeVitest({ hello: 'world' }, 0)).toMatchObject({
      missing: true,
      note: 'unreadable JSON report',
    });
    expect(summarizeVitest(vitestReport([]), 0)).toMatchObject({
      missing: true,
      note: 'no test ran',
    });
  });
});

describe('summarizePlaywright', () => {
  it('counts flaky tests as passed and unexpected ones as failed', () => {
    const report = playwrightReport({ expected: 4, unexpected: 1, flaky: 1, skipped: 2 });

    expect(summarizePlaywright(report, 1)).toMatchObject({
      passed: 5,
      failed: 1,
      skipped: 2,
      missing: false,
    });
  });

  it('counts errors outside any test, such as a web server that would not start, as failures', () => {
    const report = playwrightReport({ expected: 0, unexpected: 0, flaky: 0, skipped: 0 }, [
      { message: 'Timed out waiting 120000ms from config.webServer.' },
    ]);

    expect(summarizePlaywright(report, 1)).toMatchObject({ passed: 0, failed: 1, missing: false });
  });

  it('reports no result when no report was written or no test ran', () => {
    expect(summarizePlaywright(undefined, 1)).toMatchObject({ missing: true });
    expect(
      summarizePlaywright(
        playwrightReport({ expected: 0, unexpected: 0, flaky: 0, skipped: 0 }),
        0,
      ),
    ).toMatchObject({ missing: true, note: 'no test ran' });
  });
});

describe('formatSummary and totals', () => {
  const allGreen = [
    summarizeCheck('lint', 0),
    summarizeCheck('typecheck', 0),
    summarizeVitest(
      vitestReport([{ status: 'passed', tests: ['passed', 'passed', 'skipped'] }]),
      0,
    ),
    summarizePlaywright(playwrightReport({ expected: 1, unexpected: 0, flaky: 0, skipped: 0 }), 0),
  ];

  it('ends with the closing line and puts the per-suite breakdown just above it', () => {
    expect(formatSummary(allGreen)).toEqual([
      'By suite: lint passed=1 failed=0 | typecheck passed=1 failed=0 | vitest passed=2 failed=0 skipped=1 | playwright passed=1 failed=0',
      '5 passed, 0 failed',
    ]);
    expect(totals(allGreen)).toEqual({ passed: 5, failed: 0, ok: true });
  });

  it('is not ok when a suite failed', () => {
    const results = [...allGreen, summarizeCheck('lint', 1)];

    expect(formatSummary(results).at(-1)).toBe('5 passed, 1 failed');
    expect(totals(results).ok).toBe(false);
  });

  it('is not ok when a suite produced no result, even with zero failures', () => {
    const results = [...allGreen.slice(0, 3), summarizePlaywright(undefined, null)];

    expect(formatSummary(results)[0]).toContain(
      'playwright NO RESULT (no JSON report was written)',
    );
    expect(formatSummary(results).at(-1)).toBe('4 passed, 0 failed');
    expect(totals(results).ok).toBe(false);
  });
});
