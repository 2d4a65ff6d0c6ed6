/**
 * The portal's own Graph client (`src/lib/graph`) talking to an in-process emulator, for the
 * tenant-copy tests and figures: requests go through the emulator's request pipeline (the one MSW
 * and the HTTP server use) without a network, signed in as the seeds' Global Administrator.
 *
 * Waits (`Retry-After`) run on a scheduler the caller picks: `emulatorTime` moves the emulator's
 * manual clock by the wait instead of sleeping, so a throttled load in a test takes no wall time
 * and is deterministic; the real scheduler sleeps, for figures against a flowing clock.
 */
import {
  createGraphClient,
  type GraphClient,
  type GraphClientConfig,
} from '../../src/lib/graph/graph-client';
import type { Scheduler } from '../../src/lib/graph/request-gate';
import type { Emulator } from '../graph/emulator';
import { createEmulatorPipeline } from '../handlers';

const ORIGIN = 'http://emulator.invalid';
const ADMIN = 'admin@contoso.onmicrosoft.com';

/** Waits that move the emulator's clock instead of the wall clock's. */
export function emulatorTime(emulator: Emulator): Scheduler {
  return {
    now: () => emulator.store.clock.now(),
    sleep: (ms, signal) => {
      signal?.throwIfAborted();
      emulator.store.clock.advance(ms);
      return new Promise((resolve) => setImmediate(resolve));
    },
  };
}

/** A client and the count of requests it sent. */
export interface EmulatorGraph {
  readonly client: GraphClient;
  /**
   * HTTP requests sent (a `$batch` once, every retry counted), the requests inside the batches,
   * and the 429 answers among both.
   */
  readonly sent: { requests: number; batched: number; throttled: number };
}

/** The 429s among the answers of a `$batch`. */
async function batchThrottles(response: Response): Promise<number> {
  const body = (await response.clone().json()) as { responses?: { status?: number }[] };
  return (body.responses ?? []).filter((r) => r.status === 429).length;
}

/** The options of a client over the emulator. */
interface EmulatorGraphOptions {
  readonly scheduler?: Scheduler;
  readonly maxConcurrency?: number;
}

/** An access token of the seeds' Global Administrator, minted through the control API. */
export async function emulatorAdminToken(emulator: Emulator): Promise<string> {
  const answer = await createEmulatorPipeline(emulator).handle(
    new Request(`${ORIGIN}/_emulator/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userPrincipalName: ADMIN }),
    }),
  );
  return ((await answer.json()) as { access_token: string }).access_token;
}

/** The portal's Graph client over the emulator's pipeline, signed in as the seeds' admin. */
export async function emulatorGraph(
  emulator: Emulator,
  options: EmulatorGraphOptions = {},
): Promise<EmulatorGraph> {
  const token = await emulatorAdminToken(emulator);
  return graphOverEmulator(emulator, () => token, options);
}

/** The portal's Graph client over the emulator's pipeline, with tokens from `getToken`. */
export function graphOverEmulator(
  emulator: Emulator,
  getToken: GraphClientConfig['getToken'],
  options: EmulatorGraphOptions = {},
): EmulatorGraph {
  const pipeline = createEmulatorPipeline(emulator);
  const sent = { requests: 0, batched: 0, throttled: 0 };
  const client = createGraphClient({
    baseUrl: `${ORIGIN}/v1.0`,
    getToken,
    fetch: async (input, init) => {
      sent.requests++;
      const request = new Request(input, init);
      const batch = request.url.endsWith('/$batch');
      if (batch) {
        const body = (await request.clone().json()) as { requests?: unknown[] };
        sent.batched += body.requests?.length ?? 0;
      }
      const response = await pipeline.handle(request);
      if (response.status === 429) sent.throttled++;
      else if (batch && response.ok) sent.throttled += await batchThrottles(response);
      return response;
    },
    random: () => 0.5,
    newRequestId: () => `copy-${String(sent.requests)}`,
    ...(options.scheduler ? { scheduler: options.scheduler } : {}),
    ...(options.maxConcurrency ? { maxConcurrency: options.maxConcurrency } : {}),
  });
  return { client, sent };
}
