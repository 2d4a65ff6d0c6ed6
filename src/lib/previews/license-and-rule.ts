/**
 * The answers of `previewAssignLicense` and `previewMembershipRule` (the emulator's extensions) from
 * an engine tenant: the emulator's tenant for its handlers, the tenant built from a copy of a real
 * tenant in the copy worker. Pure: a tenant and a request in, the wire JSON out, or a
 * `PreviewRefusal`, so both answer with the same JSON by construction.
 */
import type { LicenseRequest, Tenant, UserImpact } from '../../engine';
import { badRequest, notFound, refusalWords } from './refusal';
import { compileOrRefuse, type RuleCompiler } from './rule-compile';

/** What the previews read of a tenant (the emulator's read-only view is one). */
export type PreviewTenant = Pick<
  Tenant,
  'profile' | 'group' | 'previewGroupLicenses' | 'previewMembershipRule' | 'ruleContext'
>;

/** Lists in a preview answer stop here; the totals say how many there are. */
export const PREVIEW_LIST_CAP = 500;

/** A request body as JSON gave it. */
export type RequestBody = Readonly<Record<string, unknown>>;

function userJson(tenant: PreviewTenant, impact: UserImpact) {
  return {
    userId: impact.userId,
    displayName: tenant.profile(impact.userId)?.displayName ?? null,
    gainedSkus: impact.gainedSkus,
    lostSkus: impact.lostSkus,
    gainedPlans: impact.gainedPlans,
    lostPlans: impact.lostPlans,
    newErrors: impact.newErrors.map((e) => ({ skuId: e.skuId, error: e.error })),
  };
}

function refJson(tenant: PreviewTenant, id: string) {
  return { id, displayName: tenant.profile(id)?.displayName ?? null };
}

/** A string parameter of a body, or a refusal naming it. */
export function requireString(body: RequestBody, name: string, action: string): string {
  const value = body[name];
  if (value === undefined || value === null)
    throw badRequest(refusalWords.missingParameters(action, [name]));
  if (typeof value !== 'string') throw badRequest(refusalWords.notAString(name));
  return value;
}

/** Refuses a body with a parameter the operation does not take. */
export function checkKeys(body: RequestBody, allowed: readonly string[], action: string): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) throw badRequest(refusalWords.notAParameter(key, action));
  }
}

/** A group's id as the tenant holds it (ids compare without case), or a 404 refusal. */
export function requireGroupId(tenant: Pick<Tenant, 'group'>, id: string): string {
  if (tenant.group(id)) return id;
  if (tenant.group(id.toLowerCase())) return id.toLowerCase();
  throw notFound(id);
}

/** Per SKU, how many users get a seat of it and how many lose theirs (over every user, not a page). */
function skuEffects(users: readonly UserImpact[]) {
  const effects = new Map<string, { gain: number; lose: number }>();
  const effect = (skuId: string) => {
    const known = effects.get(skuId) ?? { gain: 0, lose: 0 };
    effects.set(skuId, known);
    return known;
  };
  for (const user of users) {
    for (const skuId of user.gainedSkus) effect(skuId).gain += 1;
    for (const skuId of user.lostSkus) effect(skuId).lose += 1;
  }
  return [...effects].map(([skuId, counts]) => ({ skuId, ...counts }));
}

/** How many new errors of each code (over every user). */
function newErrorsByCode(users: readonly UserImpact[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const user of users)
    for (const { error } of user.newErrors) counts[error] = (counts[error] ?? 0) + 1;
  return counts;
}

const losing = (users: readonly UserImpact[]) =>
  users.filter((u) => u.lostSkus.length + u.lostPlans.length > 0).length;

/** `previewAssignLicense` of a group known to the tenant, the licences already checked. */
export function licensePreviewAnswer(
  tenant: PreviewTenant,
  groupId: string,
  add: readonly LicenseRequest[],
  remove: readonly string[],
) {
  const impact = tenant.previewGroupLicenses(groupId, add, remove);
  return {
    users: impact.users.slice(0, PREVIEW_LIST_CAP).map((u) => userJson(tenant, u)),
    totalUsers: impact.users.length,
    seatDelta: impact.seatDelta,
    newErrorCount: impact.newErrorCount,
    usersLosingLicenses: losing(impact.users),
    newErrorsByCode: newErrorsByCode(impact.users),
    disabledPlanEffects: impact.disabledPlanEffects,
    enabledPlanEffects: impact.enabledPlanEffects,
    skuEffects: skuEffects(impact.users),
  };
}

/** `previewMembershipRule` of a group known to the tenant, from the request body. */
export function rulePreviewAnswer(
  tenant: PreviewTenant,
  compile: RuleCompiler,
  groupId: string,
  body: RequestBody,
) {
  checkKeys(body, ['membershipRule'], 'previewMembershipRule');
  const text = requireString(body, 'membershipRule', 'previewMembershipRule');
  if (tenant.group(groupId)?.membershipKind !== 'dynamic')
    throw badRequest(refusalWords.notDynamic(groupId));
  const rule = compileOrRefuse(compile, text);
  const impact = tenant.previewMembershipRule(groupId, rule);
  return {
    joined: impact.joined.slice(0, PREVIEW_LIST_CAP).map((u) => refJson(tenant, u)),
    left: impact.left.slice(0, PREVIEW_LIST_CAP).map((u) => refJson(tenant, u)),
    totalJoined: impact.joined.length,
    totalLeft: impact.left.length,
    users: impact.users.slice(0, PREVIEW_LIST_CAP).map((u) => userJson(tenant, u)),
    totalUsers: impact.users.length,
    usersLosingLicenses: losing(impact.users),
    seatDelta: impact.seatDelta,
    newErrorCount: impact.newErrorCount,
  };
}
