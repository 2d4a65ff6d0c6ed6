import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const isCI = Boolean(process.env.CI);
/** The preview server's port; `E2E_PORT` lets two checkouts run their journeys side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
/**
 * The HTTP Graph emulator the live-mode journeys (`e2e/live-*.spec.ts`) route graph.microsoft.com
 * to, in the `graph` profile. `E2E_EMULATOR_PORT`, by default 160 below the preview's port.
 */
const emulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? port - 160);
process.env.E2E_EMULATOR_PORT = String(emulatorPort);

/**
 * Debian's Chromium where it is installed (CI installs it; Playwright cannot download browsers
 * there), otherwise the Chromium Playwright manages (`npx playwright install chromium`).
 */
const systemChromium = '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;

export default defineConfig({
  testDir: 'e2e',
  // Journeys only: `e2e/support/*.test.ts` are the fixtures' own unit tests (vitest).
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: isCI,
  retries: 0,
  // A guard against a journey that hangs, not a speed target (speeds live in the benchmarks), and
  // one budget for every journey (the roles journey, eight sign-ins, has its own). On this 2-core
  // machine at a load of 16-19 a journey takes up to about 2.5 min, the first of a run paying the
  // browser's start and the emulator building its tenant (74 s of the assign journey's 123 s, which
  // passed every step and met the old 120 s); CI runs journeys about three times slower than an
  // idle machine here. A passing journey pays nothing for the budget; only a hung one waits it out.
  timeout: 300_000,
  // How long a journey waits for the state an admin would see. Waiting ends as soon as the state
  // is there, so a longer budget only slows a journey that fails; 5 s (Playwright's default) was
  // overrun on a loaded machine by a first audit-log page that did arrive.
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? '.tmp/playwright-results.json' },
    ],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: baseURL,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npm run emulator -- --port ${emulatorPort} --seed default --profile graph --allow-origin ${baseURL}`,
      url: `http://127.0.0.1:${emulatorPort}/_emulator/clock`,
      reuseExistingServer: !isCI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
