/**
 * The tenant copy's service: what the copy worker (`copy.worker.ts`) exposes to the page through
 * Comlink. It holds the copy and the engine's tenant built from it, so neither crosses to the page;
 * only its state (progress, when the copy was taken) and the answers of previews do. Pure: no DOM,
 * no worker globals, so Node tests call it directly against the emulator.
 *
 * The token is never kept here: every Graph request asks the page for one (`TokenSource`, a Comlink
 * proxy in the worker), where MSAL runs. Getting a copy is one function (`ObtainCopy`: the first
 * copy whole, later ones through delta queries).
 *
 * With a `storage` (the worker's IndexedDB) and an owner (`setOwner`: the signed-in account and its
 * tenant), the copy is kept between visits: the first load reads the stored copy and answers from
 * it at once, with its age, while it is refreshed through delta; every load and refresh saves;
 * another owner drops what is held and removes the others' copies; signing out removes them all.
 * A stored copy that cannot be read is dropped and loaded whole, said in `state.storage`.
 */
import type { LicenseRequest, Tenant } from '../../engine';
import { compileRule } from '../../engine';
import type { GraphClient } from '../graph/graph-client';
import { evaluationAnswer, evaluationMemberId } from '../previews/evaluation';
import {
  licensePreviewAnswer,
  requireGroupId,
  rulePreviewAnswer,
  type RequestBody,
} from '../previews/license-and-rule';
import { asRefusal, notFound } from '../previews/refusal';
import type { TenantCopy } from './copy-types';
import type { CopyOwner, CopyStorage } from './copy-store';
import { IDLE_COPY_STATE, type CopyAnswer, type CopyState } from './copy-state';
import { tenantFromCopy } from './engine-from-copy';
import { loadTenantCopy, type LoadCopyOptions } from './load-copy';
import { refreshTenantCopy } from './refresh-copy';

export { IDLE_COPY_STATE, type CopyAnswer, type CopyState } from './copy-state';

/** Asks the page for an access token (renewed when `renew`); null when nobody is signed in. */
export type TokenSource = (renew: boolean) => Promise<string | null>;

/** Gets a copy of the tenant; `previous` is the copy held so far (for an incremental refresh). */
export type ObtainCopy = (
  client: GraphClient,
  options: LoadCopyOptions,
  previous: TenantCopy | null,
) => Promise<TenantCopy>;

/** A whole load through Graph. */
export const loadWhole: ObtainCopy = (client, options) => loadTenantCopy(client, options);

/**
 * The first copy whole, then refreshes through Graph's delta queries (`refreshTenantCopy`: the
 * changes since, and the licence properties of the users they touched; a whole load when Graph
 * answers that the delta token is no longer valid).
 */
export const loadThenRefresh: ObtainCopy = (client, options, previous) =>
  previous ? refreshTenantCopy(client, previous, options) : loadTenantCopy(client, options);

export interface CopyServiceOptions {
  /** A Graph client that takes its token from `token` on every request. */
  readonly createClient: (token: TokenSource) => GraphClient;
  /** The clock the copy is dated by. */
  readonly now: () => number;
  readonly obtainCopy?: ObtainCopy;
  /** Where the copy is kept between visits (IndexedDB), per owner; none: kept in memory only. */
  readonly storage?: CopyStorage;
}

const sameOwner = (a: CopyOwner | null, b: CopyOwner | null) =>
  a?.tenantId.toLowerCase() === b?.tenantId.toLowerCase() &&
  a?.account.toLowerCase() === b?.account.toLowerCase();

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The service; see the module comment. */
export function createCopyService(options: CopyServiceOptions) {
  const obtain = options.obtainCopy ?? loadThenRefresh;
  const storage = options.storage ?? null;
  let client: GraphClient | null = null;
  let listener: ((state: CopyState) => void) | null = null;
  let copy: TenantCopy | null = null;
  let tenant: Tenant | null = null;
  let state: CopyState = IDLE_COPY_STATE;
  let running: Promise<CopyState> | null = null;
  /** Whose copy is held and kept (the signed-in account on its tenant); null: nobody's. */
  let owner: CopyOwner | null = null;
  /** Bumped when the owner changes: what a load begun for another owner brings is dropped. */
  let generation = 0;

  const publish = (next: Partial<CopyState>) => {
    state = { ...state, ...next };
    listener?.(state);
  };

  const hold = (next: TenantCopy, built: Tenant, status: CopyState['status']) => {
    copy = next;
    tenant = built;
    publish({
      status,
      progress: null,
      takenAt: next.takenAt,
      users: next.users.length,
      groups: next.groups.length,
    });
  };

  /**
   * The copy kept in this browser for `who`, held at once (previews answer from it, with its age)
   * while the refresh runs. One that cannot be read is dropped, and said so; copies of anyone
   * else are removed first.
   */
  async function restore(kept: CopyStorage, who: CopyOwner, run: number): Promise<void> {
    try {
      await kept.keepOnly(who);
      const stored = await kept.read(who);
      if (stored && run === generation) hold(stored, tenantFromCopy(stored), 'loading');
    } catch (error) {
      if (run !== generation) return;
      publish({ storage: { problem: 'unreadable', reason: reasonOf(error) } });
      await kept.clear(who).catch(() => undefined);
    }
  }

  async function run(): Promise<CopyState> {
    if (!client) throw new Error('The copy service is not connected: call connect first.');
    const at = generation;
    const who = owner;
    publish({ status: 'loading', progress: null, error: null });
    try {
      if (!copy && storage && who) await restore(storage, who, at);
      const next = await obtain(
        client,
        {
          now: options.now,
          onProgress: (progress) => {
            if (at === generation) publish({ progress });
          },
        },
        copy,
      );
      const built = tenantFromCopy(next);
      if (at !== generation) return state;
      hold(next, built, 'ready');
      if (storage && who)
        await storage.save(who, next).then(
          () => {
            if (at === generation) publish({ storage: null });
          },
          (error: unknown) => {
            if (at === generation)
              publish({ storage: { problem: 'unsaved', reason: reasonOf(error) } });
          },
        );
    } catch (error) {
      if (at !== generation) return state;
      const code =
        typeof error === 'object' && error !== null && 'code' in error
          ? String(error.code)
          : 'TenantCopyFailed';
      // A failed refresh keeps the copy it had: previews go on from it, with its age.
      publish({ status: 'failed', progress: null, error: { code, message: reasonOf(error) } });
    }
    return state;
  }

  /** Runs a load unless one runs already; every caller gets the same outcome. */
  function start(): Promise<CopyState> {
    if (running) return running;
    const started: Promise<CopyState> = run().finally(() => {
      if (running === started) running = null;
    });
    running = started;
    return started;
  }

  function answer<T>(compute: (tenant: Tenant) => T): CopyAnswer<T> {
    if (!tenant)
      return {
        ok: false,
        status: 0,
        code: 'TenantCopyNotLoaded',
        message: 'The tenant copy is not loaded yet.',
      };
    try {
      return { ok: true, answer: compute(tenant) };
    } catch (error) {
      const refusal = asRefusal(error);
      if (!refusal) throw error;
      return { ok: false, status: refusal.status, code: refusal.code, message: refusal.message };
    }
  }

  return {
    /** Hands in the page's token source and the listener of state changes; loads nothing. */
    connect(token: TokenSource, onState?: (state: CopyState) => void): CopyState {
      client = options.createClient(token);
      listener = onState ?? null;
      return state;
    },
    /**
     * Whose copy this is (the page calls it on sign-in, account switch and sign-out). Another
     * owner drops the copy held and starts over (its stored copy is read on the next load, and the
     * others' removed); null (signed out) also removes every stored copy.
     */
    async setOwner(next: CopyOwner | null): Promise<CopyState> {
      if (sameOwner(owner, next) && (next !== null || owner !== null)) return state;
      generation++;
      owner = next;
      copy = null;
      tenant = null;
      running = null;
      state = IDLE_COPY_STATE;
      listener?.(state);
      if (!next) await storage?.clear(null).catch(() => undefined);
      return state;
    },
    state: (): CopyState => state,
    /** The copy: loads it the first time, then answers at once (a running load is shared). */
    load: (): Promise<CopyState> => (tenant && !running ? Promise.resolve(state) : start()),
    /** Brings the copy up to date (delta queries); previews go on from the old one until it is ready. */
    refresh: (): Promise<CopyState> => start(),
    previewAssignLicense: (
      groupId: string,
      add: readonly LicenseRequest[],
      remove: readonly string[],
    ) => answer((t) => licensePreviewAnswer(t, requireGroupId(t, groupId), add, remove)),
    previewMembershipRule: (groupId: string, body: RequestBody) =>
      answer((t) => rulePreviewAnswer(t, compileRule, requireGroupId(t, groupId), body)),
    evaluateDynamicMembership: (groupId: string | null, body: RequestBody) =>
      answer((t) => {
        const group = groupId === null ? null : requireGroupId(t, groupId);
        const memberId = evaluationMemberId(body);
        const user = t.profile(memberId) ? memberId : memberId.toLowerCase();
        if (!t.profile(user)) throw notFound(memberId);
        return evaluationAnswer(t, compileRule, group, user, body);
      }),
  };
}

export type CopyService = ReturnType<typeof createCopyService>;
