/**
 * One running emulator: the current tenant store, its processing pump and the request id source.
 * `reset` swaps in a fresh seeded store; handlers always read `emulator.store`, so they follow.
 */
import { createSeedStore, type SeedName } from '../seeds';
import { flowingClock } from './clock';
import { seededIds, type IdSource } from './ids';
import { ProcessingPump, type PumpOptions } from './processing';
import type { TenantStore } from './store';

/** How an emulator starts. */
export interface EmulatorOptions {
  /** Seed of the first tenant and of `reset` without a seed. Default `default`. */
  readonly seed?: SeedName;
  /** A tenant to start with instead of a seed (restored from persistence). */
  readonly store?: TenantStore;
  /** `manual`: time moves only through `POST /_emulator/clock` (tests). `flowing`: with the wall clock. */
  readonly clock?: 'manual' | 'flowing';
  readonly pump?: PumpOptions;
}

/** The emulator's mutable core. */
export class Emulator {
  #store: TenantStore;
  #pump: ProcessingPump;
  readonly #options: EmulatorOptions;
  readonly #requestIds: IdSource = seededIds('request-ids');
  readonly #listeners = new Set<(store: TenantStore) => void>();

  constructor(options: EmulatorOptions = {}) {
    this.#options = options;
    this.#store = options.store ?? this.#seed(options.seed ?? 'default');
    this.#pump = new ProcessingPump(this.#store, options.pump);
    this.#pump.kick();
  }

  get store(): TenantStore { return this.#store; }
  get pump(): ProcessingPump { return this.#pump; }

  /** A new request id for a response's `request-id` header. */
  nextRequestId(): string {
    return this.#requestIds.guid();
  }

  /** Called after every accepted change: starts background processing. */
  afterChange(): void {
    this.#pump.kick();
  }

  /** Replaces the tenant with a fresh copy of a seed. */
  reset(seed: SeedName): TenantStore {
    this.replace(this.#seed(seed));
    return this.#store;
  }

  /** Replaces the tenant (reset, or a restored snapshot). */
  replace(store: TenantStore): void {
    this.#pump.stop();
    this.#store = store;
    this.#pump = new ProcessingPump(store, this.#options.pump);
    this.#pump.kick();
    for (const listener of this.#listeners) listener(store);
  }

  /** Calls `listener` whenever the store is replaced; returns the unsubscribe function. */
  onReplace(listener: (store: TenantStore) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #seed(seed: SeedName): TenantStore {
    const store = createSeedStore(seed);
    if (this.#options.clock === 'flowing') store.clock = flowingClock(store.clock.now());
    return store;
  }
}
