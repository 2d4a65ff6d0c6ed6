/**
 * Why a command was refused. `NotFound` for unknown users, groups, SKUs and members; `Invalid`
 * for everything the licensing rules forbid. The message is the admin-facing text (Graph's own
 * wording where the public record has it) and names the objects involved.
 */
export type LicensingErrorKind = 'NotFound' | 'Invalid';

/** A refused command. Thrown before anything changes: a command either applies whole or not at all. */
export class LicensingError extends Error {
  readonly kind: LicensingErrorKind;

  constructor(kind: LicensingErrorKind, message: string) {
    super(message);
    this.name = 'LicensingError';
    this.kind = kind;
  }
}

/** Messages shared by the engine and its tests, verbatim from Graph where documented. */
export const messages = {
  invalidUsageLocation: 'License assignment cannot be done for user with invalid usage location.',
  inheritedCannotBeRemoved:
    'User license is inherited from a group membership and it cannot be removed directly from the user.',
  notSecurityEnabled: (groupId: string) =>
    `Licenses can only be assigned to security-enabled groups. Group ${groupId} is not security-enabled.`,
  invalidCompanyLicense: (skuId: string) =>
    `License ${skuId} does not correspond to a valid company License.`,
  noAvailableLicenses: (skuId: string) =>
    `Subscription with SKU ${skuId} does not have any available licenses.`,
  mutuallyExclusive: (planIds: readonly string[]) =>
    `License assignment failed because service plans ${planIds.join(',')} are mutually exclusive.`,
  dependsOn: (planId: string, required: readonly string[]) =>
    `License assignment failed because service plan ${planId} depends on the service plan(s) ${required.join(',')}.`,
  prohibitedLocation: (planId: string, location: string) =>
    `License assignment failed because service plan ${planId} is not available in usage location ${location}.`,
  proxyInUse: 'Another object with the same value for property proxyAddresses already exists.',
  groupDependency: (planName: string, requiredName: string) =>
    `License operation failed. Make sure that the group has necessary services before adding or removing a dependent service. The service ${planName} requires ${requiredName} to be enabled as well.`,
  licensedGroupDelete: (groupId: string) =>
    `Group ${groupId} has licenses assigned. Remove all licenses from the group before deleting it.`,
  dynamicMembers: (groupId: string) =>
    `Members of dynamic group ${groupId} are computed from its membership rule and cannot be added or removed manually.`,
  unknownPlan: (planId: string, skuId: string) =>
    `Service plan ${planId} is not part of license ${skuId}.`,
  notAssigned: (skuId: string) => `User does not have a license ${skuId} to remove.`,
  groupNotAssigned: (skuId: string, groupId: string) =>
    `Group ${groupId} does not have a license ${skuId} to remove.`,
  duplicateSku: (skuId: string) => `License ${skuId} appears more than once in the request.`,
} as const;
