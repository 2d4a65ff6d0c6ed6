/**
 * Prefetching the blades that load on demand, so navigating stays instant: every lazy route's
 * chunk once the page is idle after the first render, and a route (chunk and loaders) as soon as
 * the admin points at a link to it.
 */
import type { AnyRouter } from '@tanstack/react-router';

/** Runs `task` when the browser is idle; returns a function that cancels it. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2_000 });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const handle = setTimeout(task, 200);
  return () => {
    clearTimeout(handle);
  };
}

/** Loads the chunk of every lazy route, one at a time, while the page is idle. */
export function prefetchRoutesWhenIdle(router: AnyRouter): () => void {
  const routes = Object.values(
    router.routesById as Record<string, Parameters<AnyRouter['loadRouteChunk']>[0]>,
  );
  let cancel: () => void = () => undefined;
  let stopped = false;
  const next = (index: number) => {
    if (stopped || index >= routes.length) return;
    cancel = whenIdle(() => {
      const route = routes[index];
      void Promise.resolve(route ? router.loadRouteChunk(route) : undefined)
        .catch(() => undefined)
        .then(() => {
          next(index + 1);
        });
    });
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}
