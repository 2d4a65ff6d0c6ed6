/**
 * Throttling in the `graph` profile: Graph's budgets (`budgets.ts`) as sliding windows on the
 * emulator clock, and a forced rate for tests.
 *
 * - A budget admits a request when the units it admitted in the last `windowMs` plus the
 *   request's cost stay within its limit; otherwise the request is answered 429 with a
 *   `Retry-After` of the whole seconds until enough of those units have left the window (so a
 *   client that waits exactly that long is admitted, if nothing else spent the budget meanwhile).
 *   Refused requests spend nothing. Graph says it keeps counting while a client is throttled;
 *   the emulator does not, so its `Retry-After` is exact.
 * - The forced rate throttles request n (counted from the last profile switch or reset) when
 *   the n-th number of a sequence seeded by `seed` falls below `rate`, with the fixed
 *   `retryAfter`: the same seed and the same requests in the same order give the same 429s.
 * - `forceNext` throttles the next requests matching it, however many are asked for, before the
 *   rate and the budgets are consulted (they do not count against either).
 *
 * Windows run on the emulator clock: with `npm run emulator` and in the browser it flows with the
 * wall clock; in tests it moves only through `POST /_emulator/clock`.
 */
import { graphError, type GraphError } from '../errors';
import { mix32 } from '../ids';
import {
  REPORTS_BUDGET,
  requestCost,
  resourceUnitBudget,
  WRITE_BUDGET,
  type Budget,
} from './budgets';
import type { ForcedThrottle, ThrottleSettings } from './profile';

/** The units one budget admitted, oldest first. */
class SlidingWindow {
  readonly #at: number[] = [];
  readonly #cost: number[] = [];
  #head = 0;
  #sum = 0;

  #prune(now: number, windowMs: number): void {
    while (this.#head < this.#at.length && (this.#at[this.#head] ?? 0) <= now - windowMs) {
      this.#sum -= this.#cost[this.#head] ?? 0;
      this.#head++;
    }
    // Drop the spent prefix now and then, so the arrays stay as long as the window.
    if (this.#head > 1024 && this.#head * 2 > this.#at.length) {
      this.#at.splice(0, this.#head);
      this.#cost.splice(0, this.#head);
      this.#head = 0;
    }
  }

  /** Milliseconds until `cost` more fits within `budget` (0: it fits now). */
  wait(budget: Budget, cost: number, now: number): number {
    this.#prune(now, budget.windowMs);
    let excess = this.#sum + cost - budget.limit;
    if (excess <= 0) return 0;
    for (let i = this.#head; i < this.#at.length; i++) {
      excess -= this.#cost[i] ?? 0;
      if (excess <= 0) return (this.#at[i] ?? now) + budget.windowMs - now;
    }
    // More than the whole budget at once: never admitted; ask for a full window.
    return budget.windowMs;
  }

  spend(cost: number, now: number): void {
    this.#at.push(now);
    this.#cost.push(cost);
    this.#sum += cost;
  }
}

/** What the throttle needs to know of a request. */
export interface ThrottledRequest {
  /** GET for HEAD. */
  readonly method: string;
  /** The route's path as declared (`/groups/:id/members`). */
  readonly pattern: string;
  readonly url: URL;
  /** Users in the tenant (the resource-unit quota depends on it). */
  readonly tenantUsers: number;
  /** Emulator time, ms. */
  readonly now: number;
}

/** The throttle of one emulator: budgets and forced rate, per its profile's settings. */
export class Throttle {
  readonly #settings: ThrottleSettings;
  readonly #windows = new Map<Budget['name'], SlidingWindow>();
  #drawn = 0;
  #forcedNext: (ForcedThrottle & { left: number }) | null = null;

  constructor(settings: ThrottleSettings) {
    this.#settings = settings;
  }

  /** Answers the next matching requests 429 (tests), whatever the budgets and the rate say. */
  forceNext(forced: ForcedThrottle): void {
    this.#forcedNext = { ...forced, left: forced.count };
  }

  /** Whether a request is one of the next ones forced to 429 (and counts it). */
  #forcedNow(request: ThrottledRequest): number | null {
    const next = this.#forcedNext;
    if (next === null || next.left <= 0) return null;
    if (next.method !== null && next.method !== request.method) return null;
    if (next.pattern !== null && next.pattern !== request.pattern) return null;
    next.left -= 1;
    return next.retryAfter;
  }

  /** Whether the forced rate throttles the next request (one draw per Graph request). */
  #forced(): boolean {
    const { rate, seed } = this.#settings;
    if (rate <= 0) return false;
    const draw = mix32(seed ^ mix32(++this.#drawn)) / 0x1_0000_0000;
    return draw < rate;
  }

  #window(budget: Budget): SlidingWindow {
    let window = this.#windows.get(budget.name);
    if (!window) {
      window = new SlidingWindow();
      this.#windows.set(budget.name, window);
    }
    return window;
  }

  /**
   * Admits a request (spending its cost) or returns the 429 to answer it with. Every Graph
   * request is checked once, each part of a `$batch` on its own.
   */
  check(request: ThrottledRequest): GraphError | null {
    const forcedNow = this.#forcedNow(request);
    if (forcedNow !== null) return graphError.throttled(forcedNow);
    if (this.#forced()) return graphError.throttled(this.#settings.retryAfter);
    if (!this.#settings.budgets) return null;
    const cost = requestCost(request.method, request.pattern, request.url);
    const charges: { budget: Budget; cost: number }[] =
      cost.service === 'reports'
        ? [{ budget: REPORTS_BUDGET, cost: 1 }]
        : [
            { budget: resourceUnitBudget(request.tenantUsers), cost: cost.resourceUnits },
            ...(cost.writes > 0 ? [{ budget: WRITE_BUDGET, cost: cost.writes }] : []),
          ];
    let longest = 0;
    let over: Budget | null = null;
    for (const { budget, cost: units } of charges) {
      const wait = this.#window(budget).wait(budget, units, request.now);
      if (wait > longest) {
        longest = wait;
        over = budget;
      }
    }
    if (over) {
      const seconds = Math.max(1, Math.ceil(longest / 1000));
      return graphError.throttled(
        seconds,
        over.information ? { 'x-ms-throttle-information': over.information } : {},
      );
    }
    for (const { budget, cost: units } of charges) this.#window(budget).spend(units, request.now);
    return null;
  }
}
