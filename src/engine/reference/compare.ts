/**
 * Normal forms for comparing licence pictures: arrays sorted, plan statuses as sorted pairs, so two
 * pictures are equal exactly when their JSON texts are. Order is not part of the contract.
 */
import { messages } from '../errors';
import type {
  AssignmentStateView,
  LicenseRequest,
  UserLicenseSnapshot,
  UserLicenseView,
} from '../types';
import type { ReferenceLicense, ReferenceTenant } from './reference-tenant';

/** What the fast engine and the reference are compared on, per user. */
export interface ComparableView {
  readonly assignedLicenses: readonly { skuId: string; disabledPlans: string[] }[];
  readonly states: readonly {
    skuId: string;
    assignedByGroup: string | null;
    disabledPlans: string[];
    state: string;
    error: string;
  }[];
  /** [planId, status, assignedDateTime], sorted by plan id. */
  readonly plans: readonly [string, string, number][];
  readonly usageLocation: string | null;
}

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const sorted = (xs: readonly string[]): string[] => [...xs].sort();

function licenses(
  list: readonly LicenseRequest[],
  disabled = true,
): ComparableView['assignedLicenses'] {
  return list
    .map((l) => ({ skuId: l.skuId, disabledPlans: disabled ? sorted(l.disabledPlans) : [] }))
    .sort(byKey((l) => l.skuId));
}

function states(
  list: readonly {
    skuId: string;
    assignedByGroup: string | null;
    disabledPlans: readonly string[];
    state: string;
    error: string;
  }[],
): ComparableView['states'] {
  return list
    .map((s) => ({
      skuId: s.skuId,
      assignedByGroup: s.assignedByGroup,
      disabledPlans: sorted(s.disabledPlans),
      state: s.state,
      error: s.error,
    }))
    .sort(byKey((s) => `${s.skuId}/${s.assignedByGroup ?? ''}`));
}

/** The fast engine's picture of a user from its licence view (`dates`/`disabled`: compare those too). */
export function fastView(
  view: UserLicenseView,
  usageLocation: string | null,
  dates = true,
  disabled = true,
): ComparableView {
  return {
    assignedLicenses: licenses(view.assignedLicenses, disabled),
    states: states(view.licenseAssignmentStates),
    plans: view.assignedPlans
      .map((p): [string, string, number] => [
        p.servicePlanId,
        p.capabilityStatus,
        dates ? p.assignedDateTime : 0,
      ])
      .sort(byKey((p) => p[0])),
    usageLocation,
  };
}

/** The reference's picture of a user, or null when the user does not exist. */
export function refView(
  t: ReferenceTenant,
  userId: string,
  dates = true,
  disabled = true,
): ComparableView | null {
  const view: ReferenceLicense | undefined = t.license(userId);
  if (!view) return null;
  return {
    assignedLicenses: licenses(view.assignedLicenses, disabled),
    states: states(view.licenseAssignmentStates),
    plans: Object.entries(view.planStatus)
      .map(([id, status]): [string, string, number] => [
        id,
        status,
        dates ? (view.assignedDates[id] ?? -1) : 0,
      ])
      .sort(byKey((p) => p[0])),
    usageLocation: t.usageLocation(userId) ?? null,
  };
}

function stateView(s: AssignmentStateView): AssignmentStateView {
  return { ...s, disabledPlans: sorted(s.disabledPlans), errorPlans: sorted(s.errorPlans) };
}

/** A `UserLicenseSnapshot` in normal form (as JSON text), for before/after comparisons. */
export function snapshotText(s: UserLicenseSnapshot): string {
  const planStatus = Object.fromEntries(Object.entries(s.planStatus).sort(byKey((e) => e[0])));
  return JSON.stringify({
    assignedLicenses: licenses(s.assignedLicenses),
    licenseAssignmentStates: s.licenseAssignmentStates
      .map(stateView)
      .sort(byKey((x) => `${x.skuId}/${x.assignedByGroup ?? ''}`)),
    planStatus,
    usageLocation: s.usageLocation,
  });
}

/** A `UserLicenseSnapshot` built from the fast engine's public licence view and the usage location. */
export function fastSnapshot(
  view: UserLicenseView,
  usageLocation: string | null,
): UserLicenseSnapshot {
  const planStatus: Record<string, UserLicenseSnapshot['planStatus'][string]> = {};
  for (const p of view.assignedPlans) planStatus[p.servicePlanId] = p.capabilityStatus;
  return {
    assignedLicenses: view.assignedLicenses,
    licenseAssignmentStates: view.licenseAssignmentStates,
    planStatus,
    usageLocation,
  };
}

const templates: [string, RegExp][] = Object.entries(messages).map(([key, m]) => {
  // An array of one marker prints like the marker in a template and still has `join`.
  const marker = ['\u0000'];
  const text = typeof m === 'string' ? m : (m as (...args: unknown[]) => string)(marker, marker);
  const pattern = text
    .split('\u0000')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return [key, new RegExp(`^${pattern}$`, 's')];
});

/** Which `messages` entry produced an error text (`other` when none does). */
export function messageKey(message: string): string {
  return templates.find(([, re]) => re.test(message))?.[0] ?? 'other';
}
