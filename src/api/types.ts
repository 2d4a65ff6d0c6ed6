/**
 * The portal's view of Graph data: what `src/api` fetchers return after parsing Graph's answer
 * once. Ids are branded and lower-cased (`src/lib/ids.ts`), missing fields are decided here (an
 * empty list, `null`, or a documented fallback), so no component re-proves that a value exists.
 * Graph's own names are kept where the admin reads them (states, error codes, audit activities).
 */
import type { DirectoryAudit } from '../lib/graph/graph-types';
import type { GroupId, PlanId, SkuId, UserId } from '../lib/ids';

export type { GroupId, PlanId, SkuId, UserId };

/** A product's seats (LICENSING.md rule 7: assignable = enabled + warning). */
export interface Seats {
  readonly total: number;
  readonly assigned: number;
  readonly available: number;
  /** Seats in their warning period: they stop working unless the subscription is renewed. */
  readonly expiringSoon: number;
}

/** `companySubscription.status`: the state of a subscription's licences. */
export type SubscriptionStatus = 'Enabled' | 'Warning' | 'Suspended' | 'LockedOut' | 'Deleted';

/** A commercial subscription behind a product's seats (`GET /directory/subscriptions`). */
export interface Subscription {
  readonly id: string;
  readonly skuId: SkuId;
  readonly status: SubscriptionStatus;
  readonly licenses: number;
  /** When it moves to its next state unless renewed (ISO 8601), when Graph knows. */
  readonly nextLifecycle: string | null;
  readonly isTrial: boolean;
}

/** One service plan of a product, as the subscription lists it. */
export interface ProductPlan {
  readonly id: PlanId;
  /** Microsoft's plan name, such as `EXCHANGE_S_ENTERPRISE`. */
  readonly technicalName: string;
  /** The friendly name from the catalog, else the technical name. */
  readonly name: string;
  /** `User` or `Company`; plans for the company are not assigned to users. */
  readonly appliesTo: string;
}

/** A product (SKU) the organization owns: `subscribedSku`. */
export interface Product {
  readonly skuId: SkuId;
  readonly partNumber: string;
  /** The catalog's display name, else the part number. */
  readonly name: string;
  readonly capabilityStatus: string;
  readonly appliesTo: string;
  readonly seats: Seats;
  readonly plans: readonly ProductPlan[];
}

export interface DirectSource {
  readonly kind: 'direct';
}
export interface GroupSource {
  readonly kind: 'group';
  readonly groupId: GroupId;
}
/** A group source whose name was read with it (the group's id when the group is gone). */
export interface NamedGroupSource extends GroupSource {
  readonly groupName: string;
}
/** Where an assignment comes from: the user directly, or a group. */
export type LicenseSource = DirectSource | GroupSource;

/** One assignment path of a user: Graph's `licenseAssignmentState`. */
export interface Assignment<Source extends LicenseSource = LicenseSource> {
  readonly skuId: SkuId;
  readonly source: Source;
  /** `Active`, `ActiveWithError`, `Error` or `Disabled`. */
  readonly state: string;
  /** Graph's error code (`CountViolation`, …); null when Graph says `None`. */
  readonly error: string | null;
  readonly disabledPlans: readonly PlanId[];
}
/** An assignment path with its group's name, for the blades that show paths. */
export type NamedAssignment = Assignment<DirectSource | NamedGroupSource>;

/** A plan the user has (`assignedPlans`): `Enabled`, `Suspended` or `Deleted`. */
export interface UserPlan {
  readonly id: PlanId;
  readonly capabilityStatus: string;
  readonly service: string;
}

/** A user as lists show one. */
export interface UserSummary<A extends Assignment = Assignment> {
  readonly id: UserId;
  /** The display name, else the user principal name. */
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** ISO 3166 alpha-2, or null when not set. */
  readonly usageLocation: string | null;
  /** Products with an applied assignment (`assignedLicenses`). */
  readonly licenses: readonly SkuId[];
  readonly assignments: readonly A[];
}

/** Why a licensed user is on the inactive report. */
export type InactiveReason = 'disabled' | 'inactive' | 'neverSignedIn';

/** A licensed user who has not signed in for a while, or whose account is disabled. */
export interface InactiveUser extends UserSummary<NamedAssignment> {
  readonly accountEnabled: boolean;
  /** The last sign-in of any kind (interactive or by a client on the user's behalf), ISO, or null. */
  readonly lastSignIn: string | null;
  readonly reason: InactiveReason;
}

/** A user with the plans they have, for error explanations. */
export interface UserWithPlans<A extends Assignment = Assignment> extends UserSummary<A> {
  readonly plans: readonly UserPlan[];
}

/** One user's blade. */
export interface User extends UserWithPlans<NamedAssignment> {
  readonly mail: string | null;
  readonly jobTitle: string | null;
  readonly department: string | null;
  readonly country: string | null;
  readonly city: string | null;
  readonly accountEnabled: boolean;
}

/** A licence a group assigns. */
export interface GroupLicense {
  readonly skuId: SkuId;
  readonly disabledPlans: readonly PlanId[];
}

/** A group, as lists and its blade show it (one `$select` for both). */
export interface Group {
  readonly id: GroupId;
  /** The display name, else the id. */
  readonly displayName: string;
  readonly description: string | null;
  readonly groupTypes: readonly string[];
  readonly isDynamic: boolean;
  readonly isMicrosoft365: boolean;
  readonly securityEnabled: boolean;
  readonly mailEnabled: boolean;
  readonly mail: string | null;
  readonly licenses: readonly GroupLicense[];
  /** `licenseProcessingState.state`; null for a group that never had licences. */
  readonly processingState: string | null;
  /**
   * Users processed and in all while queued or processing: the emulator's extension (Graph, and
   * the emulator's `graph` profile, give only the state): null when not given.
   */
  readonly processingProgress: ProcessingProgress | null;
  readonly membershipRule: string | null;
  readonly membershipRuleProcessingState: 'On' | 'Paused' | null;
  readonly createdDateTime: string | null;
}

/** How far a group's licence processing has come. */
export interface ProcessingProgress {
  readonly processed: number;
  readonly total: number;
}

/** What a directory search looks for. */
export type DirectoryKind = 'user' | 'group';

/** A member of a group, or a search result: a user or a group. */
export interface DirectoryObject {
  readonly id: string;
  readonly kind: 'user' | 'group';
  readonly displayName: string;
  /** Users only. */
  readonly userPrincipalName: string | null;
  /** Users only. */
  readonly usageLocation: string | null;
  /** Groups only (false for users). */
  readonly securityEnabled: boolean;
}

/** Who a licence write is for. */
export type LicenseTarget =
  { readonly kind: 'user'; readonly id: UserId } | { readonly kind: 'group'; readonly id: GroupId };

/** A licence change: products to add (or change the plans of) and products to remove. */
export interface LicenseChange {
  readonly add: readonly { readonly skuId: SkuId; readonly disabledPlans: readonly PlanId[] }[];
  readonly remove: readonly SkuId[];
}

/** A page of a list, with Graph's total when it was asked for (`$count=true`). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly count: number | null;
  readonly nextLink: string | null;
}

/** Who did something that the audit log records. */
export type AuditInitiator =
  | {
      readonly kind: 'user';
      readonly id: string | null;
      readonly displayName: string | null;
      readonly userPrincipalName: string | null;
      readonly ipAddress: string | null;
    }
  | { readonly kind: 'app'; readonly displayName: string | null };

export interface ModifiedProperty {
  readonly name: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

export interface AuditTarget {
  readonly id: string;
  /** The display name, else the user principal name, else the id. */
  readonly displayName: string;
  readonly type: string | null;
  readonly userPrincipalName: string | null;
  readonly modifiedProperties: readonly ModifiedProperty[];
}

/** One `directoryAudit` record. */
export interface AuditEntry {
  readonly id: string;
  readonly activityDateTime: string;
  readonly activityDisplayName: string;
  readonly category: string | null;
  readonly correlationId: string | null;
  readonly loggedByService: string | null;
  readonly operationType: string | null;
  readonly result: string | null;
  readonly resultReason: string | null;
  readonly initiatedBy: AuditInitiator;
  readonly targets: readonly AuditTarget[];
  readonly additionalDetails: readonly { readonly key: string; readonly value: string }[];
  /** The record exactly as Graph sent it (the JSON download). */
  readonly raw: DirectoryAudit;
}
