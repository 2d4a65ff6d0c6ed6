/**
 * A store put together from its parts: the one way a tenant store is rebuilt, from a saved file
 * (`persistence/codec.ts`, the parts read from JSON) or from a live store (`copyStore`, the parts
 * copied in memory). A copy is how a kept seed build is handed out again (`seeds/kept.ts`): the
 * engine is rebuilt from its snapshot and the Graph fields are cloned, so nothing the copy changes
 * reaches the store it was copied from. Audit records are shared: they never change once written.
 */
import { Tenant, type TenantSnapshot } from '../../src/engine';
import type { DirectoryAudit } from './audit';
import type { RoleName } from './auth';
import { manualClock, type EmulatorClock } from './clock';
import { resumeChangeLog, syncChangeLog } from './delta/change-log';
import type { ChangeMark } from './delta/change-mark';
import { seededIds } from './ids';
import type { GroupExtras, Organization, RuleCompiler, SkuExtras, UserExtras } from './model';
import { TenantStore } from './store';

/** Everything a store holds apart from what it derives (the UPN index, the delta change log). */
export interface StoreParts {
  readonly organization: Organization;
  readonly clock: EmulatorClock;
  readonly ids: { readonly seed: string; readonly state: number };
  readonly auditIds: { readonly seed: string; readonly state: number };
  readonly generation: number;
  readonly engine: TenantSnapshot;
  readonly users: Iterable<readonly [string, UserExtras]>;
  readonly groups: Iterable<readonly [string, GroupExtras]>;
  readonly skus: Iterable<readonly [string, SkuExtras]>;
  readonly admins: Iterable<readonly [string, RoleName[]]>;
  readonly tokens: Iterable<readonly [string, string]>;
  readonly changeMarks: Iterable<readonly [string, ChangeMark]>;
  /** Correlation ids of the queued engine jobs, oldest first (`TenantStore.queuedCorrelations`). */
  readonly correlations: readonly string[];
  readonly audit: Iterable<DirectoryAudit>;
}

/** A store from its parts; `compileRule` turns stored rule texts back into rules. */
export function assembleStore(parts: StoreParts, compileRule: RuleCompiler): TenantStore {
  const { clock } = parts;
  const compile = (text: string) => {
    const result = compileRule(text);
    if (!result.ok) throw new Error(`A stored membership rule no longer compiles: ${text}`);
    return result.rule;
  };
  const tenant = Tenant.fromSnapshot(
    parts.engine,
    { tenantCountry: parts.organization.countryLetterCode, clock: () => clock.now() },
    compile,
  );
  const store = new TenantStore({
    organization: parts.organization,
    clock,
    ids: seededIds(parts.ids.seed, parts.ids.state),
    auditIds: seededIds(parts.auditIds.seed, parts.auditIds.state),
    compileRule,
    tenant,
  });
  store.generation = parts.generation;
  for (const [id, extras] of parts.users) store.users.set(id, extras);
  for (const [id, extras] of parts.groups) store.groups.set(id, extras);
  for (const [id, extras] of parts.skus) store.skus.set(id, extras);
  for (const [id, roles] of parts.admins) store.admins.set(id, roles);
  for (const [token, id] of parts.tokens) store.tokens.set(token, id);
  for (const [key, mark] of parts.changeMarks) store.changeMarks.set(key, mark);
  for (const id of tenant.userIds()) {
    const profile = tenant.profile(id);
    if (profile) store.upnIndex.set(profile.userPrincipalName.toLowerCase(), id);
  }
  store.pendingCorrelations.push(...parts.correlations);
  for (const record of parts.audit) store.audit.add(record);
  // Delta tokens handed out before go on working: changes from now on are marked.
  resumeChangeLog(store);
  return store;
}

/**
 * An independent copy of a store at this moment, on a manual clock at its time (the emulator
 * puts a flowing one in its place where time flows). What `exportStore` would write of the copy
 * is what it writes of the original; the copy is not marked as any seed's build (`origin`).
 */
export function copyStore(store: TenantStore): TenantStore {
  syncChangeLog(store);
  const copy = assembleStore(
    {
      organization: store.organization,
      clock: manualClock(store.clock.now()),
      ids: store.ids,
      auditIds: store.auditIds,
      generation: store.generation,
      engine: store.tenant.exportState(),
      // One structured clone of each map's entries: the copy's Graph fields share no object with
      // the original's, however a handler changes them.
      users: structuredClone([...store.users]),
      groups: structuredClone([...store.groups]),
      skus: structuredClone([...store.skus]),
      admins: structuredClone([...store.admins]),
      tokens: store.tokens,
      changeMarks: structuredClone([...store.changeMarks]),
      correlations: store.queuedCorrelations(),
      audit: store.audit.all(),
    },
    store.compileRule,
  );
  copy.perUserAudit = store.perUserAudit;
  copy.auditEnabled = store.auditEnabled;
  return copy;
}
