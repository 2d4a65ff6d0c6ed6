/**
 * What stands between the portal and Graph's front door: at most `maxConcurrency` requests in
 * flight, a pause for everyone after Graph said "too many requests" with a `Retry-After`, and
 * per-resource budgets (the directory audit log allows 5 requests per 10 s per app and tenant), so
 * requests wait their turn instead of failing. Every wait is reported, so the UI can say "waiting
 * for Microsoft Graph" rather than show an error.
 */

/** A limit Graph documents for some resources: `requests` per `perMs` for paths it `matches`. */
export interface RequestBudget {
  readonly name: string;
  readonly matches: (path: string) => boolean;
  readonly requests: number;
  readonly perMs: number;
}

/** Time as the gate sees it; injected so tests run on a virtual clock. */
export interface Scheduler {
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Why a request is waiting. */
export type GraphWaitReason = 'throttled' | 'budget';

/** One request waiting before it may go. */
export interface GraphWait {
  readonly id: number;
  readonly reason: GraphWaitReason;
  /** Epoch ms when it may go. */
  readonly until: number;
  /** The path it waits to send (relative or absolute). */
  readonly path: string;
}

/** The real clock. */
export const realScheduler: Scheduler = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted === true) {
        reject(signal.reason as Error);
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** How a gate is set up. */
export interface RequestGateOptions {
  readonly maxConcurrency: number;
  readonly budgets: readonly RequestBudget[];
  readonly scheduler: Scheduler;
  readonly onWaitsChange?: (waits: readonly GraphWait[]) => void;
}

interface BudgetState {
  readonly budget: RequestBudget;
  /** Send times inside the current window, oldest first. */
  readonly sent: number[];
  pausedUntil: number;
}

/** Admission control for one Graph client. */
export class RequestGate {
  readonly #options: RequestGateOptions;
  readonly #budgets: BudgetState[];
  readonly #waits = new Map<number, GraphWait>();
  readonly #slotWaiters: (() => void)[] = [];
  #active = 0;
  #pausedUntil = 0;
  #nextWaitId = 1;

  constructor(options: RequestGateOptions) {
    this.#options = options;
    this.#budgets = options.budgets.map((budget) => ({ budget, sent: [], pausedUntil: 0 }));
  }

  /** Requests in flight now. */
  get active(): number {
    return this.#active;
  }

  /**
   * Runs `send` once the path may go: after any pause, within its budget, in a free slot. The
   * slot is held only while `send` runs, never while waiting.
   */
  async run<T>(path: string, signal: AbortSignal | undefined, send: () => Promise<T>): Promise<T> {
    const budget = this.#budgets.find((b) => b.budget.matches(path));
    for (;;) {
      signal?.throwIfAborted();
      const now = this.#options.scheduler.now();
      const pausedUntil = Math.max(this.#pausedUntil, budget?.pausedUntil ?? 0);
      if (pausedUntil > now) {
        await this.wait('throttled', pausedUntil, path, signal);
        continue;
      }
      const budgetFreeAt = budget ? freeAt(budget, now) : now;
      if (budgetFreeAt > now) {
        await this.wait('budget', budgetFreeAt, path, signal);
        continue;
      }
      if (this.#active >= this.#options.maxConcurrency) {
        await this.#nextSlot(signal);
        continue;
      }
      budget?.sent.push(now);
      this.#active += 1;
      break;
    }
    try {
      return await send();
    } finally {
      this.#active -= 1;
      this.#slotWaiters.shift()?.();
    }
  }

  /**
   * Graph said wait `ms` before sending again: holds every request of the path's budget (or every
   * request, for paths without one) until then.
   */
  pause(path: string, ms: number): void {
    const until = this.#options.scheduler.now() + ms;
    const budget = this.#budgets.find((b) => b.budget.matches(path));
    if (budget) budget.pausedUntil = Math.max(budget.pausedUntil, until);
    else this.#pausedUntil = Math.max(this.#pausedUntil, until);
  }

  /** Waits until `until`, reported as a wait of `reason` while it lasts. */
  async wait(
    reason: GraphWaitReason,
    until: number,
    path: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const id = this.#nextWaitId++;
    this.#waits.set(id, { id, reason, until, path });
    this.#report();
    try {
      await this.#options.scheduler.sleep(
        Math.max(0, until - this.#options.scheduler.now()),
        signal,
      );
    } finally {
      this.#waits.delete(id);
      this.#report();
    }
  }

  #nextSlot(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = this.#slotWaiters.indexOf(wake);
        if (index >= 0) this.#slotWaiters.splice(index, 1);
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#slotWaiters.push(wake);
    });
  }

  #report(): void {
    this.#options.onWaitsChange?.([...this.#waits.values()]);
  }
}

/** When the budget's window next has room (`now` when it has room now); drops expired sends. */
function freeAt(state: BudgetState, now: number): number {
  const { sent, budget } = state;
  while (sent.length > 0 && (sent[0] ?? 0) <= now - budget.perMs) sent.shift();
  if (sent.length < budget.requests) return now;
  return (sent[sent.length - budget.requests] ?? now) + budget.perMs;
}
