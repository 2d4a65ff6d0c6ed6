/**
 * Schemas of what persistence reads back (snapshot heads and parts, journal records), checked
 * before anything is loaded: a file that parses as JSON but holds `"users": "x"` is refused with
 * the path of the first wrong value, never loaded and saved back broken. zod's mini build keeps
 * the browser's emulator bundle small.
 */
import * as z from 'zod/mini';
import type { DeltaUser } from '../../src/engine';
import type { StoreSnapshot } from './codec';
import type { JournalRecord } from './delta';
import type { PartField, SnapshotPart } from './snapshot-parts';

const str = z.string();
const num = z.number();
const bool = z.boolean();
const nullableStr = z.nullable(str);
const strings = z.array(str);
const idState = z.object({ seed: str, state: num });

const profile = z.looseObject({
  id: str,
  userPrincipalName: str,
  displayName: nullableStr,
  givenName: nullableStr,
  surname: nullableStr,
  mail: nullableStr,
  mailNickname: nullableStr,
  department: nullableStr,
  jobTitle: nullableStr,
  companyName: nullableStr,
  city: nullableStr,
  country: nullableStr,
  state: nullableStr,
  streetAddress: nullableStr,
  postalCode: nullableStr,
  employeeId: nullableStr,
  employeeHireDate: nullableStr,
  officeLocation: nullableStr,
  mobilePhone: nullableStr,
  telephoneNumber: nullableStr,
  faxNumber: nullableStr,
  preferredLanguage: nullableStr,
  passwordPolicies: nullableStr,
  onPremisesDistinguishedName: nullableStr,
  onPremisesSecurityIdentifier: nullableStr,
  sipProxyAddress: nullableStr,
  userType: nullableStr,
  usageLocation: nullableStr,
  accountEnabled: bool,
  onPremisesSyncEnabled: z.nullable(bool),
  proxyAddresses: strings,
  otherMails: strings,
  extensionAttributes: z.record(str, nullableStr),
  extensions: z.record(str, z.union([str, num, bool, z.null()])),
  managerId: nullableStr,
});

const assignmentError = z.enum([
  'None',
  'CountViolation',
  'MutuallyExclusiveViolation',
  'DependencyViolation',
  'ProhibitedInUsageLocationViolation',
  'UniquenessViolation',
  'Other',
]);

const userFields = {
  profile,
  entries: z.array(
    z.object({
      skuId: str,
      groupId: nullableStr,
      disabled: strings,
      applied: z.nullable(strings),
      error: assignmentError,
      errorPlans: strings,
      updatedAt: num,
      appliedAt: num,
    }),
  ),
  lost: z.array(z.tuple([str, z.object({ service: str, assignedAt: num, suspendedAt: num })])),
  since: z.array(z.tuple([str, num])),
};
const engineUser = z.object(userFields);
/**
 * A user of a record: its id and the fields that changed (every one for a user new to the
 * tenant). Records written before changed users were saved in part hold every field and no `id`
 * (the profile's id is the user's): `checkRecord` reads them as both.
 */
const recordUser = z.object({
  id: z.optional(str),
  profile: z.optional(profile),
  entries: z.optional(userFields.entries),
  lost: z.optional(userFields.lost),
  since: z.optional(userFields.since),
  memberOf: z.optional(strings),
});

const licenses = z.array(z.object({ skuId: str, disabledPlans: strings }));
const groupFields = {
  id: str,
  securityEnabled: bool,
  rule: z.nullable(z.object({ text: str, paused: bool })),
  licenses,
  memberGroups: strings,
};
const engineGroup = z.object({ ...groupFields, members: strings });
const prepaid = z.object({ enabled: num, warning: num, suspended: num, lockedOut: num });
const engineSku = z.object({
  skuId: str,
  skuPartNumber: str,
  prepaid,
  planIds: strings,
  planAddedAt: z.array(z.tuple([str, num])),
});
const enginePlan = z.object({
  servicePlanId: str,
  servicePlanName: str,
  friendlyName: str,
  service: str,
});
const jobReason = z.enum([
  'groupLicenses',
  'membership',
  'reprocess',
  'newServicePlan',
  'groupSettings',
]);
const engineJob = z.object({
  reason: jobReason,
  groupIds: strings,
  userIds: strings,
  retry: nullableStr,
  membersOf: z.optional(str),
  from: z.optional(nullableStr),
  skip: z.optional(strings),
  done: z.optional(z.int().check(z.nonnegative())),
});

const nullableNum = z.nullable(num);
const userExtras = z.looseObject({
  createdDateTime: num,
  signIns: z.optional(
    z.object({ interactive: nullableNum, nonInteractive: nullableNum, successful: nullableNum }),
  ),
});
const groupExtras = z.looseObject({
  displayName: str,
  description: nullableStr,
  mailNickname: str,
  mailEnabled: bool,
  groupTypes: strings,
  createdDateTime: num,
  visibility: nullableStr,
  isAssignableToRole: bool,
});
const skuExtras = z.looseObject({
  subscriptionId: str,
  createdDateTime: num,
  warningEndsAt: z.optional(num),
});
const roles = strings;
const organization = z.looseObject({
  id: str,
  displayName: str,
  countryLetterCode: str,
  defaultDomain: str,
  createdDateTime: num,
});
/** An audit record as the snapshot packs it (long strings point into `strings`). */
const packedAudit = z.looseObject({ id: str });
/** An audit record as a journal record holds it. */
const auditRecord = z.looseObject({
  id: str,
  category: str,
  correlationId: str,
  activityDisplayName: str,
  activityDateTime: str,
  initiatedBy: z.looseObject({}),
  targetResources: z.array(z.looseObject({})),
});

const pairs = <T extends z.ZodMiniType>(value: T) => z.array(z.tuple([str, value]));

/** A mark of Graph's delta queries (`graph/delta/change-mark.ts`). */
const changeMark = z.object({
  seq: num,
  removed: z.optional(z.enum(['changed', 'deleted'])),
  member: z.optional(z.enum(['user', 'group'])),
});

const snapshotFields = {
  format: z.literal('graph-emulator-tenant'),
  version: z.literal(1),
  organization,
  now: num,
  generation: z.optional(num),
  ids: idState,
  auditIds: idState,
  engine: z.object({
    version: z.literal(1),
    tenantCountry: str,
    plans: z.array(enginePlan),
    skus: z.array(engineSku),
    users: z.array(engineUser),
    groups: z.array(engineGroup),
    jobs: z.array(engineJob),
  }),
  users: pairs(userExtras),
  groups: pairs(groupExtras),
  skus: pairs(skuExtras),
  admins: pairs(roles),
  tokens: pairs(str),
  changeMarks: z.optional(pairs(changeMark)),
  correlations: strings,
  strings,
  audit: z.array(packedAudit),
};
const snapshotSchema = z.object(snapshotFields);

const partSchemas: Record<PartField, z.ZodMiniType> = {
  'engine.users': engineUser,
  'engine.groups': engineGroup,
  users: z.tuple([str, userExtras]),
  audit: packedAudit,
};

const mapDelta = <T extends z.ZodMiniType>(value: T) =>
  z.object({ set: pairs(value), removed: strings });

const recordSchema = z.object({
  seq: num,
  now: num,
  generation: num,
  ids: idState,
  auditIds: idState,
  engine: z.object({
    skus: z.array(engineSku),
    plans: z.nullable(z.array(enginePlan)),
    users: z.array(recordUser),
    removedUsers: strings,
    groups: z.array(z.object(groupFields)),
    removedGroups: strings,
    jobs: z.nullable(z.array(engineJob)),
  }),
  users: mapDelta(userExtras),
  groups: mapDelta(groupExtras),
  skus: mapDelta(skuExtras),
  admins: mapDelta(roles),
  tokens: mapDelta(str),
  changeMarks: z.optional(mapDelta(changeMark)),
  correlations: z.nullable(strings),
  audit: z.array(auditRecord),
});

/** The first problem of a value against a schema, as `path: message`, or null when it fits. */
function problem(schema: z.ZodMiniType, value: unknown, prefix = ''): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return 'invalid';
  const where = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const expected = 'expected' in issue ? ` (expected ${String(issue.expected)})` : '';
  return `${where || 'the value'}: ${issue.message.toLowerCase()}${expected}`;
}

/** Whether a value is a whole snapshot; otherwise the first problem. */
export function checkSnapshot(value: unknown): { ok: true; snapshot: StoreSnapshot } | string {
  const found = problem(snapshotSchema, value);
  return found ?? { ok: true, snapshot: value as StoreSnapshot };
}

/** Whether a value is a snapshot part; otherwise the first problem. */
export function checkPart(value: unknown): { ok: true; part: SnapshotPart } | string {
  const field = (value as { field?: unknown } | null)?.field;
  if (typeof field !== 'string' || !Object.hasOwn(partSchemas, field))
    return `field: unknown snapshot part ${String(field)}`;
  const found = problem(
    z.object({ field: str, items: z.array(partSchemas[field as PartField]) }),
    value,
    field,
  );
  return found ?? { ok: true, part: value as SnapshotPart };
}

/** Whether a value is a journal record; otherwise the first problem. */
export function checkRecord(value: unknown): { ok: true; record: JournalRecord } | string {
  const found = problem(recordSchema, value);
  if (found) return found;
  const record = value as JournalRecord;
  const read = record.engine.users as readonly (Omit<DeltaUser, 'id'> & { id?: string })[];
  const users: DeltaUser[] = [];
  for (const [i, user] of read.entries()) {
    const id = user.id ?? user.profile?.id;
    if (id === undefined) return `engine.users.${String(i)}: a user without an id or a profile`;
    users.push({ ...user, id });
  }
  return { ok: true, record: { ...record, engine: { ...record.engine, users } } };
}
