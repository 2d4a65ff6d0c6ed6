import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompileMessages } from './scripts/lib/precompile-messages.ts';
import { preloadOnlyMissing } from './scripts/lib/preload-missing.ts';

const preload = preloadOnlyMissing();

export default defineConfig({
  // Production builds carry the message catalogs parsed (no ICU parser on the page).
  plugins: [react(), precompileMessages(), preload.plugin],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Preload lists without the chunks the importing chunk has loaded already.
    modulePreload: { resolveDependencies: preload.resolveDependencies },
    // Two pages: the portal, and MSAL's redirect bridge (live mode's redirect URI).
    rolldownOptions: { input: { main: 'index.html', redirect: 'redirect.html' } },
  },
  // The embedded emulator's Web Worker (mocks/worker/emulator.worker.ts) is an ES module worker.
  worker: { format: 'es' },
  test: {
    // Vitest's default in a run is one worker fewer than the cores: one worker on a 2-core
    // machine (this one, and CI), with the second core nearly idle. Every core runs test files.
    maxWorkers: '100%',
    testTimeout: 10_000,
    hookTimeout: 10_000,
    teardownTimeout: 10_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/engine/**/*.test.ts',
            'src/lib/**/*.test.ts',
            'mocks/**/*.test.ts',
            'scripts/**/*.test.ts',
            'e2e/support/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          // A component test renders the portal against the emulator and resets its tenant: 1-8 s
          // on an idle machine, 8-16 s at a load of 15-20 (groups-page, copy-store, inactive-users
          // met 10 s there). A guard against a hang, as in the journeys; speeds live in benchmarks.
          testTimeout: 30_000,
          include: [
            'src/**/*.test.tsx',
            'src/{api,app,components,features,hooks,test}/**/*.test.ts',
          ],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
