import type { AssignedPlanView, UserProfile } from './user-profile';

/** `licenseAssignmentState.state` values. */
export type AssignmentStateName = 'Active' | 'ActiveWithError' | 'Error' | 'Disabled';

/** `licenseAssignmentState.error` values; `None` on success (as Graph returns it). */
export type AssignmentError =
  | 'None'
  | 'CountViolation'
  | 'MutuallyExclusiveViolation'
  | 'DependencyViolation'
  | 'ProhibitedInUsageLocationViolation'
  | 'UniquenessViolation'
  | 'Other';

/** A licence as an admin asks for it: a SKU minus some of its plans (a deny-list). */
export interface LicenseRequest {
  readonly skuId: string;
  readonly disabledPlans: readonly string[];
}

/** Seats of a subscription, as Graph's `licenseUnitsDetail`. */
export interface PrepaidUnits {
  readonly enabled: number;
  readonly warning: number;
  readonly suspended: number;
  readonly lockedOut: number;
}

/** A plan of a product and when it was added to the product (null: it came with the product). */
export interface ProductPlan {
  readonly servicePlanId: string;
  readonly servicePlanName: string;
  readonly addedAt: number | null;
}

/** A subscription as the tenant sees it. `consumedUnits` counts users with an applied entry. */
export interface SubscriptionView {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly prepaidUnits: PrepaidUnits;
  readonly consumedUnits: number;
  readonly servicePlans: readonly ProductPlan[];
}

/**
 * One (user, SKU, source) entry: Graph's `licenseAssignmentState` plus what the engine knows about
 * why it is in error (`errorPlans`: the plan ids involved, for readable messages).
 */
export interface AssignmentStateView {
  readonly skuId: string;
  /** Null for a direct assignment. */
  readonly assignedByGroup: string | null;
  /** The intended disabled plans. */
  readonly disabledPlans: readonly string[];
  readonly state: AssignmentStateName;
  readonly error: AssignmentError;
  readonly errorPlans: readonly string[];
  /** Clock time of the last change of this entry. */
  readonly lastUpdatedDateTime: number;
}

/** `assignedPlan.capabilityStatus` values the engine produces. */
export type CapabilityStatus = 'Enabled' | 'Suspended' | 'Deleted';

/** One plan on a user (Graph `assignedPlan`), one entry per plan id whatever the sources. */
export interface AssignedPlanState extends AssignedPlanView {
  readonly capabilityStatus: CapabilityStatus;
  readonly assignedDateTime: number;
  /** When the plan was lost; null while enabled. */
  readonly suspendedDateTime: number | null;
}

/** A user's licence picture: what Graph returns in `assignedLicenses`, `licenseAssignmentStates`, `assignedPlans`. */
export interface UserLicenseView {
  /** One per SKU with an applied entry; `disabledPlans` = SKU plans not enabled by any applied entry. */
  readonly assignedLicenses: readonly LicenseRequest[];
  readonly licenseAssignmentStates: readonly AssignmentStateView[];
  readonly assignedPlans: readonly AssignedPlanState[];
}

/** Membership of a group: assigned by admins, or computed from a rule. */
export type MembershipKind = 'assigned' | 'dynamic';

/** What a dynamic group needs from a compiled membership rule. */
export interface MembershipRule {
  readonly text: string;
  matches(user: UserProfile, ctx: MembershipContext): boolean;
}

/** What a rule may ask about the tenant while it evaluates one user. */
export interface MembershipContext {
  /** Clock time, for `system.now`. */
  readonly now: number;
  assignedPlans(userId: string): readonly AssignedPlanView[];
  isMemberOf(userId: string, groupId: string): boolean;
}

/** A group to create. */
export interface GroupDefinition {
  readonly id: string;
  readonly securityEnabled: boolean;
  readonly membership:
    | { readonly kind: 'assigned' }
    | { readonly kind: 'dynamic'; readonly rule: MembershipRule; readonly paused: boolean };
}

/** `licenseProcessingState.state` values. */
export type LicenseProcessingState =
  'QueuedForProcessing' | 'ProcessingInProgress' | 'ProcessingComplete' | 'ProcessingFailed';

/** A group as the engine holds it. */
export interface GroupView {
  readonly id: string;
  readonly securityEnabled: boolean;
  readonly membershipKind: MembershipKind;
  readonly membershipRule: string | null;
  readonly paused: boolean;
  readonly assignedLicenses: readonly LicenseRequest[];
  readonly userMemberIds: readonly string[];
  /** How many users are direct members (without sorting them). */
  readonly userMemberCount: number;
  readonly groupMemberIds: readonly string[];
  readonly licenseProcessingState: LicenseProcessingState;
  /** Users processed and total in the job currently running for this group (0/0 when idle). */
  readonly progress: { readonly processed: number; readonly total: number };
}

/** Licence state of one user that a change can alter; compared before and after. */
export interface UserLicenseSnapshot {
  readonly assignedLicenses: readonly LicenseRequest[];
  readonly licenseAssignmentStates: readonly AssignmentStateView[];
  /** Plan id to status, for plans the user has or had. */
  readonly planStatus: Readonly<Record<string, CapabilityStatus>>;
  readonly usageLocation: string | null;
}

/** What one change did to one user. */
export interface UserLicenseChange {
  readonly userId: string;
  readonly before: UserLicenseSnapshot;
  readonly after: UserLicenseSnapshot;
}

/** Events of the processing queue, in the order they happened. */
export type ProcessingEvent =
  | {
      readonly type: 'jobStarted';
      readonly jobId: number;
      readonly groupIds: readonly string[];
      readonly reason: JobReason;
      readonly total: number;
    }
  | {
      readonly type: 'userChanged';
      readonly jobId: number;
      readonly change: UserLicenseChange;
      readonly groupIds: readonly string[];
    }
  | {
      readonly type: 'jobFinished';
      readonly jobId: number;
      readonly groupIds: readonly string[];
      readonly reason: JobReason;
      readonly succeeded: number;
      readonly failed: number;
    };

/** Why a job was queued. */
export type JobReason =
  'groupLicenses' | 'membership' | 'reprocess' | 'newServicePlan' | 'groupSettings';

/** How to read a plan on one user: every source that enables it, disables it or is blocked. */
export interface PlanExplanation {
  readonly servicePlanId: string;
  readonly status: CapabilityStatus | null;
  readonly sources: readonly {
    readonly skuId: string;
    readonly assignedByGroup: string | null;
    readonly effect: 'enables' | 'disables' | 'blocked';
    readonly error: AssignmentError;
  }[];
}

/** The result of a proposed change that was not committed. */
export interface WhatIfResult {
  readonly changes: readonly UserLicenseChange[];
  /** SKU id to change in consumed units. */
  readonly seatDelta: Readonly<Record<string, number>>;
  /** Entries that would be newly in error. */
  readonly newErrors: readonly { readonly userId: string; readonly state: AssignmentStateView }[];
}
