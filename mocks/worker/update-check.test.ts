import { afterEach, describe, expect, it, vi } from 'vitest';
import { withUpdateChecksHandled } from './update-check';

afterEach(() => {
  vi.restoreAllMocks();
});

interface Registration {
  update: () => Promise<unknown>;
}

/** A prototype whose update check fails, as Chromium's does for a registration it cannot find. */
function failingRegistration(): Registration {
  return {
    update: (): Promise<unknown> => {
      return Promise.reject(
        new Error('Failed to update a ServiceWorker for scope (...): Not found'),
      );
    },
  };
}

/**
 * The rejections left unhandled by `run`: Node reports them once the microtask queue is drained,
 * before the next `setImmediate` callback.
 */
async function unhandledDuring(run: () => Promise<void>): Promise<unknown[]> {
  const unhandled: unknown[] = [];
  const note = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', note);
  try {
    await run();
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('unhandledRejection', note);
  }
  return unhandled;
}

describe('update checks while MSW starts', () => {
  it('a failed check MSW does not await is a warning, not an uncaught error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const prototype = failingRegistration();
    const unhandled = await unhandledDuring(() =>
      withUpdateChecksHandled(prototype, async () => {
        // What MSW's getWorkerInstance does with an existing registration.
        void (Object.create(prototype) as Registration).update();
        await Promise.resolve();
      }),
    );
    expect(unhandled).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not check for an update/);
  });

  it('without it the same check is an unhandled rejection', async () => {
    const prototype = failingRegistration();
    const unhandled = await unhandledDuring(async () => {
      void (Object.create(prototype) as Registration).update();
      await Promise.resolve();
    });
    expect(unhandled).toHaveLength(1);
  });

  it('puts the update check back afterwards, also when start fails', async () => {
    const prototype = failingRegistration();
    const original = prototype.update;
    await expect(
      withUpdateChecksHandled(prototype, () => Promise.reject(new Error('start failed'))),
    ).rejects.toThrow('start failed');
    expect(prototype.update).toBe(original);
  });
});
