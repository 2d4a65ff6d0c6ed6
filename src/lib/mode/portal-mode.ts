/**
 * Which backend the portal talks to. *Emulator* (the default): the embedded Graph emulator, sign-in
 * by picking a seeded admin. *Live*: a real Microsoft 365 tenant through production Graph, sign-in
 * with MSAL. Live is chosen by the build variables `VITE_ENTRA_CLIENT_ID` + `VITE_ENTRA_TENANT_ID`,
 * or at run time on the "Connect to a tenant" page, which keeps the choice in localStorage
 * (`portal.mode`) so one build serves both. The stored choice wins over the build variables, so
 * "Back to the sandbox" is one click on a build made for a tenant too. The mode is read once per
 * page load: switching reloads the page.
 */

export type PortalMode =
  | { readonly kind: 'emulator' }
  | { readonly kind: 'live'; readonly clientId: string; readonly tenant: string };

/** localStorage key of the run-time choice. */
export const MODE_STORAGE_KEY = 'portal.mode';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A DNS name with at least one dot, such as `contoso.onmicrosoft.com`. */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Why a client id or tenant is refused; null when it is fine. */
export type TenantSettingProblem =
  'clientIdRequired' | 'clientIdNotGuid' | 'tenantRequired' | 'tenantInvalid' | 'tenantPersonal';

export function clientIdProblem(clientId: string): TenantSettingProblem | null {
  const value = clientId.trim();
  if (value === '') return 'clientIdRequired';
  return GUID.test(value) ? null : 'clientIdNotGuid';
}

/**
 * A tenant is its id (a GUID), one of its domains, or `organizations` (any work account; the admin's
 * home tenant is then the one used). `common` and `consumers` would let personal Microsoft accounts
 * in, which hold no Entra roles, so they are refused.
 */
export function tenantProblem(tenant: string): TenantSettingProblem | null {
  const value = tenant.trim().toLowerCase();
  if (value === '') return 'tenantRequired';
  if (value === 'common' || value === 'consumers') return 'tenantPersonal';
  if (value === 'organizations' || GUID.test(value) || DOMAIN.test(value)) return null;
  return 'tenantInvalid';
}

function liveOf(clientId: unknown, tenant: unknown): PortalMode | null {
  if (typeof clientId !== 'string' || typeof tenant !== 'string') return null;
  if (clientIdProblem(clientId) !== null || tenantProblem(tenant) !== null) return null;
  return { kind: 'live', clientId: clientId.trim().toLowerCase(), tenant: tenant.trim() };
}

interface ModeSources {
  readonly stored: string | null;
  readonly envClientId: string | undefined;
  readonly envTenant: string | undefined;
}

/** The mode from its sources: a valid stored choice, else the build variables, else the emulator. */
export function resolvePortalMode({ stored, envClientId, envTenant }: ModeSources): PortalMode {
  if (stored !== null) {
    try {
      const parsed = JSON.parse(stored) as { kind?: unknown; clientId?: unknown; tenant?: unknown };
      if (parsed.kind === 'emulator') return { kind: 'emulator' };
      const live = parsed.kind === 'live' ? liveOf(parsed.clientId, parsed.tenant) : null;
      if (live) return live;
    } catch {
      // An unreadable choice is ignored: the build variables decide.
    }
  }
  return liveOf(envClientId, envTenant) ?? { kind: 'emulator' };
}

function readMode(): PortalMode {
  const env = import.meta.env as Record<string, string | undefined>;
  return resolvePortalMode({
    stored: typeof localStorage === 'undefined' ? null : localStorage.getItem(MODE_STORAGE_KEY),
    envClientId: env.VITE_ENTRA_CLIENT_ID,
    envTenant: env.VITE_ENTRA_TENANT_ID,
  });
}

/** The mode of this page load. */
export const portalMode: PortalMode = readMode();

export const isLiveMode = (): boolean => portalMode.kind === 'live';

/** Keeps a choice for the next page load (the caller reloads). */
export function storePortalMode(mode: PortalMode): void {
  localStorage.setItem(MODE_STORAGE_KEY, JSON.stringify(mode));
}
