/**
 * The directory attributes of a user that licensing and dynamic membership rules read.
 *
 * Names follow Microsoft Graph where Graph has the attribute (`usageLocation`, `proxyAddresses`,
 * `onPremisesSyncEnabled`), so the emulator's adapter is a plain copy. Absent values are `null`,
 * never `undefined` or the empty string, so `-eq null` has one meaning.
 */
export interface UserProfile {
  /** Object id (GUID). Rules call it `objectId`. */
  readonly id: string;
  readonly userPrincipalName: string;
  readonly displayName: string | null;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly mail: string | null;
  readonly mailNickname: string | null;
  readonly department: string | null;
  readonly jobTitle: string | null;
  readonly companyName: string | null;
  readonly city: string | null;
  readonly country: string | null;
  readonly state: string | null;
  readonly streetAddress: string | null;
  readonly postalCode: string | null;
  readonly employeeId: string | null;
  /** ISO 8601 date-time, or null. */
  readonly employeeHireDate: string | null;
  /** Rules call it `physicalDeliveryOfficeName`. */
  readonly officeLocation: string | null;
  /** Rules call it `mobile`. */
  readonly mobilePhone: string | null;
  /** First business phone; rules call it `telephoneNumber`. */
  readonly telephoneNumber: string | null;
  /** Rules call it `facsimileTelephoneNumber`. */
  readonly faxNumber: string | null;
  readonly preferredLanguage: string | null;
  readonly passwordPolicies: string | null;
  readonly onPremisesDistinguishedName: string | null;
  readonly onPremisesSecurityIdentifier: string | null;
  readonly sipProxyAddress: string | null;
  /** `Member` or `Guest`. */
  readonly userType: string | null;
  /** ISO 3166 alpha-2 country code, or null when not set. */
  readonly usageLocation: string | null;
  readonly accountEnabled: boolean;
  /** Rules call it `dirSyncEnabled`. */
  readonly onPremisesSyncEnabled: boolean | null;
  /** `SMTP:` (primary) and `smtp:` (secondary) addresses. */
  readonly proxyAddresses: readonly string[];
  readonly otherMails: readonly string[];
  /** `extensionAttribute1` .. `extensionAttribute15` (Exchange custom attributes). Missing keys mean null. */
  readonly extensionAttributes: Readonly<Partial<Record<ExtensionAttributeName, string | null>>>;
  /** Directory extensions keyed by their full lower-case name, e.g. `extension_c272a57b722d4eb29bfe327874ae79cb_officenumber`. */
  readonly extensions: Readonly<Record<string, string | number | boolean | null>>;
  /** Object id of the manager, or null. */
  readonly managerId: string | null;
}

/** `extensionAttribute1` .. `extensionAttribute15`. */
export type ExtensionAttributeName =
  | 'extensionAttribute1'
  | 'extensionAttribute2'
  | 'extensionAttribute3'
  | 'extensionAttribute4'
  | 'extensionAttribute5'
  | 'extensionAttribute6'
  | 'extensionAttribute7'
  | 'extensionAttribute8'
  | 'extensionAttribute9'
  | 'extensionAttribute10'
  | 'extensionAttribute11'
  | 'extensionAttribute12'
  | 'extensionAttribute13'
  | 'extensionAttribute14'
  | 'extensionAttribute15';

/** A service plan on a user as dynamic rules see it (`assignedPlan.servicePlanId` etc.). */
export interface AssignedPlanView {
  readonly servicePlanId: string;
  readonly service: string;
  /** `Enabled`, `Warning`, `Suspended`, `Deleted` or `LockedOut`. */
  readonly capabilityStatus: string;
}

/** An empty profile with the given id and UPN; every other attribute null or empty. */
export function blankProfile(id: string, userPrincipalName: string): UserProfile {
  return {
    id,
    userPrincipalName,
    displayName: null,
    givenName: null,
    surname: null,
    mail: null,
    mailNickname: null,
    department: null,
    jobTitle: null,
    companyName: null,
    city: null,
    country: null,
    state: null,
    streetAddress: null,
    postalCode: null,
    employeeId: null,
    employeeHireDate: null,
    officeLocation: null,
    mobilePhone: null,
    telephoneNumber: null,
    faxNumber: null,
    preferredLanguage: null,
    passwordPolicies: null,
    onPremisesDistinguishedName: null,
    onPremisesSecurityIdentifier: null,
    sipProxyAddress: null,
    userType: 'Member',
    usageLocation: null,
    accountEnabled: true,
    onPremisesSyncEnabled: null,
    proxyAddresses: [],
    otherMails: [],
    extensionAttributes: {},
    extensions: {},
    managerId: null,
  };
}
