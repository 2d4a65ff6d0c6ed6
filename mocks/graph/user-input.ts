/** Request bodies of `POST /users` and `PATCH /users/{id}`, checked and mapped to the engine's profile. */
import type { ExtensionAttributeName, UserProfile } from '../../src/engine';
import { graphError } from './errors';
import { checkKeys, checkers, requireKeys } from './input';

/** A profile change, in the engine's names. */
export type ProfilePatch = { -readonly [K in keyof Omit<UserProfile, 'id'>]?: UserProfile[K] };

const WRITABLE = [
  'accountEnabled',
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
  'businessPhones',
  'faxNumber',
  'preferredLanguage',
  'passwordPolicies',
  'usageLocation',
  'userType',
  'otherMails',
  'onPremisesExtensionAttributes',
  'userPrincipalName',
  'passwordProfile',
];
const READ_ONLY = [
  'id',
  'createdDateTime',
  'deletedDateTime',
  'assignedLicenses',
  'assignedPlans',
  'licenseAssignmentStates',
  'proxyAddresses',
  'onPremisesSyncEnabled',
];
const PLAIN_STRINGS = [
  'givenName',
  'surname',
  'department',
  'jobTitle',
  'companyName',
  'city',
  'country',
  'state',
  'streetAddress',
  'postalCode',
  'employeeId',
  'officeLocation',
  'mobilePhone',
  'faxNumber',
  'preferredLanguage',
  'passwordPolicies',
] as const;

const check = checkers('User');

/** Whether a PATCH body changes nothing but the usage location (License Administrators may do that). */
export function onlyUsageLocation(body: Record<string, unknown>): boolean {
  const keys = Object.keys(body).filter((k) => k !== '@odata.type');
  return keys.length > 0 && keys.every((k) => k === 'usageLocation');
}

function upn(value: unknown): string {
  const text = check.nonEmpty(value, 'userPrincipalName', 113);
  if (!/^[A-Za-z0-9'._!#^~-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(text))
    throw check.invalid('userPrincipalName');
  return text;
}

function extensionAttributes(
  value: unknown,
): Partial<Record<ExtensionAttributeName, string | null>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw check.invalid('onPremisesExtensionAttributes');
  const out: Partial<Record<ExtensionAttributeName, string | null>> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (!/^extensionAttribute([1-9]|1[0-5])$/.test(key))
      throw check.invalid('onPremisesExtensionAttributes');
    out[key as ExtensionAttributeName] = check.optionalString(
      v,
      'onPremisesExtensionAttributes',
      1024,
    );
  }
  return out;
}

/** Maps a checked body to a profile patch; `current` merges extension attributes on PATCH. */
export function parseUserBody(
  body: Record<string, unknown>,
  mode: 'create' | 'update',
  current?: UserProfile,
): ProfilePatch {
  checkKeys(body, WRITABLE, READ_ONLY, 'user');
  if (mode === 'create')
    requireKeys(
      body,
      ['accountEnabled', 'displayName', 'mailNickname', 'userPrincipalName', 'passwordProfile'],
      'User',
    );
  const patch: ProfilePatch = {};
  for (const key of PLAIN_STRINGS) {
    if (body[key] !== undefined)
      patch[key] = check.optionalString(
        body[key],
        key,
        key === 'department' || key === 'jobTitle' ? 128 : 256,
      );
  }
  if (body.accountEnabled !== undefined)
    patch.accountEnabled = check.boolean(body.accountEnabled, 'accountEnabled');
  if (body.displayName !== undefined)
    patch.displayName = check.nonEmpty(body.displayName, 'displayName');
  if (body.mailNickname !== undefined) {
    const nick = check.nonEmpty(body.mailNickname, 'mailNickname', 64);
    if (/[@()\\[\]";:<>,\s]/.test(nick)) throw check.invalid('mailNickname');
    patch.mailNickname = nick;
  }
  if (body.userPrincipalName !== undefined) patch.userPrincipalName = upn(body.userPrincipalName);
  if (body.mail !== undefined) {
    const mail = check.optionalString(body.mail, 'mail');
    if (mail !== null && !/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(mail)) throw check.invalid('mail');
    patch.mail = mail;
  }
  if (body.usageLocation !== undefined) {
    const location = check.optionalString(body.usageLocation, 'usageLocation', 2);
    if (location !== null && !/^[A-Za-z]{2}$/.test(location)) throw check.invalid('usageLocation');
    patch.usageLocation = location?.toUpperCase() ?? null;
  }
  if (body.userType !== undefined) {
    if (body.userType !== 'Member' && body.userType !== 'Guest') throw check.invalid('userType');
    patch.userType = body.userType;
  }
  if (body.employeeHireDate !== undefined) {
    const date = check.optionalString(body.employeeHireDate, 'employeeHireDate');
    if (date !== null && Number.isNaN(Date.parse(date))) throw check.invalid('employeeHireDate');
    patch.employeeHireDate =
      date === null ? null : new Date(date).toISOString().replace('.000Z', 'Z');
  }
  if (body.businessPhones !== undefined) {
    const phones = check.stringArray(body.businessPhones, 'businessPhones', 1);
    patch.telephoneNumber = phones[0] ?? null;
  }
  if (body.otherMails !== undefined)
    patch.otherMails = check.stringArray(body.otherMails, 'otherMails');
  if (body.onPremisesExtensionAttributes !== undefined) {
    patch.extensionAttributes = {
      ...(current?.extensionAttributes ?? {}),
      ...extensionAttributes(body.onPremisesExtensionAttributes),
    };
  }
  if (body.passwordProfile !== undefined) {
    const profile = body.passwordProfile;
    if (
      typeof profile !== 'object' ||
      profile === null ||
      typeof (profile as Record<string, unknown>).password !== 'string'
    ) {
      throw graphError.badRequest(
        "Invalid value specified for property 'passwordProfile' of resource 'User'.",
      );
    }
  }
  return patch;
}

/** Proxy addresses after `mail` changes: the primary `SMTP:` address follows the mail, others stay. */
export function proxiesForMail(current: readonly string[], mail: string | null): string[] {
  const secondary = current.filter((p) => !p.startsWith('SMTP:'));
  return mail
    ? [`SMTP:${mail}`, ...secondary.filter((p) => p.toLowerCase() !== `smtp:${mail.toLowerCase()}`)]
    : secondary;
}
