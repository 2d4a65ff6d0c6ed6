/**
 * A copy of a tenant's licensing state as Graph gives it: the wire shapes the loader reads
 * (`load-copy.ts`), kept as Graph names them so the copy can be stored and compared as read, and
 * turned into the engine's tenant by one adapter (`engine-from-copy.ts`).
 */
import type { UserProfile } from '../../engine';

/**
 * The user attributes Graph and the engine's `UserProfile` both name and hold as text (or null):
 * read with `$select` and copied as they are.
 */
export const USER_TEXT_PROPERTIES = [
  'userPrincipalName',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'mailNickname',
  'department',
  'jobTitle',
  'companyName',
  'city',
  'country',
  'state',
  'streetAddress',
  'postalCode',
  'employeeId',
  'employeeHireDate',
  'officeLocation',
  'mobilePhone',
  'faxNumber',
  'preferredLanguage',
  'passwordPolicies',
  'userType',
  'usageLocation',
  'onPremisesDistinguishedName',
  'onPremisesSecurityIdentifier',
] as const satisfies readonly (keyof UserProfile)[];

/** `assignedLicense`. */
export interface CopyLicense {
  readonly skuId: string;
  readonly disabledPlans: readonly string[];
}

/** `licenseAssignmentState`. */
export interface CopyAssignmentState {
  readonly skuId: string;
  readonly assignedByGroup: string | null;
  readonly disabledPlans: readonly string[];
  readonly state: string;
  readonly error: string;
  readonly lastUpdatedDateTime: string | null;
}

/** `assignedPlan`. */
export interface CopyAssignedPlan {
  readonly servicePlanId: string;
  readonly service: string;
  readonly capabilityStatus: string;
  readonly assignedDateTime: string;
}

/** A user with the licensing properties and the attributes the rule language reads. */
export interface CopyUser {
  readonly id: string;
  readonly createdDateTime: string | null;
  readonly assignedLicenses: readonly CopyLicense[];
  readonly licenseAssignmentStates: readonly CopyAssignmentState[];
  readonly assignedPlans: readonly CopyAssignedPlan[];
  /** Every other property read (`USER_PROPERTIES`), as Graph sent it. */
  readonly [property: string]: unknown;
}

/** A group with its licence and rule properties, and its members when they were read. */
export interface CopyGroup {
  readonly id: string;
  readonly displayName: string | null;
  readonly createdDateTime: string | null;
  readonly securityEnabled: boolean;
  readonly groupTypes: readonly string[];
  readonly membershipRule: string | null;
  readonly membershipRuleProcessingState: string | null;
  readonly assignedLicenses: readonly CopyLicense[];
  readonly licenseProcessingState: string | null;
  /** Direct members; null when they were not read (the group cannot matter to licensing). */
  readonly members: {
    readonly users: readonly string[];
    readonly groups: readonly string[];
  } | null;
}

/** `subscribedSku`. */
export interface CopySku {
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly prepaidUnits: {
    readonly enabled: number;
    readonly warning: number;
    readonly suspended: number;
    readonly lockedOut: number;
  };
  readonly consumedUnits: number;
  readonly servicePlans: readonly {
    readonly servicePlanId: string;
    readonly servicePlanName: string;
  }[];
}

/** Where the next refresh reads changes from: `@odata.deltaLink`s, relative to the version root. */
export interface DeltaLinks {
  readonly users: string;
  readonly groups: string;
}

/** A tenant copy. */
export interface TenantCopy {
  /**
   * When the copy was taken, on the caller's clock (ms since the epoch): when the reads of its
   * oldest part began (a whole load's start, or the last refresh's).
   */
  readonly takenAt: number;
  /** When its last read ended, on the same clock. */
  readonly finishedAt: number;
  /** `organization.countryLetterCode`: the usage location group licensing falls back to. */
  readonly tenantCountry: string;
  readonly skus: readonly CopySku[];
  readonly users: readonly CopyUser[];
  readonly groups: readonly CopyGroup[];
  /** Groups that were queued for or in licence processing while the copy was read. */
  readonly processingGroups: readonly string[];
  /**
   * Graph reads the loader asked for: pages, and each request inside a `$batch` (a retried 429 is
   * the client's and not counted here; count at the transport for that).
   */
  readonly requests: number;
  /** The delta links a refresh starts from (null: none recorded; a refresh loads whole). */
  readonly deltaLinks: DeltaLinks | null;
  /**
   * When each part was last read (caller's clock): products, users and groups (with members) by
   * their delta rounds, licence states by their last re-read. A refresh brings every part to its
   * start (it re-reads the states of every user a change or a group's processing reached; the
   * others' have not changed), so `takenAt` is the oldest of them, the age the admin is shown.
   */
  readonly partsTakenAt: {
    readonly skus: number;
    readonly users: number;
    readonly groups: number;
    readonly licenses: number;
  };
}

/** How far a load has come ("42,000 of 100,000 users"). */
export interface CopyProgress {
  readonly phase: 'organization' | 'skus' | 'users' | 'groups' | 'members';
  readonly done: number;
  /** Null while Graph has not said how many there are. */
  readonly total: number | null;
}
