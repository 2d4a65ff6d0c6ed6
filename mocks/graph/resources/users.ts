/** The user resource: every property the emulator returns, filters, sorts and searches on. */
import type { UserProfile } from '../../../src/engine';
import {
  assignedLicenseWire,
  assignedPlanWire,
  businessPhonesWire,
  extensionAttributesWire,
  licenseStateWire,
  type UserRow,
} from '../adapter';
import { isoDate } from '../clock';
import type { SignIns } from '../model';
import type { FilterOp, PropertySpec, ResourceSpec } from '../odata/model';

type Spec = PropertySpec<UserRow>;
const TEXT_OPS: readonly FilterOp[] = ['eq', 'ne', 'in', 'startswith', 'endswith', 'ge', 'le'];
const ADVANCED: readonly FilterOp[] = ['ne', 'endswith', 'count'];
/**
 * Text properties: `eq null` as well ("eq on null values" is advanced-only in Graph's tables of
 * user properties, `usageLocation eq null` among them).
 */
const TEXT_ADVANCED: readonly (FilterOp | 'null')[] = [...ADVANCED, 'null'];
const STRING = { '': 'Edm.String' } as const;

/** A string property read from the profile. */
function text(key: keyof UserProfile, extra: Partial<Spec> = {}): Spec {
  return {
    get: (u) => u.profile[key] ?? null,
    filter: TEXT_OPS,
    advanced: TEXT_ADVANCED,
    types: STRING,
    ...extra,
  };
}

/** `signInActivity` date-times: eq, ne, not, ge, le, as Graph documents ("not with any other filterable properties"). */
const SIGN_IN_DATES = [
  'lastSignInDateTime',
  'lastNonInteractiveSignInDateTime',
  'lastSuccessfulSignInDateTime',
] as const;
const SIGN_IN_OPS: Record<string, readonly FilterOp[]> = Object.fromEntries(
  SIGN_IN_DATES.map((name) => [name, ['eq', 'ne', 'ge', 'le'] as const]),
);
const SIGN_IN_TYPES = Object.fromEntries(
  SIGN_IN_DATES.map((name) => [name, 'Edm.DateTimeOffset' as const]),
);

/**
 * `signInActivity` on the wire: the three date-times, null when the user never signed in that
 * way. The request ids Graph adds (`lastSignInRequestId`, ...) are not kept by the emulator and
 * answered as null.
 */
function signInActivityWire(signIns: SignIns | undefined): Record<string, string | null> {
  const date = (ms: number | null | undefined) => (ms == null ? null : isoDate(ms));
  return {
    lastSignInDateTime: date(signIns?.interactive),
    lastSignInRequestId: null,
    lastNonInteractiveSignInDateTime: date(signIns?.nonInteractive),
    lastNonInteractiveSignInRequestId: null,
    lastSuccessfulSignInDateTime: date(signIns?.successful),
    lastSuccessfulSignInRequestId: null,
  };
}

const extensionOps: Record<string, readonly FilterOp[]> = Object.fromEntries(
  Array.from({ length: 15 }, (_, i) => [`extensionAttribute${i + 1}`, ['eq', 'ne', 'in'] as const]),
);
const extensionTypes = Object.fromEntries(
  Object.keys(extensionOps).map((name) => [name, 'Edm.String' as const]),
);

/** `microsoft.graph.user` as the emulator serves it. */
export const USER_SPEC: ResourceSpec<UserRow> = {
  typeName: 'user',
  resourceName: 'User',
  directoryObject: true,
  properties: {
    // Graph types directory object ids as Edm.String (entity.id), not Edm.Guid: they are quoted.
    id: {
      get: (u) => u.id,
      default: true,
      filter: ['eq', 'ne', 'in'],
      advanced: ADVANCED,
      types: STRING,
    },
    accountEnabled: {
      get: (u) => u.profile.accountEnabled,
      filter: ['eq', 'ne'],
      advanced: ADVANCED,
    },
    assignedLicenses: {
      get: (u) => u.license().assignedLicenses.map(assignedLicenseWire),
      filter: ['any', 'count'],
      items: { skuId: ['eq'] },
      types: { skuId: 'Edm.Guid' },
      advanced: ADVANCED,
    },
    assignedPlans: {
      get: (u) => u.license().assignedPlans.map(assignedPlanWire),
      filter: ['any'],
      items: { servicePlanId: ['eq'], capabilityStatus: ['eq'], service: ['eq'] },
      types: { servicePlanId: 'Edm.Guid', capabilityStatus: 'Edm.String', service: 'Edm.String' },
      advanced: ADVANCED,
    },
    businessPhones: {
      get: (u) => businessPhonesWire(u.profile),
      default: true,
      filter: ['any'],
      items: { '': ['eq'] },
      types: STRING,
    },
    city: text('city'),
    companyName: text('companyName'),
    country: text('country'),
    createdDateTime: {
      get: (u) => isoDate(u.extras.createdDateTime),
      filter: ['eq', 'ge', 'le', 'ne'],
      advanced: ADVANCED,
    },
    deletedDateTime: { get: () => null },
    department: text('department'),
    displayName: text('displayName', { default: true, orderby: true, search: true }),
    employeeHireDate: {
      get: (u) => u.profile.employeeHireDate,
      filter: ['eq', 'ge', 'le', 'ne'],
      advanced: ADVANCED,
    },
    employeeId: text('employeeId'),
    faxNumber: text('faxNumber'),
    givenName: text('givenName', { default: true, search: true }),
    jobTitle: text('jobTitle', { default: true }),
    licenseAssignmentStates: {
      get: (u) => u.license().licenseAssignmentStates.map(licenseStateWire),
    },
    mail: text('mail', { default: true, search: true }),
    mailNickname: text('mailNickname', { search: true }),
    mobilePhone: text('mobilePhone', { default: true }),
    officeLocation: text('officeLocation', { default: true }),
    // Synced users' on-premises names; rules read both. Graph returns them on $select only.
    onPremisesDistinguishedName: { get: (u) => u.profile.onPremisesDistinguishedName },
    onPremisesSecurityIdentifier: { get: (u) => u.profile.onPremisesSecurityIdentifier },
    onPremisesExtensionAttributes: {
      get: (u) => extensionAttributesWire(u.profile),
      nested: extensionOps,
      types: extensionTypes,
      advanced: ADVANCED,
    },
    onPremisesSyncEnabled: {
      get: (u) => u.profile.onPremisesSyncEnabled,
      filter: ['eq', 'ne'],
      advanced: ADVANCED,
    },
    otherMails: {
      get: (u) => [...u.profile.otherMails],
      filter: ['any', 'count'],
      items: { '': ['eq', 'startswith', 'endswith'] },
      types: STRING,
      advanced: ADVANCED,
    },
    passwordPolicies: text('passwordPolicies'),
    postalCode: text('postalCode'),
    preferredLanguage: text('preferredLanguage', { default: true }),
    proxyAddresses: {
      get: (u) => [...u.profile.proxyAddresses],
      filter: ['any', 'count'],
      items: { '': ['eq', 'startswith', 'endswith'] },
      types: STRING,
      advanced: ADVANCED,
    },
    signInActivity: {
      get: (u) => signInActivityWire(u.extras.signIns),
      nested: SIGN_IN_OPS,
      types: SIGN_IN_TYPES,
      filterAlone: true,
    },
    state: text('state'),
    streetAddress: text('streetAddress'),
    surname: text('surname', { default: true, search: true }),
    usageLocation: text('usageLocation'),
    userPrincipalName: text('userPrincipalName', { default: true, orderby: true, search: true }),
    userType: text('userType'),
  },
};
