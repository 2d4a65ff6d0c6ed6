#!/usr/bin/env node
/**
 * `npm test`: lint, format check, typecheck, unit and component tests (Vitest), then end-to-end journeys
 * (Playwright). Every step runs even when an earlier one failed, so one run shows everything that
 * is wrong. The last line is always `N passed, N failed`; the exit code is non-zero when anything
 * failed or a suite produced no result.
 *
 * Lint, the format check and the typecheck are each one process on one core, so they run side by
 * side (two cores finish them in about half the time), their output kept and printed whole, step
 * by step, in this order. Vitest and Playwright use every core and run alone. (Playwright's web
 * server still builds the app itself: served from a build made beside these checks, the journeys
 * started while the HTTP emulator was still starting up and the smoke journey's accessibility
 * check timed out on a loaded machine.)
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
 * Runs a step: its output printed as it comes, or with `keep` kept and returned instead (for steps
 * that run side by side).
 * @param {string} bin a binary from node_modules/.bin
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, keep?: boolean }} [options]
 * @returns {Promise<{ title: string, code: number | null, output: string }>} the exit code is null
 *   when the step could not run to an exit
 */
function run(bin, args, { env = {}, keep = false } = {}) {
  const title = `${bin} ${args.join(' ')}`;
  if (!keep) console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    const child = spawn(path.join(root, 'node_modules', '.bin', bin), args, {
      cwd: root,
      stdio: keep ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    child.stdout?.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
    child.stderr?.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
    child.on('error', (error) => {
      const output = `Could not start ${bin}: ${error.message}\n`;
      if (!keep) console.error(output);
      resolve({ title, code: null, output });
    });
    child.on('close', (code) => {
      resolve({ title, code, output: Buffer.concat(chunks).toString('utf8') });
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

console.log('\n▶ lint, format check and typecheck, side by side');
const [lint, format, typecheck] = await Promise.all([
  run('eslint', ['--max-warnings', '0', '.'], { keep: true }),
  run('prettier', ['--check', '.'], { keep: true }),
  run('tsc', ['-p', 'tsconfig.json', '--noEmit'], { keep: true }),
]);
for (const step of [lint, format, typecheck]) {
  console.log(`\n▶ ${step.title} (exit ${String(step.code)})`);
  process.stdout.write(step.output);
}
results.push(summarizeCheck('lint', lint.code));
results.push(summarizeCheck('format', format.code));
results.push(summarizeCheck('typecheck', typecheck.code));

const vitest = await run('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
results.push(summarizeVitest(readReport(vitestReport), vitest.code));

const playwright = await run('playwright', ['test'], {
  env: { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
});
results.push(summarizePlaywright(readReport(playwrightReport), playwright.code));

rmSync(reportDir, { recursive: true, force: true });

console.log('');
for (const line of formatSummary(results)) {
  console.log(line);
}
process.exitCode = totals(results).ok ? 0 : 1;
