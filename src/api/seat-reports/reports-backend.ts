/**
 * The seat reports seen from the page: one job at a time handed to the reports' backend
 * (`reports-client.ts`, the reports worker in a browser), which is loaded and started on the
 * first report, so the entry chunk carries neither Comlink nor the service.
 */
import { unwrap, type Outcome } from './outcome';
import type { ReportsBackend } from './reports-client';

export type { ReportsBackend };

let backend: Promise<ReportsBackend> | null = null;

/** Loads and starts the backend once; a failed load (a chunk the network lost) is tried again. */
const reportsBackend = (): Promise<ReportsBackend> =>
  (backend ??= import('./reports-client').then(
    ({ openReports }) => openReports(),
    (error: unknown) => {
      backend = null;
      throw error;
    },
  ));

let jobs = 0;

/**
 * Runs one job of the reports under a new id, stopping it in the worker when `signal` aborts, and
 * answers its value (or throws its error, a `GraphError` as such).
 */
export async function reportJob<T>(
  signal: AbortSignal | undefined,
  run: (reports: ReportsBackend, id: string) => Promise<Outcome<T>>,
): Promise<T> {
  const id = `report-${String(++jobs)}`;
  const reports = await reportsBackend();
  signal?.throwIfAborted();
  const cancel = () => void reports.cancel(id);
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    return unwrap(await run(reports, id));
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
