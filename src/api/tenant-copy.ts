/**
 * The tenant copy of live mode, seen from the page: the copy worker (`src/lib/tenant-copy`), started
 * on first use, lent tokens by MSAL on the page, and its state (progress, when the copy was taken)
 * in a store the blades read. Previews, and Validate rules, are answered by the worker from the copy
 * (`previews.ts`); only answers cross to the page. In emulator mode there is no copy: the emulator
 * answers previews itself.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { create } from 'zustand';
import { portalMode, type PortalMode } from '../lib/mode/portal-mode';
import { useSessionStore, type SignedInAccount } from '../lib/session/session-store';
import type { CopyService } from '../lib/tenant-copy/copy-service';
import { IDLE_COPY_STATE, type CopyState } from '../lib/tenant-copy/copy-state';
import type { CopyOwner } from '../lib/tenant-copy/copy-store';

/** What the page asks of the copy: the worker's service, every answer a promise. */
export type CopyBackend = Remote<CopyService> | CopyService;

export const useTenantCopyStore = create<{ readonly state: CopyState }>()(() => ({
  state: IDLE_COPY_STATE,
}));

let backend: CopyBackend | null = null;

const onState = (state: CopyState) => {
  useTenantCopyStore.setState({ state });
};

/**
 * Whose copy the worker holds and keeps: the signed-in account on the tenant it signed in to (the
 * ID token's `tid`), never the tenant as configured: a domain or `organizations` does not tell
 * tenants apart, and one account name can sign in to two tenants (a guest), so two tenants never
 * share a copy. Null when nobody is signed in, or, in live mode, when the sign-in named no tenant
 * (then nothing is kept). The sandbox's one tenant is `emulator`.
 */
export function copyOwner(
  account: Pick<SignedInAccount, 'userPrincipalName' | 'tenantId'> | null,
  mode: PortalMode = portalMode,
): CopyOwner | null {
  if (!account) return null;
  const name = account.userPrincipalName.toLowerCase();
  if (mode.kind !== 'live') return { tenantId: 'emulator', account: name };
  return account.tenantId ? { tenantId: account.tenantId.toLowerCase(), account: name } : null;
}

let stopFollowing: (() => void) | null = null;

/**
 * Tells the backend whose copy it is now and on every change of account: another account drops
 * the copy held (and its stored copy is removed), signing out removes every stored copy.
 */
function followSession(copy: CopyBackend): void {
  stopFollowing?.();
  void copy.setOwner(copyOwner(useSessionStore.getState().account));
  stopFollowing = useSessionStore.subscribe((now, before) => {
    if (
      now.account?.userPrincipalName !== before.account?.userPrincipalName ||
      now.account?.tenantId !== before.account?.tenantId
    )
      void copy.setOwner(copyOwner(now.account));
  });
}

/** The worker, with MSAL's tokens lent on each request (loaded in live mode only). */
function startWorker(): CopyBackend {
  const worker = new Worker(new URL('../lib/tenant-copy/copy.worker.ts', import.meta.url), {
    type: 'module',
    name: 'Tenant copy',
  });
  const remote = wrap<CopyService>(worker);
  void remote.connect(
    proxy(async (renew: boolean) =>
      (await import('../lib/session/live-session')).acquireGraphToken(renew),
    ),
    proxy(onState),
  );
  followSession(remote);
  return remote;
}

/**
 * Whether previews come from a tenant copy: in live mode, or where a test installed a backend
 * (`installCopyBackend`).
 */
export const previewsFromCopy = (): boolean => backend !== null || portalMode.kind === 'live';

/** The copy's backend, started on first use in live mode; null in emulator mode. */
export function copyBackend(): CopyBackend | null {
  if (!backend && portalMode.kind === 'live') backend = startWorker();
  return backend;
}

/**
 * Puts a backend in place of the worker (component tests: the service itself, on the test's
 * emulator), or takes it away (null); the store starts over either way.
 */
export function installCopyBackend(next: CopyService | null): void {
  backend = next;
  stopFollowing?.();
  stopFollowing = null;
  useTenantCopyStore.setState({ state: IDLE_COPY_STATE });
  if (next) {
    next.connect(() => Promise.resolve(null), onState);
    followSession(next);
  }
}

/** Loads the copy unless it is loaded or loading (the blades call it when they show a preview). */
export function ensureTenantCopy(): void {
  const copy = copyBackend();
  if (copy && useTenantCopyStore.getState().state.status === 'idle') void copy.load();
}

/** Takes a new copy; previews go on from the old one until it is ready. */
export function refreshTenantCopy(): void {
  void copyBackend()?.refresh();
}

/** The copy's state (idle in emulator mode). */
export const useTenantCopy = (): CopyState => useTenantCopyStore((s) => s.state);

/**
 * Whether previews can be answered now: always by the emulator; in live mode once a copy is
 * loaded (a refresh keeps the old copy answering).
 */
export function usePreviewsAvailable(): boolean {
  const takenAt = useTenantCopyStore((s) => s.state.takenAt);
  return !previewsFromCopy() || takenAt !== null;
}
