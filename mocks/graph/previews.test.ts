import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertGraphError, startHarness, type Harness } from '../contract/support';
import { ADMIN_UPNS } from '../seeds/kit';

const EMS = 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e';
const READER = ADMIN_UPNS['Global Reader'];

interface Ref {
  id: string;
  displayName: string | null;
}
interface UserJson {
  userId: string;
  displayName: string | null;
  gainedSkus: string[];
  lostSkus: string[];
  gainedPlans: string[];
  lostPlans: string[];
  newErrors: { skuId: string; error: string }[];
}
/** Graph beta's expressionEvaluationDetails. */
interface Details {
  expression: string;
  expressionResult: boolean;
  propertyToEvaluate?: { propertyName: string; propertyValue: string | null };
  expressionEvaluationDetails?: Details[];
}

/** Every node of the tree, depth first. */
function nodes(details: Details): Details[] {
  return [details, ...(details.expressionEvaluationDetails ?? []).flatMap(nodes)];
}

let h: Harness;

beforeAll(async () => {
  h = await startHarness('default');
});
afterAll(async () => {
  await h.close();
});

const post = (path: string, body: unknown, token?: string | null) =>
  h.raw('POST', path, {
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    ...(token === undefined ? {} : { token }),
  });

async function groupId(name: string): Promise<string> {
  const { json } = await h.raw(
    'GET',
    `/groups?$filter=displayName%20eq%20'${encodeURIComponent(name)}'&$select=id`,
  );
  const id = (json.value as { id: string }[])[0]?.id;
  if (!id) throw new Error(`no group ${name}`);
  return id;
}

async function members(id: string): Promise<string[]> {
  const { json } = await h.raw('GET', `/groups/${id}/members?$top=999&$select=id`);
  return (json.value as { id: string }[]).map((m) => m.id).sort();
}

async function snapshot(id: string) {
  const group = await h.raw('GET', `/groups/${id}?$select=membershipRule,assignedLicenses`);
  const skus = await h.raw('GET', '/subscribedSkus');
  const audits = await h.raw('GET', '/auditLogs/directoryAudits?$top=1');
  return {
    group: group.json,
    members: await members(id),
    skus: skus.json.value,
    audits: audits.json.value,
  };
}

describe('previewMembershipRule', () => {
  it('lists who would leave and what they lose, and changes nothing', async () => {
    const ems = await groupId('EMS licensed users');
    const before = await snapshot(ems);
    expect(before.members.length).toBeGreaterThan(0);
    const { status, json } = await post(`/groups/${ems}/previewMembershipRule`, {
      membershipRule: 'user.extensionAttribute1 -eq "nobody matches this"',
    });
    expect(status).toBe(200);
    expect(json.totalLeft).toBe(before.members.length);
    expect(json.totalJoined).toBe(0);
    const left = (json.left as Ref[]).map((r) => r.id);
    expect(left).toHaveLength(Math.min(500, before.members.length));
    expect(left.every((id) => before.members.includes(id))).toBe(true);
    expect((json.left as Ref[]).every((r) => typeof r.displayName === 'string')).toBe(true);
    const users = json.users as UserJson[];
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => u.lostSkus.includes(EMS) || u.lostPlans.length > 0)).toBe(true);
    expect(users).toHaveLength(Math.min(500, json.totalUsers as number));
    expect((json.seatDelta as Record<string, number>)[EMS]).toBe(-before.members.length);
    expect(await snapshot(ems)).toEqual(before);
  });

  it('answers 400 with the diagnostic and its position for an invalid rule, 404 for an unknown group', async () => {
    const ems = await groupId('EMS licensed users');
    const bad = await post(`/groups/${ems}/previewMembershipRule`, {
      membershipRule: 'user.department -eq ',
    });
    expect(bad.status).toBe(400);
    assertGraphError(bad.json, 'Request_BadRequest');
    expect((bad.json.error as { message: string }).message).toMatch(
      /Dynamic membership rule validation error: .* at position \d+-\d+/,
    );
    const missing = await post(`/groups/${ems}/previewMembershipRule`, {});
    expect(missing.status).toBe(400);
    const unknown = await post(
      '/groups/00000000-0000-0000-0000-000000000000/previewMembershipRule',
      { membershipRule: 'user.department -eq "x"' },
    );
    expect(unknown.status).toBe(404);
    assertGraphError(unknown.json, 'Request_ResourceNotFound');
  });

  it('is allowed for a read-only role and refused without a token', async () => {
    const ems = await groupId('EMS licensed users');
    const reader = await post(
      `/groups/${ems}/previewMembershipRule`,
      { membershipRule: 'user.department -eq "Sales"' },
      await h.token(READER),
    );
    expect(reader.status).toBe(200);
    const anonymous = await post(
      `/groups/${ems}/previewMembershipRule`,
      { membershipRule: 'user.department -eq "Sales"' },
      null,
    );
    expect(anonymous.status).toBe(401);
  });
});

describe('previewAssignLicense', () => {
  it('counts who loses a plan turned off in the group and who keeps it, and changes nothing', async () => {
    const ems = await groupId('EMS licensed users');
    const skus = (await h.raw('GET', '/subscribedSkus')).json.value as {
      skuId: string;
      servicePlans: { servicePlanId: string; appliesTo: string }[];
    }[];
    const plan =
      skus.find((s) => s.skuId === EMS)?.servicePlans.find((p) => p.appliesTo === 'User')
        ?.servicePlanId ?? '';
    const before = await snapshot(ems);
    const { status, json } = await post(`/groups/${ems}/previewAssignLicense`, {
      addLicenses: [{ skuId: EMS, disabledPlans: [plan] }],
      removeLicenses: [],
    });
    expect(status).toBe(200);
    const effects = json.disabledPlanEffects as {
      servicePlanId: string;
      lose: number;
      keep: number;
    }[];
    expect(effects).toHaveLength(1);
    expect(effects[0]?.servicePlanId).toBe(plan);
    expect((effects[0]?.lose ?? 0) + (effects[0]?.keep ?? 0)).toBeGreaterThan(0);
    expect(json.totalUsers).toBe((json.users as UserJson[]).length);
    expect((json.users as UserJson[]).filter((u) => u.lostPlans.includes(plan))).toHaveLength(
      effects[0]?.lose ?? -1,
    );
    expect(json.seatDelta).toEqual({});
    expect(await snapshot(ems)).toEqual(before);
  });

  it('counts, over every member and not one page, who gains a plan turned on and who loses one turned off', async () => {
    const e3Base = await groupId('E3 base services');
    const license = (
      (await h.raw('GET', `/groups/${e3Base}?$select=assignedLicenses`)).json.assignedLicenses as {
        skuId: string;
        disabledPlans: string[];
      }[]
    )[0];
    const off = license?.disabledPlans[0] ?? '';
    const on =
      (
        (await h.raw('GET', '/subscribedSkus')).json.value as {
          skuId: string;
          servicePlans: { servicePlanId: string }[];
        }[]
      )
        .find((s) => s.skuId === license?.skuId)
        ?.servicePlans.map((p) => p.servicePlanId)
        .find((id) => !license?.disabledPlans.includes(id)) ?? '';
    const { status, json } = await post(`/groups/${e3Base}/previewAssignLicense`, {
      addLicenses: [
        {
          skuId: license?.skuId,
          disabledPlans: [...(license?.disabledPlans ?? []).filter((id) => id !== off), on],
        },
      ],
      removeLicenses: [],
    });
    expect(status).toBe(200);
    const users = json.users as UserJson[];
    expect(json.totalUsers).toBeGreaterThan(users.length);
    const gained = (json.enabledPlanEffects as { servicePlanId: string; gain: number }[])[0];
    const lost = (json.disabledPlanEffects as { servicePlanId: string; lose: number }[])[0];
    expect(gained?.servicePlanId).toBe(off);
    expect(lost?.servicePlanId).toBe(on);
    expect(gained?.gain).toBeGreaterThan(users.filter((u) => u.gainedPlans.includes(off)).length);
    expect(json.usersLosingLicenses).toBe(lost?.lose);
    expect(json.usersLosingLicenses).toBeGreaterThan(500);
    const byCode = json.newErrorsByCode as Record<string, number>;
    expect(Object.values(byCode).reduce((a, b) => a + b, 0)).toBe(json.newErrorCount);
    for (const effect of json.skuEffects as { skuId: string; gain: number; lose: number }[]) {
      expect(effect.gain).toBeGreaterThanOrEqual(
        users.filter((u) => u.gainedSkus.includes(effect.skuId)).length,
      );
      expect(effect.lose).toBeGreaterThanOrEqual(
        users.filter((u) => u.lostSkus.includes(effect.skuId)).length,
      );
    }
  });

  it('answers removing the SKU with seats freed, and validation errors as 400', async () => {
    const ems = await groupId('EMS licensed users');
    const remove = await post(`/groups/${ems}/previewAssignLicense`, {
      addLicenses: [],
      removeLicenses: [EMS],
    });
    expect(remove.status).toBe(200);
    expect((remove.json.seatDelta as Record<string, number>)[EMS]).toBeLessThan(0);
    const bad = await post(`/groups/${ems}/previewAssignLicense`, {
      addLicenses: 'nope',
      removeLicenses: [],
    });
    expect(bad.status).toBe(400);
    assertGraphError(bad.json, 'Request_BadRequest');
    const unknownSku = await post(`/groups/${ems}/previewAssignLicense`, {
      addLicenses: [{ skuId: '11111111-1111-1111-1111-111111111111', disabledPlans: [] }],
      removeLicenses: [],
    });
    expect(unknownSku.status).toBe(400);
  });
});

describe('evaluateDynamicMembership', () => {
  it("evaluates a member against the group's rule with per-expression details", async () => {
    const ems = await groupId('EMS licensed users');
    const [member] = await members(ems);
    const { status, json } = await post(`/groups/${ems}/evaluateDynamicMembership`, {
      memberId: member,
    });
    expect(status).toBe(200);
    expect(json.membershipRule).toBe(
      '(user.extensionAttribute1 -contains "EMS") -and (user.accountEnabled -eq true)',
    );
    expect(json.membershipRuleEvaluationResult).toBe(true);
    expect(Object.keys(json).sort()).toEqual([
      'membershipRule',
      'membershipRuleEvaluationDetails',
      'membershipRuleEvaluationResult',
    ]);
    const details = json.membershipRuleEvaluationDetails as Details;
    expect(details.expressionResult).toBe(true);
    const [attribute, enabled] = details.expressionEvaluationDetails ?? [];
    expect(details.expressionEvaluationDetails).toHaveLength(2);
    expect(attribute).toEqual({
      expression: 'user.extensionAttribute1 -contains "EMS"',
      expressionResult: true,
      propertyToEvaluate: {
        propertyName: 'extensionAttribute1',
        propertyValue: expect.stringContaining('EMS') as string,
      },
    });
    expect(enabled).toEqual({
      expression: 'user.accountEnabled -eq true',
      expressionResult: true,
      propertyToEvaluate: { propertyName: 'accountEnabled', propertyValue: 'true' },
    });
  });

  it("names every node's members as Graph's expressionEvaluationDetails does, and leaves a leaf without children", async () => {
    const ems = await groupId('EMS licensed users');
    const [member] = await members(ems);
    const rule =
      '(user.accountEnabled -eq true -and user.extensionAttribute1 -eq "nope") -or -not (user.department -eq "No (body")';
    const { status, json } = await post('/groups/evaluateDynamicMembership', {
      memberId: member,
      membershipRule: rule,
    });
    expect(status).toBe(200);
    const all = nodes(json.membershipRuleEvaluationDetails as Details);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const node of all) {
      expect(
        Object.keys(node).every((key) =>
          [
            'expression',
            'expressionResult',
            'propertyToEvaluate',
            'expressionEvaluationDetails',
          ].includes(key),
        ),
      ).toBe(true);
      expect(typeof node.expression).toBe('string');
      expect(typeof node.expressionResult).toBe('boolean');
      if (node.expressionEvaluationDetails !== undefined)
        expect(node.expressionEvaluationDetails.length).toBeGreaterThan(0);
    }
    const leaves = all.filter((n) => n.expressionEvaluationDetails === undefined);
    expect(
      leaves.map((n) => [n.expression, n.expressionResult, n.propertyToEvaluate?.propertyName]),
    ).toEqual([
      ['user.accountEnabled -eq true', true, 'accountEnabled'],
      ['user.extensionAttribute1 -eq "nope"', false, 'extensionAttribute1'],
      ['user.department -eq "No (body"', false, 'department'],
    ]);
    expect(all[0]?.expression).toBe(rule);
  });

  it('evaluates a given rule without a group, false with the failing branch', async () => {
    const ems = await groupId('EMS licensed users');
    const [member] = await members(ems);
    const { status, json } = await post('/groups/evaluateDynamicMembership', {
      memberId: member,
      membershipRule: 'user.accountEnabled -eq true -and user.extensionAttribute1 -eq "nope"',
    });
    expect(status).toBe(200);
    expect(json.membershipRuleEvaluationResult).toBe(false);
    expect(
      (json.membershipRuleEvaluationDetails as Details).expressionEvaluationDetails?.map(
        (n) => n.expressionResult,
      ),
    ).toEqual([true, false]);
  });

  it('refuses a missing rule, an invalid rule and an unknown user', async () => {
    const ems = await groupId('EMS licensed users');
    const [member] = await members(ems);
    expect((await post('/groups/evaluateDynamicMembership', { memberId: member })).status).toBe(
      400,
    );
    const invalid = await post('/groups/evaluateDynamicMembership', {
      memberId: member,
      membershipRule: 'user.nope -eq 1',
    });
    expect(invalid.status).toBe(400);
    expect((invalid.json.error as { message: string }).message).toMatch(/position/);
    expect(
      (
        await post(`/groups/${ems}/evaluateDynamicMembership`, {
          memberId: '00000000-0000-0000-0000-000000000000',
        })
      ).status,
    ).toBe(404);
  });
});
