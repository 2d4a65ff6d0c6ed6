/**
 * MSW's `start()` asks an existing service worker registration to check for an update
 * (`registration.update()`) and neither awaits nor catches it (mswjs/msw#2006). When that check
 * fails (Chromium says "Failed to update a ServiceWorker ...: Not found"), the worker in place
 * goes on answering, but the rejection is left unhandled and reaches the page as an uncaught error
 * (the journeys' hygiene fixture failed one reload in ~200 for it). While `run` runs, update
 * checks get a handler that says so as a warning instead.
 */
export async function withUpdateChecksHandled<T>(
  registration: { update: () => Promise<unknown> } | undefined,
  run: () => Promise<T>,
): Promise<T> {
  if (!registration) return run();
  const update = registration.update;
  registration.update = function (this: unknown) {
    const checked = update.call(this);
    checked.catch((error: unknown) => {
      console.warn(
        'The Graph emulator service worker could not check for an update; the worker in place goes on answering.',
        error,
      );
    });
    return checked;
  };
  try {
    return await run();
  } finally {
    registration.update = update;
  }
}
