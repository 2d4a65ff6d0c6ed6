/**
 * The organization's commercial subscriptions (`GET /directory/subscriptions`, Graph's
 * `companySubscription`), derived from a product's units so the two can never disagree: one
 * subscription per state its units are in (`Enabled`, `Warning`, `Suspended`, `LockedOut`), each
 * with `totalLicenses` the units in that state. The first holds the product's subscription id;
 * the others get ids derived from it (stable, and no id is taken from the tenant's stream).
 *
 * `nextLifecycleDateTime`, "when the subscription will move to the next state if not renewed":
 * for `Enabled`, the next yearly anniversary of its purchase after the emulator's clock; for
 * `Warning`, the day its grace period ends (`SkuExtras.warningEndsAt`); otherwise unknown (null).
 * The emulator does not move units between states by itself when that day passes.
 */
import type { SubscriptionView } from '../../src/engine';
import { guidAt, seedOf } from './ids';
import type { SkuExtras } from './model';

/** The states of `companySubscription.status`, in the order a product's subscriptions are listed. */
const STATES = [
  ['Enabled', 'enabled'],
  ['Warning', 'warning'],
  ['Suspended', 'suspended'],
  ['LockedOut', 'lockedOut'],
] as const;

const DAY = 86_400_000;

/** How long a subscription in `Warning` keeps working when the control API puts units there. */
export const GRACE_PERIOD_MS = 30 * DAY;
const YEAR = 365 * DAY;

/** A subscription of one product, before it is written as Graph's JSON. */
export interface CompanySubscription {
  readonly id: string;
  readonly commerceSubscriptionId: string;
  readonly status: (typeof STATES)[number][0];
  readonly totalLicenses: number;
  readonly createdDateTime: number;
  readonly nextLifecycleDateTime: number | null;
}

const derivedId = (id: string, label: string) => guidAt(seedOf(`${id}:${label}`), 0);

/** The next yearly anniversary of `created` after `now`. */
function nextAnniversary(created: number, now: number): number {
  const years = Math.max(1, Math.floor((now - created) / YEAR) + 1);
  return created + years * YEAR;
}

/** The subscriptions behind one product's units; none for a product without extras. */
export function companySubscriptions(
  sku: SubscriptionView,
  extras: SkuExtras | undefined,
  now: number,
): CompanySubscription[] {
  if (!extras) return [];
  const held = STATES.filter(([, units]) => sku.prepaidUnits[units] > 0);
  return held.map(([status, units], index) => {
    const id = index === 0 ? extras.subscriptionId : derivedId(extras.subscriptionId, status);
    return {
      id,
      commerceSubscriptionId: derivedId(id, 'commerce'),
      status,
      totalLicenses: sku.prepaidUnits[units],
      createdDateTime: extras.createdDateTime,
      nextLifecycleDateTime:
        status === 'Enabled'
          ? nextAnniversary(extras.createdDateTime, now)
          : status === 'Warning'
            ? (extras.warningEndsAt ?? null)
            : null,
    };
  });
}

/** The extras after the units changed: a grace period starts when units enter `Warning`. */
export function withWarningPeriod(extras: SkuExtras, warningUnits: number, now: number): SkuExtras {
  if (warningUnits === 0) {
    const rest = { ...extras };
    delete rest.warningEndsAt;
    return rest;
  }
  return extras.warningEndsAt === undefined
    ? { ...extras, warningEndsAt: now + GRACE_PERIOD_MS }
    : extras;
}
