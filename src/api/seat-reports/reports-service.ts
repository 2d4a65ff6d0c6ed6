/**
 * The seat reports' service: what the reports worker (`reports.worker.ts`) exposes to the page
 * through Comlink. It reads Graph through its own client and answers with sums (seats by place,
 * by licensing group, the inactive users' seats) or, for the inactive users' report, its rows in
 * slices the page takes one message at a time, so no single message the page decodes is large.
 * No DOM or worker globals: component tests run it in the page's realm (`reports-backend.ts`).
 *
 * The token is never kept here: every request asks the page for one (`TokenSource`, a Comlink
 * proxy in the worker), where the session (sandbox) or MSAL (live mode) runs. A read is a job the
 * page names; `cancel` aborts its requests (TanStack Query cancels a query nobody shows).
 */
import {
  createGraphClient,
  DIRECTORY_AUDIT_BUDGET,
  type GraphClient,
} from '../../lib/graph/graph-client';
import { portFetch } from '../../lib/graph/port-fetch';
import type { GraphWait } from '../../lib/graph/request-gate';
import type { GroupId, SkuId } from '../../lib/ids';
import type { PathSeats, PlaceSeats } from '../../lib/licensing/cost';
import {
  readInactiveRows,
  readInactiveSeats,
  readPathSeats,
  readPlaceSeats,
  rowGroups,
  type InactiveRow,
  type InactiveSeats,
} from './read-seats';
import { failed, type Outcome } from './outcome';

/** Asks the page for an access token (renewed when `renew`); null when nobody is signed in. */
export type TokenSource = (renew: boolean) => Promise<string | null>;

/** Where the worker's client sends its requests, and how. */
export interface ReportsGraph {
  /** Graph v1.0 base URL (production Graph in live mode, the configured one in the sandbox). */
  readonly baseUrl: string;
  /** Live mode: the page's budgets kept and the emulator's extensions refused, as `graph.ts`. */
  readonly live: boolean;
  /** The sandbox: a port the embedded emulator answers on (`emulator-port.ts`), used for `fetch`. */
  readonly emulator?: MessagePort;
}

/** What `inactiveUsers` answers: the rows are taken in slices with `inactiveRows`. */
export interface InactiveRowsReady {
  readonly count: number;
  /** The groups the rows' licences come through, for the page to name. */
  readonly groupIds: readonly GroupId[];
}

export interface ReportsServiceOptions {
  /**
   * The client the reads go through; by default one made from `connect`'s arguments. Component
   * tests hand in the page's own client (the test emulator answers it).
   */
  readonly client?: GraphClient;
}

/** The service; see the module comment. */
export function createReportsService(options: ReportsServiceOptions = {}) {
  let client: GraphClient | null = options.client ?? null;
  const running = new Map<string, AbortController>();
  const held = new Map<string, readonly InactiveRow[]>();

  async function job<T>(
    id: string,
    read: (graph: GraphClient, signal: AbortSignal) => Promise<T>,
  ): Promise<Outcome<T>> {
    if (!client)
      return failed(new Error('The seat reports are not connected: call connect first.'));
    const controller = new AbortController();
    running.set(id, controller);
    try {
      return { ok: true, value: await read(client, controller.signal) };
    } catch (error) {
      return failed(error);
    } finally {
      running.delete(id);
    }
  }

  return {
    /** Makes the client (unless one was handed in) with the page's token source. */
    connect(
      token: TokenSource,
      graph: ReportsGraph,
      onWaitsChange?: (waits: readonly GraphWait[]) => void,
    ): void {
      if (options.client) return;
      client = createGraphClient({
        baseUrl: graph.baseUrl,
        getToken: () => token(false),
        renewToken: () => token(true),
        ...(graph.live ? { budgets: [DIRECTORY_AUDIT_BUDGET], allowExtensions: false } : {}),
        ...(graph.emulator ? { fetch: portFetch(graph.emulator) } : {}),
        ...(onWaitsChange ? { onWaitsChange } : {}),
      });
    },
    /** Stops job `id`'s requests (its promise rejects with the abort) and drops its rows. */
    cancel(id: string): void {
      running.get(id)?.abort();
      held.delete(id);
    },
    placeSeats: (id: string, products: readonly SkuId[]): Promise<Outcome<PlaceSeats>> =>
      job(id, (graph, signal) => readPlaceSeats(graph, products, signal)),
    pathSeats: (id: string): Promise<Outcome<PathSeats>> =>
      job(id, (graph, signal) => readPathSeats(graph, signal)),
    inactiveSeats: (id: string, days: number): Promise<Outcome<InactiveSeats>> =>
      job(id, (graph, signal) => readInactiveSeats(graph, days, signal)),
    /** Reads the report and holds its rows (by name) under `id` until `release`. */
    inactiveUsers: (id: string, days: number): Promise<Outcome<InactiveRowsReady>> =>
      job(id, async (graph, signal) => {
        const rows = await readInactiveRows(graph, days, signal);
        held.set(id, rows);
        return { count: rows.length, groupIds: rowGroups(rows) };
      }),
    /** Rows `from` to `to` (exclusive) of job `id`'s report. */
    inactiveRows(id: string, from: number, to: number): InactiveRow[] {
      const rows = held.get(id);
      if (!rows) throw new Error(`No inactive users' report is held under ${id}.`);
      return rows.slice(from, to);
    },
    release(id: string): void {
      held.delete(id);
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
