/**
 * One running emulator: the current tenant store, its processing pump and the request id source.
 * `reset` swaps in a fresh seeded store; handlers always read `emulator.store`, so they follow.
 */
import { copySeedStore, createSeedStore, createSeedStoreInSlices, type SeedName } from '../seeds';
import type { SliceOptions } from '../seeds/build';
import { flowingClock } from './clock';
import { graphError } from './errors';
import { seededIds, type IdSource } from './ids';
import { ProcessingPump, type PumpOptions } from './processing';
import { DEFAULT_PROFILE, type EmulatorProfile, type ForcedThrottle } from './profile/profile';
import { ListReplica } from './profile/replica';
import { Throttle } from './profile/throttle';
import type { StoreReader, TenantStore } from './store';

/** How an emulator starts. */
export interface EmulatorOptions {
  /** Seed of the first tenant and of `reset` without a seed. Default `default`. */
  readonly seed?: SeedName;
  /** A tenant to start with instead of a seed (restored from persistence). */
  readonly store?: TenantStore;
  /** `manual`: time moves only through `POST /_emulator/clock` (tests). `flowing`: with the wall clock. */
  readonly clock?: 'manual' | 'flowing';
  readonly pump?: PumpOptions;
  /**
   * Builds seeds for `POST /_emulator/reset` in slices that yield to the event loop (the browser,
   * where building 100,000 users in one go would freeze the page). In one go when absent.
   */
  readonly seedSlices?: SliceOptions;
  /** How it behaves: `default` (the sandbox) or `graph` (like production Graph). Default `default`. */
  readonly profile?: EmulatorProfile;
  /**
   * Seeds built once in this process and copied on every reset to them (`copySeedStore`): for
   * tests, which reset before every test. Built anew on each reset when absent.
   */
  readonly keepSeeds?: readonly SeedName[];
}

/** How accepted changes are made durable (see `setPersistence`). */
export interface Persistence {
  ready(): Promise<void>;
  commit(seen: TenantStore): Promise<void>;
}

const IN_MEMORY: Persistence = { ready: () => Promise.resolve(), commit: () => Promise.resolve() };

/** The emulator's mutable core. */
export class Emulator {
  #store: TenantStore;
  #pump: ProcessingPump;
  readonly #options: EmulatorOptions;
  readonly #requestIds: IdSource = seededIds('request-ids');
  readonly #listeners = new Set<(store: TenantStore) => void>();
  readonly #replacing = new Set<(over: Promise<void>) => void>();
  #persistence: Persistence = IN_MEMORY;
  #profile: EmulatorProfile;
  #throttle: Throttle | null = null;
  #replica: ListReplica | null = null;

  constructor(options: EmulatorOptions = {}) {
    this.#options = options;
    this.#store = options.store ?? this.#seed(options.seed ?? 'default');
    this.#profile = options.profile ?? DEFAULT_PROFILE;
    this.#startProfile();
    this.#pump = new ProcessingPump(this.#store, options.pump);
    this.#pump.kick();
  }

  /** The profile in force. */
  get profile(): EmulatorProfile {
    return this.#profile;
  }

  /**
   * Switches profile. Starts afresh: throttling windows empty, the forced rate's sequence from
   * its seed, no change inside the list lag.
   */
  setProfile(profile: EmulatorProfile): void {
    this.#profile = profile;
    this.#startProfile();
  }

  /**
   * Answers the next matching Graph requests 429 (`ForcedThrottle`), until they are spent or the
   * profile changes. The `graph` profile only: the default profile never throttles.
   */
  forceThrottled(forced: ForcedThrottle): void {
    if (this.#profile.name !== 'graph')
      throw graphError.badRequest(
        'Forced 429s apply to the graph profile only; switch to it first (POST /_emulator/profile).',
      );
    this.#throttle ??= new Throttle(this.#profile.throttle);
    this.#throttle.forceNext(forced);
  }

  /** The throttle of Graph requests; null when nothing is throttled (the default profile). */
  get throttle(): Throttle | null {
    return this.#throttle;
  }

  /** The tenant as lists and counts see it (the `graph` profile's lag); the store itself otherwise. */
  lists(): StoreReader {
    return this.#replica?.view() ?? this.#store;
  }

  /** Fresh throttle and list lag for the profile and the current tenant. */
  #startProfile(): void {
    const { name, throttle, lagMs } = this.#profile;
    const throttles = name === 'graph' && (throttle.budgets || throttle.rate > 0);
    this.#throttle = throttles ? new Throttle(throttle) : null;
    this.#store.directoryWatch = null;
    this.#replica = name === 'graph' && lagMs > 0 ? new ListReplica(this.#store, lagMs) : null;
    this.#store.directoryWatch = this.#replica;
  }

  get store(): TenantStore {
    return this.#store;
  }
  get pump(): ProcessingPump {
    return this.#pump;
  }

  /** A new request id for a response's `request-id` header. */
  nextRequestId(): string {
    return this.#requestIds.guid();
  }

  /** Called after every accepted change: starts background processing. */
  afterChange(): void {
    this.#pump.kick();
  }

  /**
   * Sets how accepted changes are made durable before they are answered (the HTTP server's
   * `--data` journal, the browser's IndexedDB). Without one, changes live in memory only.
   */
  setPersistence(persistence: Persistence): void {
    this.#persistence = persistence;
  }

  /** Resolves when requests may run (not while the tenant is reloaded after a failed save). */
  ready(): Promise<void> {
    return this.#persistence.ready();
  }

  /**
   * Makes every change so far durable; rejects when it could not, or when `seen` (the store the
   * request changed) was dropped because a save failed (the pipeline answers 503).
   */
  persist(seen: TenantStore): Promise<void> {
    return this.#persistence.commit(seen);
  }

  /** Replaces the tenant with a fresh copy of a seed, one generation on (old tokens stop working). */
  reset(seed: SeedName): TenantStore {
    return this.#adopt(this.#seed(seed));
  }

  /**
   * `reset`, building the seed in slices when the emulator was set up for it. Requests answered
   * meanwhile still see the old tenant; the new one takes over when it is complete.
   */
  async resetInBackground(seed: SeedName): Promise<TenantStore> {
    const slices = this.#options.seedSlices;
    if (!slices) return this.reset(seed);
    let ended: () => void = () => undefined;
    const over = new Promise<void>((resolve) => {
      ended = resolve;
    });
    for (const listener of this.#replacing) listener(over);
    try {
      return this.#adopt(this.#withClock(await createSeedStoreInSlices(seed, slices)));
    } finally {
      ended();
    }
  }

  /** Replaces the tenant (reset, or a restored snapshot). */
  replace(store: TenantStore): void {
    this.#pump.stop();
    this.#store.directoryWatch = null;
    this.#store = store;
    this.#startProfile();
    this.#pump = new ProcessingPump(store, this.#options.pump);
    this.#pump.kick();
    for (const listener of this.#listeners) listener(store);
  }

  /**
   * Calls `listener` when a reset starts building its tenant in slices, with a promise that
   * resolves once the reset is over (the new tenant in place, or the build failed and the old one
   * stays). Background work for the tenant being replaced (its compaction, its search index) is
   * moot meanwhile and would share the worker with the build. Returns the unsubscribe function.
   */
  onReplacing(listener: (over: Promise<void>) => void): () => void {
    this.#replacing.add(listener);
    return () => this.#replacing.delete(listener);
  }

  /** Calls `listener` whenever the store is replaced; returns the unsubscribe function. */
  onReplace(listener: (store: TenantStore) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #adopt(store: TenantStore): TenantStore {
    store.generation = this.#store.generation + 1;
    this.replace(store);
    return store;
  }

  #seed(seed: SeedName): TenantStore {
    const kept = this.#options.keepSeeds?.includes(seed) === true;
    return this.#withClock(kept ? copySeedStore(seed) : createSeedStore(seed));
  }

  #withClock(store: TenantStore): TenantStore {
    if (this.#options.clock === 'flowing') store.clock = flowingClock(store.clock.now());
    return store;
  }
}
