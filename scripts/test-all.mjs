#!/usr/bin/env node
/**
 * `npm test`: lint, format check, typecheck, unit and component tests (Vitest), then end-to-end journeys
 * (Playwright). Every step runs even when an earlier one failed, so one run shows everything that
 * is wrong. The last line is always `N passed, N failed`; the exit code is non-zero when anything
 * failed or a suite produced no result.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  formatSummary,
  summarizeCheck,
  summarizePlaywright,
  summarizeVitest,
  totals,
} from './lib/test-summary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const reportDir = mkdtempSync(path.join(tmpdir(), 'licensing-portal-tests-'));
const vitestReport = path.join(reportDir, 'vitest.json');
const playwrightReport = path.join(reportDir, 'playwright.json');

/**
 * @param {string} bin a binary from node_modules/.bin
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<number | null>} the exit code, or null when it could not run to an exit
 */
function run(bin, args, env = {}) {
  console.log(`\n▶ ${bin} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules', '.bin', bin), args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    child.on('error', (error) => {
      console.error(`Could not start ${bin}: ${error.message}`);
      resolve(null);
    });
    child.on('close', (code) => {
      resolve(code);
    });
  });
}

/**
 * @param {string} file
 * @returns {unknown} the parsed report, or undefined when the runner wrote none
 */
function readReport(file) {
  if (!existsSync(file)) {
    return undefined;
  }
  try {
    return /** @type {unknown} */ (JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(
      `Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

const results = [];

results.push(summarizeCheck('lint', await run('eslint', ['--max-warnings', '0', '.'])));
results.push(summarizeCheck('format', await run('prettier', ['--check', '.'])));
results.push(summarizeCheck('typecheck', await run('tsc', ['-p', 'tsconfig.json', '--noEmit'])));

const vitestExit = await run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
results.push(summarizeVitest(readReport(vitestReport), vitestExit));

const playwrightExit = await run('playwright', ['test'], {
  PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport,
});
results.push(summarizePlaywright(readReport(playwrightReport), playwrightExit));

rmSync(reportDir, { recursive: true, force: true });

console.log('');
for (const line of formatSummary(results)) {
  console.log(line);
}
process.exitCode = totals(results).ok ? 0 : 1;
