/**
 * The page tells the copy backend whose copy it is: the signed-in account, on every change of
 * account, and nobody on sign-out (which removes every stored copy). The service runs in-process
 * with a recording storage and a fixed copy, so no Graph read is needed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../lib/session/session-store';
import { createCopyService } from '../lib/tenant-copy/copy-service';
import type { CopyStorage } from '../lib/tenant-copy/copy-store';
import { graph } from '../lib/graph/graph';
import { emptyCopy } from '../test/empty-copy';
import { copyBackend, installCopyBackend, useTenantCopyStore } from './tenant-copy';

const EMPTY = emptyCopy();

const signIn = (userPrincipalName: string) => {
  useSessionStore
    .getState()
    .signIn({ userPrincipalName, displayName: null, roles: [], accessToken: 'token' });
};

afterEach(() => {
  installCopyBackend(null);
});

describe('the copy backend follows the session', () => {
  it('keeps the copy per account, drops it on a switch, and removes every copy on sign-out', async () => {
    const calls: string[] = [];
    const storage: CopyStorage = {
      read: (owner) => {
        calls.push(`read ${owner.account}`);
        return Promise.resolve(null);
      },
      save: (owner) => {
        calls.push(`save ${owner.account}`);
        return Promise.resolve();
      },
      keepOnly: (owner) => {
        calls.push(`keep only ${owner.account}`);
        return Promise.resolve();
      },
      clear: (owner) => {
        calls.push(`clear ${owner?.account ?? 'every copy'}`);
        return Promise.resolve();
      },
    };
    signIn('Admin@Contoso.com');
    installCopyBackend(
      createCopyService({
        createClient: () => graph,
        now: () => 2_000,
        storage,
        obtainCopy: () => Promise.resolve(EMPTY),
      }),
    );
    await copyBackend()?.load();
    expect(calls).toEqual([
      'keep only admin@contoso.com',
      'read admin@contoso.com',
      'save admin@contoso.com',
    ]);
    expect(useTenantCopyStore.getState().state).toMatchObject({ status: 'ready', takenAt: 1_000 });

    calls.length = 0;
    signIn('helpdesk@contoso.com');
    expect(useTenantCopyStore.getState().state).toMatchObject({ status: 'idle', takenAt: null });
    await copyBackend()?.load();
    expect(calls).toEqual([
      'keep only helpdesk@contoso.com',
      'read helpdesk@contoso.com',
      'save helpdesk@contoso.com',
    ]);

    calls.length = 0;
    useSessionStore.getState().signOut();
    expect(useTenantCopyStore.getState().state.takenAt).toBeNull();
    await expect.poll(() => calls).toEqual(['clear every copy']);
  });
});
