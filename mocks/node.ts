/**
 * The emulator in Node tests: `setupServer` with the emulator's handlers. Time is manual by
 * default (it moves only through `POST /_emulator/clock`), so tests are deterministic.
 */
import { setupServer } from 'msw/node';
import { Emulator, type EmulatorOptions } from './graph/emulator';
import { createHandlers } from './handlers';

/**
 * A test server and the emulator behind it. Call `server.listen()` in `beforeAll`. The small
 * seeds are built once per test process and copied on every reset (a test file resets before
 * each test); `large` is reset to once a file at most, and built each time.
 */
export function createTestServer(options: EmulatorOptions = {}): {
  server: ReturnType<typeof setupServer>;
  emulator: Emulator;
} {
  const emulator = new Emulator({ clock: 'manual', keepSeeds: ['default', 'empty'], ...options });
  return { server: setupServer(...createHandlers(emulator)), emulator };
}
