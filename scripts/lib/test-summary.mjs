/**
 * Turns each suite's outcome (an exit code, or a runner's JSON report) into passed/failed counts,
 * and prints the project's closing line. Pure functions, so scripts/test-all.mjs stays a thin
 * process runner and the counting rules are unit-tested.
 *
 * Invariant: a suite that ran nothing is never reported as passing; a runner that exited non-zero
 * always contributes at least one failure, even when its report lists no failed test.
 */

/**
 * @typedef {object} SuiteResult
 * @property {string} name
 * @property {number} passed
 * @property {number} failed
 * @property {number} skipped
 * @property {boolean} missing true when the suite produced no usable result
 * @property {string} [note] why the counts are what they are, when not obvious
 */

/**
 * @typedef {object} VitestReport
 * @property {number} numPassedTests
 * @property {number} numFailedTests
 * @property {number} [numPendingTests]
 * @property {number} [numTodoTests]
 * @property {{ status: string, assertionResults: { status: string }[] }[]} testResults
 */

/**
 * @typedef {object} PlaywrightReport
 * @property {{ expected: number, unexpected: number, flaky: number, skipped: number }} stats
 * @property {unknown[]} [errors]
 */

/**
 * A check with no test count of its own (lint, typecheck) counts as one test.
 * @param {string} name
 * @param {number | null} exitCode null when the process could not be started or was killed
 * @returns {SuiteResult}
 */
export function summarizeCheck(name, exitCode) {
  const passed = exitCode === 0;
  return { name, passed: passed ? 1 : 0, failed: passed ? 0 : 1, skipped: 0, missing: false };
}

/**
 * @param {unknown} report Vitest's JSON report, or undefined when none was written
 * @param {number | null} exitCode
 * @returns {SuiteResult}
 */
export function summarizeVitest(report, exitCode) {
  if (!isVitestReport(report)) {
    return missing(
      'vitest',
      report === undefined ? 'no JSON report was written' : 'unreadable JSON report',
    );
  }
  const brokenFiles = report.testResults.filter(
    (file) =>
      file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const failed = report.numFailedTests + brokenFiles;
  if (report.numPassedTests + failed + skipped === 0) {
    return missing('vitest', 'no test ran');
  }
  return withExitCode(
    { name: 'vitest', passed: report.numPassedTests, failed, skipped, missing: false },
    exitCode,
  );
}

/**
 * Flaky tests (failed, then passed on retry) count as passed; errors outside any test (a web server
 * that would not start, a spec that does not compile) count as failures.
 * @param {unknown} report Playwright's JSON report, or undefined when none was written
 * @param {number | null} exitCode
 * @returns {SuiteResult}
 */
export function summarizePlaywright(report, exitCode) {
  if (!isPlaywrightReport(report)) {
    return missing(
      'playwright',
      report === undefined ? 'no JSON report was written' : 'unreadable JSON report',
    );
  }
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failed = unexpected + (report.errors?.length ?? 0);
  if (expected + flaky + failed + skipped === 0) {
    return missing('playwright', 'no test ran');
  }
  return withExitCode(
    { name: 'playwright', passed: expected + flaky, failed, skipped, missing: false },
    exitCode,
  );
}

/**
 * @param {SuiteResult[]} results
 * @returns {{ passed: number, failed: number, ok: boolean }}
 */
export function totals(results) {
  const passed = results.reduce((sum, result) => sum + result.passed, 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  return { passed, failed, ok: failed === 0 && results.every((result) => !result.missing) };
}

/**
 * The per-suite breakdown line, then the closing `N passed, N failed` line, which must stay last.
 * @param {SuiteResult[]} results
 * @returns {string[]}
 */
export function formatSummary(results) {
  const breakdown = results.map((result) => {
    if (result.missing) {
      return `${result.name} NO RESULT (${result.note ?? 'unknown'})`;
    }
    const skipped = result.skipped > 0 ? ` skipped=${String(result.skipped)}` : '';
    const note = result.note === undefined ? '' : ` (${result.note})`;
    return `${result.name} passed=${String(result.passed)} failed=${String(result.failed)}${skipped}${note}`;
  });
  const { passed, failed } = totals(results);
  return [
    `By suite: ${breakdown.join(' | ')}`,
    `${String(passed)} passed, ${String(failed)} failed`,
  ];
}

/**
 * @param {string} name
 * @param {string} note
 * @returns {SuiteResult}
 */
function missing(name, note) {
  return { name, passed: 0, failed: 0, skipped: 0, missing: true, note };
}

/**
 * @param {SuiteResult} result
 * @param {number | null} exitCode
 * @returns {SuiteResult}
 */
function withExitCode(result, exitCode) {
  if (exitCode !== 0 && result.failed === 0) {
    return {
      ...result,
      failed: 1,
      note: `runner exited with ${String(exitCode)} but reported no failed test`,
    };
  }
  return result;
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null;
}

/**
 * @param {unknown} value
 * @returns {value is VitestReport}
 */
function isVitestReport(value) {
  return (
    isRecord(value) &&
    typeof value.numPassedTests === 'number' &&
    typeof value.numFailedTests === 'number' &&
    Array.isArray(value.testResults)
  );
}

/**
 * @param {unknown} value
 * @returns {value is PlaywrightReport}
 */
function isPlaywrightReport(value) {
  if (!isRecord(value) || !isRecord(value.stats)) {
    return false;
  }
  const { stats } = value;
  return ['expected', 'unexpected', 'flaky', 'skipped'].every(
    (key) => typeof stats[key] === 'number',
  );
}
