/**
 * The processing pump: after a change is accepted, group licence work runs in the background in
 * small time slices on the macrotask queue, so a browser tab stays responsive while 100,000 users
 * are processed, and every event becomes audit records. No artificial latency: a slice starts as
 * soon as the event loop is free.
 */
import type { TenantStore } from './store';

/** Runs a callback on a later macrotask. */
export type Scheduler = (callback: () => void) => void;

/**
 * `setTimeout(0)`; in browsers (a page or a Web Worker, where the embedded emulator runs) a
 * `MessageChannel`, which is not clamped to 4 ms.
 */
export function defaultScheduler(): Scheduler {
  const browser = typeof window !== 'undefined' || 'WorkerGlobalScope' in globalThis;
  if (browser && typeof MessageChannel !== 'undefined') {
    const channel = new MessageChannel();
    const queue: (() => void)[] = [];
    channel.port1.onmessage = () => queue.shift()?.();
    return (callback) => {
      queue.push(callback);
      channel.port2.postMessage(null);
    };
  }
  return (callback) => {
    setTimeout(callback, 0);
  };
}

/** How the pump slices work. */
export interface PumpOptions {
  readonly scheduler?: Scheduler;
  /** Users reconciled by the first engine step; later steps adapt to the measured cost per user. */
  readonly chunk?: number;
  /** Wall-clock budget of one slice in ms before yielding to the event loop. */
  readonly sliceMs?: number;
}

/** What `GET /_emulator/processing` reports. */
export interface ProcessingStatus {
  readonly idle: boolean;
  readonly queued: number;
  readonly paused: boolean;
}

/** Drives `tenant.step` until the queue is empty. */
export class ProcessingPump {
  readonly #store: TenantStore;
  readonly #schedule: Scheduler;
  #chunk: number;
  readonly #sliceMs: number;
  #scheduled = false;
  #stopped = false;
  #paused = false;
  #waiters: (() => void)[] = [];

  constructor(store: TenantStore, options: PumpOptions = {}) {
    this.#store = store;
    this.#schedule = options.scheduler ?? defaultScheduler();
    this.#chunk = options.chunk ?? 64;
    this.#sliceMs = options.sliceMs ?? 12;
  }

  /** Schedules processing if there is queued work. Call after every accepted change. */
  kick(): void {
    if (this.#scheduled || this.#stopped || this.#paused) return;
    if (this.#store.tenant.idle) {
      this.#release();
      return;
    }
    this.#scheduled = true;
    this.#schedule(() => {
      this.#run();
    });
  }

  /** The queue as `GET /_emulator/processing` reports it. */
  status(): ProcessingStatus {
    return {
      idle: this.#store.tenant.idle,
      queued: this.#store.tenant.queuedJobs,
      paused: this.#paused,
    };
  }

  /**
   * Holds background processing (tests and demos observe `QueuedForProcessing` and, with `step`,
   * `ProcessingInProgress`); `false` resumes it.
   */
  setPaused(paused: boolean): void {
    this.#paused = paused;
    if (paused) this.#release();
    else this.kick();
  }

  /** Reconciles up to `users` queued users now, paused or not. */
  step(users: number): void {
    this.#store.recordEvents(this.#store.tenant.step(users));
    if (this.#store.tenant.idle) this.#release();
  }

  /** Resolves once the queue is empty (at once while paused, which would otherwise never end). */
  waitForIdle(): Promise<void> {
    if (this.#store.tenant.idle || this.#stopped || this.#paused) return Promise.resolve();
    const done = new Promise<void>((resolve) => this.#waiters.push(resolve));
    this.kick();
    return done;
  }

  /** Runs every queued job to the end now (seeds, tests). */
  drainNow(): void {
    const tenant = this.#store.tenant;
    while (!tenant.idle) this.#store.recordEvents(tenant.step(5_000));
    this.#release();
  }

  /** Stops scheduling (the store is being replaced); waiters are released. */
  stop(): void {
    this.#stopped = true;
    this.#release();
  }

  #run(): void {
    this.#scheduled = false;
    if (this.#stopped || this.#paused) return;
    const tenant = this.#store.tenant;
    const start = performance.now();
    while (!tenant.idle && performance.now() - start < this.#sliceMs) {
      const before = performance.now();
      this.#store.recordEvents(tenant.step(this.#chunk));
      // Size the next step to about half a slice at the cost per user just measured (audit
      // records make a user cost ~0.1-0.4 ms; without them far less), between 16 and 2,000.
      const perUser = (performance.now() - before) / this.#chunk;
      this.#chunk = Math.max(
        16,
        Math.min(2_000, Math.floor(this.#sliceMs / 2 / Math.max(perUser, 0.001))),
      );
    }
    if (tenant.idle) this.#release();
    else this.kick();
  }

  #release(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve();
  }
}
