/**
 * The copy worker's API (`src/lib/tenant-copy/copy-service.ts`), called directly in Node against the
 * emulator in the `graph` profile (budgets and a seeded share of 429s; waits move the emulator's
 * manual clock): it loads through a Graph client whose every token comes from the caller's token
 * source, reports progress and when the copy was taken, and answers previews on the copy with the
 * emulator's own JSON and refusals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphError } from '../../src/lib/graph/graph-error';
import {
  createCopyService,
  type CopyService,
  type CopyState,
} from '../../src/lib/tenant-copy/copy-service';
import { Emulator } from '../graph/emulator';
import { GRAPH_PROFILE } from '../graph/profile/profile';
import { createSeedStore } from '../seeds';
import {
  emulatorAdminToken,
  emulatorGraph,
  emulatorTime,
  graphOverEmulator,
} from './emulator-client';

interface Setup {
  readonly emulator: Emulator;
  readonly service: CopyService;
  readonly states: CopyState[];
  readonly tokensAsked: { count: number };
  readonly sent: { requests: number };
  /** The emulator's own answer to a POST, or its refusal. */
  readonly emulatorPost: (path: string, body: unknown) => Promise<unknown>;
}

async function setup(): Promise<Setup> {
  const emulator = new Emulator({
    store: createSeedStore('default'),
    clock: 'manual',
    profile: { ...GRAPH_PROFILE, throttle: { budgets: true, rate: 0.2, seed: 3, retryAfter: 2 } },
  });
  emulator.pump.stop();
  const token = await emulatorAdminToken(emulator);
  const tokensAsked = { count: 0 };
  const sent = { requests: 0 };
  const service = createCopyService({
    createClient: (source) => {
      const made = graphOverEmulator(emulator, () => source(false), {
        scheduler: emulatorTime(emulator),
      });
      Object.defineProperty(sent, 'requests', { get: () => made.sent.requests });
      return made.client;
    },
    now: () => emulator.store.clock.now(),
  });
  const states: CopyState[] = [];
  service.connect(
    (renew) => {
      expect(renew).toBe(false);
      tokensAsked.count++;
      return Promise.resolve(token);
    },
    (state) => states.push(state),
  );
  // The `graph` profile answers the extensions as real Graph does (unknown segments): the same store
  // without the profile answers them as the emulator does in emulator mode.
  const sandbox = new Emulator({ store: emulator.store, clock: 'manual' });
  sandbox.pump.stop();
  const { client } = await emulatorGraph(sandbox);
  const emulatorPost = async (path: string, body: unknown) => {
    try {
      return await client.post<unknown>(path, body);
    } catch (error) {
      if (!(error instanceof GraphError)) throw error;
      return { ok: false, status: error.status, code: error.code, message: error.message };
    }
  };
  return { emulator, service, states, tokensAsked, sent, emulatorPost };
}

describe('the copy service', () => {
  let s: Setup;
  let licensed: { id: string; skuId: string; plans: string[] };
  let dynamic: { id: string; rule: string };
  let plain: string;
  let user: string;
  beforeAll(async () => {
    s = await setup();
    const tenant = s.emulator.store.tenant;
    const groups = tenant.groupIds().flatMap((id) => tenant.group(id) ?? []);
    const withLicence = groups.find((g) => g.assignedLicenses.length > 0 && g.userMemberCount > 0);
    const skuId = withLicence?.assignedLicenses[0]?.skuId ?? '';
    licensed = {
      id: withLicence?.id ?? '',
      skuId,
      plans: (tenant.subscription(skuId)?.servicePlans ?? []).map((p) => p.servicePlanId),
    };
    const rule = groups.find((g) => g.membershipKind === 'dynamic' && g.membershipRule !== null);
    dynamic = { id: rule?.id ?? '', rule: rule?.membershipRule ?? '' };
    plain = groups.find((g) => g.membershipKind !== 'dynamic')?.id ?? '';
    expect([licensed.id, licensed.skuId, dynamic.id, plain]).not.toContain('');
    user = tenant.userIds()[3] ?? '';
  });

  it('answers no preview before a copy is loaded', () => {
    expect(s.service.state().status).toBe('idle');
    expect(s.service.previewAssignLicense(licensed.id, [], [licensed.skuId])).toEqual({
      ok: false,
      status: 0,
      code: 'TenantCopyNotLoaded',
      message: 'The tenant copy is not loaded yet.',
    });
  });

  it('loads the copy with progress and its time, every token asked of the caller', async () => {
    const takenAt = s.emulator.store.clock.now();
    const state = await s.service.load();
    expect(state).toMatchObject({ status: 'ready', takenAt, progress: null, error: null });
    expect(state.users).toBe(s.emulator.store.tenant.userIds().length);
    const users = s.states.filter((st) => st.progress?.phase === 'users');
    expect(users.length).toBeGreaterThan(0);
    const total = s.emulator.store.tenant.userIds().length;
    expect(users.at(-1)?.progress).toEqual({ phase: 'users', done: total, total });
    expect(s.states[0]).toMatchObject({ status: 'loading', takenAt: null });
    // One token per request sent (retries included): the service keeps none of its own.
    expect(s.tokensAsked.count).toBe(s.sent.requests);
    // A second load shares the copy: nothing more is read.
    const before = s.sent.requests;
    await s.service.load();
    expect(s.sent.requests).toBe(before);
  });

  it('answers a licence preview with the emulator JSON', async () => {
    const add = [{ skuId: licensed.skuId, disabledPlans: licensed.plans.slice(0, 2) }];
    const local = s.service.previewAssignLicense(licensed.id, add, []);
    const remote = await s.emulatorPost(`/groups/${licensed.id}/previewAssignLicense`, {
      addLicenses: add,
      removeLicenses: [],
    });
    expect(local).toEqual({ ok: true, answer: remote });
    const removal = s.service.previewAssignLicense(licensed.id.toUpperCase(), [], [licensed.skuId]);
    expect(removal.ok && removal.answer.totalUsers).toBeGreaterThan(0);
  });

  it('answers a rule preview and an evaluation with the emulator JSON', async () => {
    const body = { membershipRule: `${dynamic.rule} or (user.city -eq "Utrecht")` };
    expect(s.service.previewMembershipRule(dynamic.id, body)).toEqual({
      ok: true,
      answer: await s.emulatorPost(`/groups/${dynamic.id}/previewMembershipRule`, body),
    });
    const evaluation = { memberId: user, membershipRule: body.membershipRule };
    expect(s.service.evaluateDynamicMembership(dynamic.id, evaluation)).toEqual({
      ok: true,
      answer: await s.emulatorPost(`/groups/${dynamic.id}/evaluateDynamicMembership`, evaluation),
    });
  });

  it('refuses as the emulator does, in its words', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const cases: [unknown, string, unknown][] = [
      [
        s.service.previewAssignLicense(missing, [], [licensed.skuId]),
        `/groups/${missing}/previewAssignLicense`,
        { addLicenses: [], removeLicenses: [licensed.skuId] },
      ],
      [
        s.service.previewAssignLicense(licensed.id, [], [missing]),
        `/groups/${licensed.id}/previewAssignLicense`,
        { addLicenses: [], removeLicenses: [missing] },
      ],
      [
        s.service.previewAssignLicense(licensed.id, [{ skuId: missing, disabledPlans: [] }], []),
        `/groups/${licensed.id}/previewAssignLicense`,
        { addLicenses: [{ skuId: missing, disabledPlans: [] }], removeLicenses: [] },
      ],
      [
        s.service.previewMembershipRule(plain, { membershipRule: 'user.city -eq "x"' }),
        `/groups/${plain}/previewMembershipRule`,
        { membershipRule: 'user.city -eq "x"' },
      ],
      [
        s.service.previewMembershipRule(dynamic.id, { membershipRule: 'user.city -eq' }),
        `/groups/${dynamic.id}/previewMembershipRule`,
        { membershipRule: 'user.city -eq' },
      ],
      [
        s.service.evaluateDynamicMembership(dynamic.id, { memberId: missing }),
        `/groups/${dynamic.id}/evaluateDynamicMembership`,
        { memberId: missing },
      ],
    ];
    for (const [local, path, body] of cases) {
      const remote = (await s.emulatorPost(path, body)) as { ok?: boolean };
      expect(remote.ok).toBe(false);
      expect(local).toEqual(remote);
    }
  });

  it('refreshes through delta queries: the new copy is dated anew, previews read it, and it reads less than a load', async () => {
    const first = s.service.state().takenAt;
    const loadRequests = s.sent.requests;
    const before = s.service.previewAssignLicense(licensed.id, [], [licensed.skuId]);
    s.emulator.store.clock.advance(60_000);
    await (
      await emulatorGraph(s.emulator)
    ).client.post(`/groups/${licensed.id}/assignLicense`, {
      addLicenses: [],
      removeLicenses: [licensed.skuId],
    });
    s.emulator.pump.drainNow();
    const beforeRefresh = s.sent.requests;
    const during = s.service.refresh();
    // While the refresh runs, previews go on from the copy held, with its age.
    expect(s.service.state()).toMatchObject({ status: 'loading', takenAt: first });
    expect(s.service.previewAssignLicense(licensed.id, [], [licensed.skuId])).toEqual(before);
    const state = await during;
    expect(state.status).toBe('ready');
    expect(s.sent.requests - beforeRefresh).toBeLessThan(loadRequests);
    expect(state.takenAt).toBeGreaterThan(first ?? Infinity);
    // The copy no longer has the product on the group: removing it again is refused.
    const after = s.service.previewAssignLicense(licensed.id, [], [licensed.skuId]);
    expect(after.ok).toBe(false);
    expect(before.ok).toBe(true);
  });

  it('keeps the copy it has when a refresh fails, and says why', async () => {
    const broken = createCopyService({
      createClient: (source) =>
        graphOverEmulator(s.emulator, () => source(false), { scheduler: emulatorTime(s.emulator) })
          .client,
      now: () => s.emulator.store.clock.now(),
      obtainCopy: () => Promise.reject(new GraphError(403, 'Authorization_RequestDenied', 'No.')),
    });
    broken.connect(() => Promise.resolve(null));
    const state = await broken.load();
    expect(state).toMatchObject({
      status: 'failed',
      takenAt: null,
      error: { code: 'Authorization_RequestDenied', message: 'No.' },
    });
  });
});
