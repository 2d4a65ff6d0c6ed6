/**
 * Seeds as resumable builds. A seed is a generator that yields at safe points (between users,
 * members and processing steps); `buildNow` runs it in one go, `buildInSlices` yields to the event
 * loop whenever a slice has run for `sliceMs`, so a page stays responsive while 100,000 users are
 * created. Both run the same steps in the same order, so they build the same tenant.
 */
import { defaultScheduler, type Scheduler } from '../graph/processing';
import type { TenantStore } from '../graph/store';

/** A seed under construction: each `yield` is a point where building may pause. */
export type SeedBuild = Generator<void, TenantStore, void>;

/** Runs a build to the end without pausing. */
export function buildNow(build: SeedBuild): TenantStore {
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
  }
}

/** How a sliced build runs. */
export interface SliceOptions {
  /** Work per slice before yielding to the event loop, in ms. Default 10. */
  readonly sliceMs?: number;
  readonly scheduler?: Scheduler;
  /** Called with the length of every slice, in ms (measurements). */
  readonly onSlice?: (ms: number) => void;
}

/** Runs a build in slices of about `sliceMs`, on later macrotasks. */
export async function buildInSlices(
  build: SeedBuild,
  options: SliceOptions = {},
): Promise<TenantStore> {
  const sliceMs = options.sliceMs ?? 10;
  const schedule = options.scheduler ?? defaultScheduler();
  for (;;) {
    const start = performance.now();
    for (;;) {
      const step = build.next();
      if (step.done) {
        options.onSlice?.(performance.now() - start);
        return step.value;
      }
      if (performance.now() - start >= sliceMs) break;
    }
    options.onSlice?.(performance.now() - start);
    await new Promise<void>((resolve) => {
      schedule(resolve);
    });
  }
}

/** Runs queued processing to the end in small steps, writing its audit records. */
export function* drainInSteps(store: TenantStore, users = 250): Generator<void, void, void> {
  while (!store.tenant.idle) {
    store.recordEvents(store.tenant.step(users));
    yield;
  }
}
