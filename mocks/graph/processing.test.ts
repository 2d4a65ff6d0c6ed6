import { describe, expect, it } from 'vitest';
import { addMember, assignGroupLicenses, createGroup } from './directory-groups';
import { createUser } from './directory-users';
import { ProcessingPump } from './processing';
import { newStore, subscribe } from '../seeds/kit';

describe('the processing pump', () => {
  it('processes a 20,000-member group in short slices on the macrotask queue, with Queued -> InProgress -> Complete observable', async () => {
    const store = newStore('pump-test', Date.UTC(2026, 10, 1));
    store.perUserAudit = false;
    const app = { kind: 'app' } as const;
    const sku = subscribe(store, 'ENTERPRISEPACK', 30_000);
    const group = createGroup(
      store,
      {
        displayName: 'Everyone',
        mailEnabled: false,
        mailNickname: 'everyone',
        securityEnabled: true,
      },
      app,
    );
    for (let i = 0; i < 20_000; i++)
      addMember(
        store,
        group,
        createUser(
          store,
          { userPrincipalName: `u${String(i)}@contoso.com`, usageLocation: 'US' },
          app,
        ),
        app,
      );
    const slices: number[] = [];
    const states = new Set<string>();
    const pump = new ProcessingPump(store, {
      sliceMs: 10,
      scheduler: (run) => {
        setTimeout(() => {
          states.add(store.tenant.group(group)?.licenseProcessingState ?? '');
          const start = performance.now();
          run();
          slices.push(performance.now() - start);
        }, 0);
      },
    });
    assignGroupLicenses(store, group, [{ skuId: sku, disabledPlans: [] }], [], app);
    expect(store.tenant.group(group)?.licenseProcessingState).toBe('QueuedForProcessing');
    await pump.waitForIdle();
    expect(store.tenant.group(group)?.licenseProcessingState).toBe('ProcessingComplete');
    expect(states.has('ProcessingInProgress')).toBe(true);
    expect(store.tenant.subscription(sku)?.consumedUnits).toBe(20_000);
    expect(slices.length).toBeGreaterThan(3);
    // A slice stops after ~10 ms of work; the bound leaves room for a slow CI machine.
    expect(Math.max(...slices)).toBeLessThan(250);
    const finish = store.audit
      .all()
      .filter((a) => a.activityDisplayName === 'Finish applying group based license to users');
    expect(finish.at(-1)?.targetResources[0]?.modifiedProperties[0]?.newValue).toBe(
      '[Users successfully assigned licenses: 20000, Users for whom license assignment failed: 0.]',
    );
  }, 30_000);
});
