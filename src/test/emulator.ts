/**
 * The Graph emulator for Vitest (node and jsdom): one MSW `setupServer` per test file, started on
 * first use, answering `https://graph.microsoft.com/v1.0/...` and `/_emulator/...` in-process with
 * a manual clock, so tests are deterministic. Only src/test may import mocks/ (eslint boundary).
 */
import { afterAll } from 'vitest';
import { ADMIN_UPNS } from '../../mocks/seeds/kit';
import type { SeedName } from '../../mocks/seeds/names';
import { createTestServer } from '../../mocks/node';

type TestEmulator = ReturnType<typeof createTestServer>;

let running: TestEmulator | null = null;

/** The running test emulator (started and listening after the first call). */
export function testEmulator(): TestEmulator {
  if (running === null) {
    running = createTestServer();
    running.server.listen({ onUnhandledRequest: 'error' });
  }
  return running;
}

/** Puts the tenant back to a seed and forgets every token. */
export function resetTestTenant(seed: SeedName = 'default'): void {
  testEmulator().emulator.reset(seed);
}

afterAll(() => {
  running?.server.close();
  running = null;
});

/** The seeded admin accounts, one per role. */
export const ADMIN = {
  global: ADMIN_UPNS['Global Administrator'],
  license: ADMIN_UPNS['License Administrator'],
  groups: ADMIN_UPNS['Groups Administrator'],
  user: ADMIN_UPNS['User Administrator'],
  globalReader: ADMIN_UPNS['Global Reader'],
  reportsReader: ADMIN_UPNS['Reports Reader'],
} as const;

export type { SeedName };
