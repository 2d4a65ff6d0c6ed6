/**
 * Holds the emulator's answers to one kind of Graph request until the test releases them, so a
 * test can look at the blade while a read is in flight (no timers: the test decides when).
 */
import { http } from 'msw';
import { testEmulator } from './emulator';

/** What `holdRequests` returns. */
export interface Held {
  /** Lets every request held so far, and every later one, through to the emulator. */
  readonly release: () => void;
  /** The URL of each request held, in the order they arrived. */
  readonly urls: readonly URL[];
}

/**
 * Holds every request of `method` to `path` (an MSW path under Graph v1.0, e.g.
 * `/groups/:id/previewAssignLicense`) until `release()`; then the emulator answers each as usual.
 * Call `server.resetHandlers()` after the test.
 */
export function holdRequests(method: 'get' | 'post', path: string): Held {
  // The executor runs at once, so `release` is set before it is returned.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const urls: URL[] = [];
  testEmulator().server.use(
    http[method](`https://graph.microsoft.com/v1.0${path}`, async ({ request }) => {
      urls.push(new URL(request.url));
      // Answering nothing hands the request on to the emulator's own handler.
      await held;
    }),
  );
  return { release, urls };
}

/** Holds every `POST` to `path` (see `holdRequests`). */
export function holdPosts(path: string): { release: () => void } {
  return holdRequests('post', path);
}
