/**
 * What the emulator keeps beside the engine: Graph-only fields of users, groups and subscriptions,
 * the organization and the acting identity. Names are Graph wire names.
 */

/** Graph fields of a user that the engine's `UserProfile` does not hold. */
export interface UserExtras {
  createdDateTime: number;
  /**
   * Graph's `signInActivity` (returned only on `$select`), in emulator milliseconds; absent or a
   * null time means the user never signed in that way. Seeds set it from their own clock
   * (`seeds/sign-ins.ts`); users created through Graph have none until they sign in.
   */
  signIns?: SignIns;
}

/** The last sign-ins of a user (`signInActivity`), epoch milliseconds or null. */
export interface SignIns {
  /** Last interactive sign-in attempt (`lastSignInDateTime`), successful or not. */
  readonly interactive: number | null;
  /** Last non-interactive attempt, by a client on the user's behalf. */
  readonly nonInteractive: number | null;
  /** Last successful sign-in of either kind. */
  readonly successful: number | null;
}

/** Graph fields of a group that the engine does not hold. */
export interface GroupExtras {
  displayName: string;
  description: string | null;
  mailNickname: string;
  mailEnabled: boolean;
  /** `Unified` and/or `DynamicMembership`. */
  groupTypes: string[];
  createdDateTime: number;
  visibility: string | null;
  isAssignableToRole: boolean;
}

/** Graph fields of a subscription that the engine does not hold. */
export interface SkuExtras {
  subscriptionId: string;
  createdDateTime: number;
  /** While units are in `Warning`: when their grace period ends (`subscriptions.ts`). */
  warningEndsAt?: number;
}

/** The tenant's `organization` object (the fields the portal reads). */
export interface Organization {
  readonly id: string;
  readonly displayName: string;
  /** The tenant country: the usage location group licensing falls back to. */
  readonly countryLetterCode: string;
  readonly defaultDomain: string;
  readonly createdDateTime: number;
}

/** `appIdentity` of an audit record's `initiatedBy.app`. */
export interface AppIdentity {
  readonly appId: string | null;
  readonly displayName: string;
  readonly servicePrincipalId: string | null;
  readonly servicePrincipalName: string | null;
}

/**
 * Who did something: an admin (user) or a first-party service (app): the group-based licensing
 * service when `app` is left out, or the one named (dynamic membership processing).
 */
export type Actor =
  | {
      readonly kind: 'user';
      readonly id: string;
      readonly displayName: string | null;
      readonly userPrincipalName: string;
      readonly ipAddress: string;
    }
  | { readonly kind: 'app'; readonly app?: AppIdentity };

export type { RuleCompiler } from '../../src/lib/previews/rule-compile';
