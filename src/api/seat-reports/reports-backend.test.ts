import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('./reports-client');
  vi.resetModules();
});

describe('reportJob', () => {
  it('loads the reports again after a load that failed (a chunk the network lost)', async () => {
    vi.resetModules();
    let lost = true;
    vi.doMock('./reports-client', async (original) => {
      if (lost) throw new Error('Failed to fetch dynamically imported module');
      return original();
    });
    const { reportJob } = await import('./reports-backend');
    const job = () => reportJob(undefined, () => Promise.resolve({ ok: true, value: 42 }));
    // Vitest wraps the factory's error in its own message.
    await expect(job()).rejects.toThrow(/error when mocking/);
    lost = false;
    await expect(job()).resolves.toBe(42);
  });
});
