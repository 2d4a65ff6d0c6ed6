/**
 * Wire types of the Graph v1.0 surface the portal reads. Entity shapes come from
 * `@microsoft/microsoft-graph-types`; the collection envelope and the emulator's control API
 * (not part of Graph) are declared here.
 */
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import type { RoleName } from '../../engine/roles';

export type User = MicrosoftGraph.User;
export type Group = MicrosoftGraph.Group;
export type SubscribedSku = MicrosoftGraph.SubscribedSku;
export type CompanySubscription = MicrosoftGraph.CompanySubscription;
export type LicenseDetails = MicrosoftGraph.LicenseDetails;
export type LicenseAssignmentState = MicrosoftGraph.LicenseAssignmentState;
export type AssignedLicense = MicrosoftGraph.AssignedLicense;
export type AssignedPlan = MicrosoftGraph.AssignedPlan;
export type ServicePlanInfo = MicrosoftGraph.ServicePlanInfo;
export type DirectoryObject = MicrosoftGraph.DirectoryObject;
export type DirectoryAudit = MicrosoftGraph.DirectoryAudit;
export type Organization = MicrosoftGraph.Organization;

/** Body of `POST /users/{id}/assignLicense` and `POST /groups/{id}/assignLicense`. */
export interface AssignLicenseBody {
  readonly addLicenses: readonly AssignedLicense[];
  readonly removeLicenses: readonly string[];
}

/** A page of a Graph collection. */
export interface GraphCollection<T> {
  readonly '@odata.context'?: string;
  readonly '@odata.count'?: number;
  readonly '@odata.nextLink'?: string;
  readonly value: T[];
}

/** A member of a `directoryObject` collection (members, memberOf, membersWithLicenseErrors). */
export type DirectoryMember =
  | (User & { readonly '@odata.type': '#microsoft.graph.user' })
  | (Group & { readonly '@odata.type': '#microsoft.graph.group' });

/** What `memberOf` lists besides groups: the directory roles the user holds. */
export type DirectoryRoleMember = MicrosoftGraph.DirectoryRole & {
  readonly '@odata.type': '#microsoft.graph.directoryRole';
};

/** The admin roles the emulator knows, by their Entra display names (the engine's roles table). */
export type { RoleName };

/**
 * What a proposed change does to one user, as the emulator's preview extensions
 * (`previewAssignLicense`, `previewMembershipRule`) report it.
 */
export interface UserLicenseImpact {
  readonly userId: string;
  readonly displayName: string | null;
  readonly gainedSkus: readonly string[];
  readonly lostSkus: readonly string[];
  readonly gainedPlans: readonly string[];
  readonly lostPlans: readonly string[];
  readonly newErrors: readonly { readonly skuId: string; readonly error: string }[];
}

/** Emulator control API: `POST /_emulator/token`. */
export interface EmulatorToken {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly roles: RoleName[];
}

/** Emulator control API: `POST /_emulator/reset`. */
export interface EmulatorResetResult {
  readonly seed: string;
  readonly users: number;
  readonly groups: number;
  readonly subscriptions: number;
}

/** Emulator control API: `GET /_emulator/processing`. */
export interface EmulatorProcessingStatus {
  readonly idle: boolean;
  readonly queued: number;
  readonly paused: boolean;
}

/** An admin account as the sign-in picker lists it. */
export interface AdminAccount {
  readonly userPrincipalName: string;
  readonly displayName: string | null;
  readonly roles: RoleName[];
}
