import type { AssignedPlanView, ExtensionAttributeName, UserProfile } from '../user-profile';
import type { ComparisonOperator, OperatorName } from './tokens';

/**
 * The vocabulary of the rule language as data: every operator and every property a user rule may
 * name. The validator, the compiler and the editor's autocomplete all read these tables, so a
 * property or operator exists in exactly one place.
 */

/**
 * Value type of a property. `extension` is a directory extension (`extension_<appId>_<name>`),
 * whose values may be strings, integers or booleans; it takes the string operators plus `-le`/`-ge`.
 */
export type PropertyType =
  'string' | 'boolean' | 'dateTime' | 'extension' | 'stringCollection' | 'objectCollection';

/** Where a property's value is read from. The compiler switches on `kind`; nothing else reads users. */
export type PropertySource =
  | { readonly kind: 'field'; readonly field: keyof UserProfile }
  | { readonly kind: 'extensionAttribute'; readonly key: ExtensionAttributeName }
  | { readonly kind: 'extension'; readonly key: string }
  | { readonly kind: 'assignedPlans' }
  | { readonly kind: 'memberOf' }
  | { readonly kind: 'planItem'; readonly field: keyof AssignedPlanView }
  | { readonly kind: 'element' }
  | { readonly kind: 'groupId' };

/** One property as the rule language sees it. Invariant: `operators` only names operators whose `appliesTo` includes `type`. */
export interface PropertyInfo {
  /** Name as Microsoft documents it (`mailNickName`); lookups ignore case. */
  readonly name: string;
  /** How it is written in a rule (`user.mailNickName`, `assignedPlan.service`, `_`). */
  readonly path: string;
  readonly type: PropertyType;
  readonly source: PropertySource;
  /** Comparison operators and quantifiers this property accepts. */
  readonly operators: readonly OperatorName[];
  /** One line for the editor's autocomplete. */
  readonly description: string;
  /** Documented values, offered as completions (not enforced). */
  readonly values?: readonly string[];
}

/** One operator. Invariant: `spelling` is `-` + `name`; `appliesTo` is empty for logical/arithmetic operators. */
export interface OperatorInfo {
  readonly name: OperatorName;
  readonly spelling: string;
  readonly category: 'comparison' | 'logical' | 'quantifier' | 'arithmetic';
  readonly appliesTo: readonly PropertyType[];
  readonly description: string;
}

const STRINGISH: readonly PropertyType[] = ['string', 'extension', 'stringCollection'];

function op(
  name: OperatorName,
  category: OperatorInfo['category'],
  appliesTo: readonly PropertyType[],
  description: string,
): OperatorInfo {
  return { name, spelling: `-${name}`, category, appliesTo, description };
}

/** The operator table, in the order the editor offers them. */
export const OPERATORS: readonly OperatorInfo[] = [
  op(
    'eq',
    'comparison',
    ['string', 'boolean', 'dateTime', 'extension', 'stringCollection'],
    'Equals (case-insensitive); `-eq null` matches unset values',
  ),
  op(
    'ne',
    'comparison',
    ['string', 'boolean', 'dateTime', 'extension', 'stringCollection'],
    'Not equals (case-insensitive); `-ne null` matches set values',
  ),
  op('startsWith', 'comparison', STRINGISH, 'Starts with the text (case-insensitive)'),
  op('notStartsWith', 'comparison', STRINGISH, 'Does not start with the text'),
  op('endsWith', 'comparison', STRINGISH, 'Ends with the text (case-insensitive)'),
  op('notEndsWith', 'comparison', STRINGISH, 'Does not end with the text'),
  op(
    'contains',
    'comparison',
    STRINGISH,
    'Contains the text anywhere (partial match, case-insensitive)',
  ),
  op('notContains', 'comparison', STRINGISH, 'Does not contain the text'),
  op(
    'match',
    'comparison',
    STRINGISH,
    'Matches the regular expression (unanchored, case-insensitive)',
  ),
  op('notMatch', 'comparison', STRINGISH, 'Does not match the regular expression'),
  op('in', 'comparison', STRINGISH, 'Equals one of the values in a [list]'),
  op('notIn', 'comparison', STRINGISH, 'Equals none of the values in a [list]'),
  op('le', 'comparison', ['dateTime', 'extension'], 'Less than or equal (dates, numbers)'),
  op('ge', 'comparison', ['dateTime', 'extension'], 'Greater than or equal (dates, numbers)'),
  op(
    'any',
    'quantifier',
    ['stringCollection', 'objectCollection'],
    'True when at least one item matches the condition',
  ),
  op(
    'all',
    'quantifier',
    ['stringCollection', 'objectCollection'],
    'True when every item matches the condition (true for no items)',
  ),
  op('and', 'logical', [], 'Both sides must be true'),
  op('or', 'logical', [], 'Either side must be true'),
  op('not', 'logical', [], 'Negates the expression that follows'),
  op(
    'plus',
    'arithmetic',
    [],
    'Adds an ISO 8601 duration to system.now, e.g. system.now -plus p1d',
  ),
  op('minus', 'arithmetic', [], 'Subtracts an ISO 8601 duration from system.now'),
];

const OPERATOR_BY_LOWER = new Map(OPERATORS.map((o) => [o.name.toLowerCase(), o]));

/** Finds an operator by any-case name without the hyphen (`startswith` → `startsWith`). */
export function lookupOperator(word: string): OperatorInfo | undefined {
  return OPERATOR_BY_LOWER.get(word.toLowerCase());
}

/** The positive operator a negated one complements (`notContains` → `contains`, `ne` → `eq`). */
export const NEGATED: Readonly<Partial<Record<ComparisonOperator, ComparisonOperator>>> = {
  ne: 'eq',
  notStartsWith: 'startsWith',
  notEndsWith: 'endsWith',
  notContains: 'contains',
  notMatch: 'match',
  notIn: 'in',
};

function operatorsFor(type: PropertyType): OperatorName[] {
  return OPERATORS.filter((o) => o.appliesTo.includes(type)).map((o) => o.name);
}

function userProp(
  name: string,
  type: PropertyType,
  source: PropertySource,
  description: string,
  values?: readonly string[],
): PropertyInfo {
  const base = {
    name,
    path: `user.${name}`,
    type,
    source,
    operators: operatorsFor(type),
    description,
  };
  return values ? { ...base, values } : base;
}

function field(name: keyof UserProfile): PropertySource {
  return { kind: 'field', field: name };
}

function str(
  name: keyof UserProfile,
  description: string,
  values?: readonly string[],
): PropertyInfo {
  return userProp(name, 'string', field(name), description, values);
}

/** Every documented user property (section 5.5), excluding the numbered and custom extension families. */
export const USER_PROPERTIES: readonly PropertyInfo[] = [
  userProp(
    'accountEnabled',
    'boolean',
    field('accountEnabled'),
    'Whether the account can sign in (true/false)',
    ['true', 'false'],
  ),
  userProp(
    'dirSyncEnabled',
    'boolean',
    field('onPremisesSyncEnabled'),
    'Synced from on-premises Active Directory (true/false)',
    ['true', 'false'],
  ),
  userProp(
    'employeeHireDate',
    'dateTime',
    field('employeeHireDate'),
    'Hire date; compare with a date-time or system.now -plus p1d',
  ),
  str('city', 'City'),
  str('country', 'Country or region'),
  str('companyName', 'Company name'),
  str('department', 'Department'),
  str('displayName', 'Display name'),
  str('employeeId', 'Employee id'),
  userProp('facsimileTelephoneNumber', 'string', field('faxNumber'), 'Fax number'),
  str('givenName', 'First name'),
  str('jobTitle', 'Job title'),
  str('mail', 'Primary SMTP address'),
  userProp('mailNickName', 'string', field('mailNickname'), 'Mail alias'),
  userProp('mobile', 'string', field('mobilePhone'), 'Mobile phone number'),
  userProp(
    'objectId',
    'string',
    field('id'),
    'Object id (GUID); `user.objectId -ne null` matches all users',
  ),
  str('onPremisesDistinguishedName', 'On-premises distinguished name'),
  str('onPremisesSecurityIdentifier', 'On-premises security identifier (SID)'),
  str('passwordPolicies', 'Password policies', [
    'None',
    'DisableStrongPassword',
    'DisablePasswordExpiration',
    'DisablePasswordExpiration, DisableStrongPassword',
  ]),
  userProp('physicalDeliveryOfficeName', 'string', field('officeLocation'), 'Office location'),
  str('postalCode', 'Postal code'),
  str('preferredLanguage', 'Preferred language (ISO 639-1, e.g. en-US)'),
  str('sipProxyAddress', 'SIP proxy address'),
  str('state', 'State or province'),
  str('streetAddress', 'Street address'),
  str('surname', 'Last name'),
  str('telephoneNumber', 'Business phone'),
  str('usageLocation', 'Usage location (two-letter country code)'),
  str('userPrincipalName', 'User principal name (sign-in name)'),
  str('userType', 'Member or Guest', ['Member', 'Guest']),
  userProp(
    'otherMails',
    'stringCollection',
    field('otherMails'),
    'Other email addresses (multi-valued)',
  ),
  userProp(
    'proxyAddresses',
    'stringCollection',
    field('proxyAddresses'),
    'Proxy addresses such as SMTP:alias@domain (multi-valued)',
  ),
  {
    name: 'assignedPlans',
    path: 'user.assignedPlans',
    type: 'objectCollection',
    source: { kind: 'assignedPlans' },
    operators: ['any', 'all'],
    description: 'Service plans assigned to the user; use -any/-all with assignedPlan.<property>',
  },
  {
    name: 'memberOf',
    path: 'user.memberOf',
    type: 'objectCollection',
    source: { kind: 'memberOf' },
    operators: ['any'],
    description:
      'Direct members of up to 50 groups: user.memberOf -any (group.objectId -in [...]) (preview; whole rule only)',
  },
];

const USER_PROPERTY_BY_LOWER = new Map(USER_PROPERTIES.map((p) => [p.name.toLowerCase(), p]));

const EXTENSION_ATTRIBUTE = /^extensionattribute([1-9]|1[0-5])$/i;
const CUSTOM_EXTENSION = /^extension_[0-9a-f]{32}_[A-Za-z0-9_]+$/i;

/** Every `extensionAttribute1..15` property. */
export const EXTENSION_ATTRIBUTES: readonly PropertyInfo[] = Array.from({ length: 15 }, (_, i) => {
  const key = `extensionAttribute${String(i + 1)}` as ExtensionAttributeName;
  return userProp(
    key,
    'string',
    { kind: 'extensionAttribute', key },
    `Exchange custom attribute ${String(i + 1)} (on-premises or Exchange)`,
  );
});

/**
 * Resolves the name after `user.` (any case) to its property: the table, `extensionAttribute1..15`,
 * or `extension_<32 hex appId>_<name>` (read from `profile.extensions` by its lower-cased name).
 * Returns undefined for anything else.
 */
export function resolveUserProperty(name: string): PropertyInfo | undefined {
  const known = USER_PROPERTY_BY_LOWER.get(name.toLowerCase());
  if (known) return known;
  const numbered = EXTENSION_ATTRIBUTE.exec(name);
  if (numbered?.[1] !== undefined) return EXTENSION_ATTRIBUTES[Number(numbered[1]) - 1];
  if (CUSTOM_EXTENSION.test(name)) {
    return userProp(
      name,
      'extension',
      { kind: 'extension', key: name.toLowerCase() },
      'Directory extension property',
    );
  }
  return undefined;
}

function itemProp(
  path: string,
  name: string,
  source: PropertySource,
  description: string,
  values?: readonly string[],
): PropertyInfo {
  const base = {
    name,
    path,
    type: 'string' as const,
    source,
    operators: operatorsFor('string'),
    description,
  };
  return values ? { ...base, values } : base;
}

/** Properties of one `assignedPlan` item, usable only inside `user.assignedPlans -any/-all (...)`. */
export const ASSIGNED_PLAN_PROPERTIES: readonly PropertyInfo[] = [
  itemProp(
    'assignedPlan.servicePlanId',
    'servicePlanId',
    { kind: 'planItem', field: 'servicePlanId' },
    'Service plan id (GUID)',
  ),
  itemProp(
    'assignedPlan.capabilityStatus',
    'capabilityStatus',
    { kind: 'planItem', field: 'capabilityStatus' },
    'Plan status',
    ['Enabled', 'Warning', 'Suspended', 'Deleted', 'LockedOut'],
  ),
  itemProp(
    'assignedPlan.service',
    'service',
    { kind: 'planItem', field: 'service' },
    'Service name, e.g. exchange or SCO',
  ),
];

/** The element of a string collection inside `-any/-all`, written `_`. */
export const ELEMENT_PROPERTY: PropertyInfo = itemProp(
  '_',
  '_',
  { kind: 'element' },
  'The current item of the multi-valued property',
);

/** `group.objectId`, usable only as `user.memberOf -any (group.objectId -in [...])`. */
export const GROUP_ID_PROPERTY: PropertyInfo = {
  name: 'objectId',
  path: 'group.objectId',
  type: 'string',
  source: { kind: 'groupId' },
  operators: ['in'],
  description: 'Object id of a group whose direct members join this group',
};

/** Resolves `assignedPlan.<name>` (any case) inside an assignedPlans quantifier. */
export function resolveAssignedPlanProperty(name: string): PropertyInfo | undefined {
  const lower = name.toLowerCase();
  return ASSIGNED_PLAN_PROPERTIES.find((p) => p.name.toLowerCase() === lower);
}

/** The user properties the editor offers: the table plus the fifteen extension attributes. */
export function allUserProperties(): readonly PropertyInfo[] {
  return [...USER_PROPERTIES, ...EXTENSION_ATTRIBUTES];
}
