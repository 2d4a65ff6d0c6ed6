/**
 * Live mode keys the tenant copy by the tenant the account signed in to (the ID token's `tid`),
 * not by the tenant the portal is configured with: configured as `organizations`, one account name
 * signed in to two tenants (a guest in the second) must never be shown the first tenant's copy.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountInfo } from '@azure/msal-browser';
import { useSessionStore } from '../lib/session/session-store';
import { tenantOf } from '../lib/session/live-session';
import { createCopyService } from '../lib/tenant-copy/copy-service';
import type { CopyStorage } from '../lib/tenant-copy/copy-store';
import { graph } from '../lib/graph/graph';
import { emptyCopy } from '../test/empty-copy';
import { copyBackend, copyOwner, installCopyBackend, useTenantCopyStore } from './tenant-copy';

const LIVE = vi.hoisted(() => ({
  kind: 'live' as const,
  clientId: '3f1c2b7a-5d4e-4c3b-9a8f-0e1d2c3b4a59',
  tenant: 'organizations',
}));
vi.mock('../lib/mode/portal-mode', async (original) => ({
  ...(await original<typeof import('../lib/mode/portal-mode')>()),
  portalMode: LIVE,
  isLiveMode: () => true,
}));

const CONTOSO = '7e3a1c52-9b8d-4f6e-a1b2-c3d4e5f60718';
const FABRIKAM = '0b5f7d7e-2c1a-4d8e-9f3b-6a4c2e1d0f99';

const signIn = (tenantId: string) => {
  useSessionStore.getState().signIn({
    userPrincipalName: 'Admin@Contoso.com',
    displayName: null,
    roles: [],
    accessToken: '',
    tenantId,
  });
};

const account = (claims: AccountInfo['idTokenClaims'], tenantId: string): AccountInfo => ({
  homeAccountId: 'home',
  environment: 'login.microsoftonline.com',
  tenantId,
  username: 'admin@contoso.com',
  localAccountId: 'local',
  ...(claims ? { idTokenClaims: claims } : {}),
});

afterEach(() => {
  installCopyBackend(null);
});

describe('the copy is keyed by the signed-in tenant', () => {
  it('reads the tenant from the ID token: its tid, else the account MSAL made of it', () => {
    expect(tenantOf(account({ tid: FABRIKAM.toUpperCase() }, CONTOSO))).toBe(FABRIKAM);
    expect(tenantOf(account(undefined, CONTOSO))).toBe(CONTOSO);
    expect(tenantOf(account({}, ''))).toBeUndefined();
  });

  it('gives one account name two owners on two tenants, and none without a tenant', () => {
    const name = { userPrincipalName: 'Admin@Contoso.com' };
    expect(copyOwner({ ...name, tenantId: CONTOSO })).toEqual({
      tenantId: CONTOSO,
      account: 'admin@contoso.com',
    });
    expect(copyOwner({ ...name, tenantId: FABRIKAM })?.tenantId).toBe(FABRIKAM);
    // Never the configured `organizations`, which every tenant's admin would share.
    expect(copyOwner(name)).toBeNull();
    expect(copyOwner({ ...name, tenantId: CONTOSO }, { kind: 'emulator' })?.tenantId).toBe(
      'emulator',
    );
  });

  it('drops the copy held when the same account name signs in to another tenant', async () => {
    const calls: string[] = [];
    const key = (owner: { tenantId: string; account: string } | null) =>
      owner ? `${owner.tenantId}|${owner.account}` : 'every copy';
    const storage: CopyStorage = {
      read: (owner) => {
        calls.push(`read ${key(owner)}`);
        return Promise.resolve(null);
      },
      save: (owner) => {
        calls.push(`save ${key(owner)}`);
        return Promise.resolve();
      },
      keepOnly: (owner) => {
        calls.push(`keep only ${key(owner)}`);
        return Promise.resolve();
      },
      clear: (owner) => {
        calls.push(`clear ${key(owner)}`);
        return Promise.resolve();
      },
    };
    let tenantNow = 'NL';
    signIn(CONTOSO);
    installCopyBackend(
      createCopyService({
        createClient: () => graph,
        now: () => 2_000,
        storage,
        obtainCopy: () => Promise.resolve(emptyCopy(tenantNow)),
      }),
    );
    await copyBackend()?.load();
    expect(calls).toEqual([
      `keep only ${CONTOSO}|admin@contoso.com`,
      `read ${CONTOSO}|admin@contoso.com`,
      `save ${CONTOSO}|admin@contoso.com`,
    ]);
    expect(useTenantCopyStore.getState().state.status).toBe('ready');

    calls.length = 0;
    tenantNow = 'DE';
    signIn(FABRIKAM);
    // The first tenant's copy is no longer held: nothing is answered from it.
    expect(useTenantCopyStore.getState().state).toMatchObject({ status: 'idle', takenAt: null });
    await copyBackend()?.load();
    expect(calls).toEqual([
      `keep only ${FABRIKAM}|admin@contoso.com`,
      `read ${FABRIKAM}|admin@contoso.com`,
      `save ${FABRIKAM}|admin@contoso.com`,
    ]);
  });
});
