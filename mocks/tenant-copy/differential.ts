/**
 * The differential check of live-mode previews: seeded random admin changes (a plan toggled in a
 * group licence, a product added to or removed from a group, a dynamic group's rule edited), each
 * previewed twice: by the engine built from a Graph-loaded tenant copy (what the portal computes
 * in live mode) and by the emulator on the tenant it holds (what `previewAssignLicense` and
 * `previewMembershipRule` answer, through the same engine calls those handlers make, so the lists
 * are whole rather than capped at 500). Users, plans gained and lost, seats, new errors, joins and
 * leaves, or the refusal and its words, must be equal. A change is drawn from its own seed, so a
 * mismatch is replayed with that seed alone.
 */
import { LicensingError, compileRule, type LicenseRequest, type Tenant } from '../../src/engine';
import { random, type Random } from '../seeds/prng';

/** One admin change to preview. */
export type AdminChange =
  | {
      readonly kind: 'planToggle' | 'productAdd' | 'productRemove';
      readonly groupId: string;
      readonly add: readonly LicenseRequest[];
      readonly remove: readonly string[];
    }
  | { readonly kind: 'ruleEdit'; readonly groupId: string; readonly rule: string };

/** Rule attributes a random rule compares, with the profile field their value comes from. */
const RULE_ATTRIBUTES = [
  ['department', 'department'],
  ['city', 'city'],
  ['country', 'country'],
  ['usageLocation', 'usageLocation'],
  ['jobTitle', 'jobTitle'],
  ['companyName', 'companyName'],
] as const;

function textRule(rng: Random, tenant: Tenant, users: readonly string[]): string {
  const [attribute, field] = rng.pick(RULE_ATTRIBUTES);
  const value = tenant.profile(rng.pick(users))?.[field] ?? 'none';
  const op = rng.pick(['-eq', '-ne', '-startsWith', '-contains']);
  const operand = op === '-startsWith' || op === '-contains' ? value.slice(0, 3) : value;
  return `user.${attribute} ${op} "${operand.replaceAll('"', '')}"`;
}

function randomRule(rng: Random, tenant: Tenant, users: readonly string[]): string {
  const roll = rng.int(6);
  if (roll === 0) return `user.accountEnabled -eq ${rng.chance(0.5) ? 'true' : 'false'}`;
  if (roll === 1) {
    const sku = rng.pick(tenant.subscriptions());
    const plan = rng.pick(sku.servicePlans);
    return `user.assignedPlans -any (assignedPlan.servicePlanId -eq "${plan.servicePlanId}" -and assignedPlan.capabilityStatus -eq "Enabled")`;
  }
  if (roll === 2) return `user.extensionAttribute1 -contains "${rng.pick(['EMS', 'E5', 'x'])}"`;
  const first = textRule(rng, tenant, users);
  if (roll === 3)
    return `(${first}) ${rng.pick(['-and', '-or'])} (${textRule(rng, tenant, users)})`;
  return first;
}

/** A random admin change on `tenant`, drawn from `seed` alone; null when the tenant offers none of the kind drawn. */
export function randomChange(tenant: Tenant, seed: number): AdminChange | null {
  // Spread consecutive seeds apart: mulberry32's first draws of seeds 1, 2, 3 are close.
  const rng = random(Math.imul(seed, 0x9e3779b1) >>> 0);
  const groups = tenant.groupIds().flatMap((id) => tenant.group(id) ?? []);
  const skus = tenant.subscriptions();
  const licensed = groups.filter((g) => g.assignedLicenses.length > 0);
  const dynamic = groups.filter((g) => g.membershipKind === 'dynamic');
  const kind = rng.pick(['planToggle', 'productAdd', 'productRemove', 'ruleEdit'] as const);
  if (kind === 'ruleEdit') {
    if (dynamic.length === 0) return null;
    const users = tenant.userIds();
    return { kind, groupId: rng.pick(dynamic).id, rule: randomRule(rng, tenant, users) };
  }
  if (kind === 'productAdd') {
    const group = rng.pick(groups);
    const sku = rng.pick(skus);
    const disabled = sku.servicePlans.filter(() => rng.chance(0.2)).map((p) => p.servicePlanId);
    return {
      kind,
      groupId: group.id,
      add: [{ skuId: sku.skuId, disabledPlans: disabled }],
      remove: [],
    };
  }
  if (licensed.length === 0) return null;
  const group = rng.pick(licensed);
  const license = rng.pick(group.assignedLicenses);
  if (kind === 'productRemove')
    return { kind, groupId: group.id, add: [], remove: [license.skuId] };
  const plans = tenant.subscription(license.skuId)?.servicePlans ?? [];
  if (plans.length === 0) return null;
  const plan = rng.pick(plans).servicePlanId;
  const disabledPlans = license.disabledPlans.includes(plan)
    ? license.disabledPlans.filter((p) => p !== plan)
    : [...license.disabledPlans, plan];
  return { kind, groupId: group.id, add: [{ skuId: license.skuId, disabledPlans }], remove: [] };
}

/** A preview as compared: the impact, or the refusal in its words. */
export function preview(tenant: Tenant, change: AdminChange): string {
  try {
    if (change.kind === 'ruleEdit') {
      const compiled = compileRule(change.rule);
      if (!compiled.ok) return `rule refused: ${compiled.diagnostics.map((d) => d.code).join(',')}`;
      return JSON.stringify(tenant.previewMembershipRule(change.groupId, compiled.rule));
    }
    return JSON.stringify(tenant.previewGroupLicenses(change.groupId, change.add, change.remove));
  } catch (error) {
    if (error instanceof LicensingError) return `refused: ${error.kind}: ${error.message}`;
    throw error;
  }
}

/** One mismatch, replayable with its seed. */
export interface Mismatch {
  readonly seed: number;
  readonly change: AdminChange;
  readonly emulator: string;
  readonly copy: string;
}

/** Counts of a differential run. */
export interface DifferentialResult {
  readonly changes: number;
  readonly byKind: Readonly<Record<string, number>>;
  readonly refused: number;
  readonly mismatches: readonly Mismatch[];
}

/**
 * Previews the changes of seeds `firstSeed` .. `firstSeed + count - 1` on both tenants. The
 * emulator's tenant picks the change (both hold the same tenant, or the check fails anyway).
 */
export function runDifferential(
  emulatorTenant: Tenant,
  copyTenant: Tenant,
  firstSeed: number,
  count: number,
): DifferentialResult {
  const byKind: Record<string, number> = {};
  const mismatches: Mismatch[] = [];
  let changes = 0;
  let refused = 0;
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const change = randomChange(emulatorTenant, seed);
    if (!change) continue;
    changes++;
    byKind[change.kind] = (byKind[change.kind] ?? 0) + 1;
    const expected = preview(emulatorTenant, change);
    const actual = preview(copyTenant, change);
    if (expected.startsWith('refused') || expected.startsWith('rule refused')) refused++;
    if (expected !== actual) mismatches.push({ seed, change, emulator: expected, copy: actual });
  }
  return { changes, byKind, refused, mismatches };
}

/** A mismatch in words, with the command that replays it. */
export function describeMismatch(tenantName: string, m: Mismatch): string {
  return [
    `seed ${String(m.seed)} on ${tenantName}: ${JSON.stringify(m.change)}`,
    `  replay: npm run diff:tenant-copy -- --tenant ${tenantName} --seed ${String(m.seed)} --changes 1`,
    `  emulator: ${m.emulator.slice(0, 400)}`,
    `  copy:     ${m.copy.slice(0, 400)}`,
  ].join('\n');
}
