/**
 * Holds the emulator's answers to one kind of Graph request until the test releases them, so a
 * test can look at the blade while a read is in flight (no timers: the test decides when).
 */
import { http } from 'msw';
import { testEmulator } from './emulator';

/**
 * Holds every `POST` to `path` (an MSW path under Graph v1.0, e.g. `/groups/:id/previewAssignLicense`)
 * until `release()`; then the emulator answers each as usual. Call `server.resetHandlers()` after
 * the test.
 */
export function holdPosts(path: string): { release: () => void } {
  // The executor runs at once, so `release` is set before it is returned.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  testEmulator().server.use(
    http.post(`https://graph.microsoft.com/v1.0${path}`, async () => {
      // Answering nothing hands the request on to the emulator's own handler.
      await held;
    }),
  );
  return { release };
}
