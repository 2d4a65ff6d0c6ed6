/** Request bodies of `POST /groups` and `PATCH /groups/{id}`, checked before anything changes. */
import type { MembershipRule } from '../../src/engine';
import { compileOrRefuse } from '../../src/lib/previews/rule-compile';
import { toGraphError } from './errors';
import { checkKeys, checkers, requireKeys } from './input';
import type { RuleCompiler } from './model';

const WRITABLE = [
  'displayName',
  'description',
  'mailEnabled',
  'mailNickname',
  'securityEnabled',
  'groupTypes',
  'membershipRule',
  'membershipRuleProcessingState',
  'visibility',
  'isAssignableToRole',
];
const READ_ONLY = [
  'id',
  'createdDateTime',
  'deletedDateTime',
  'assignedLicenses',
  'licenseProcessingState',
  'mail',
  'proxyAddresses',
  'hasMembersWithLicenseErrors',
  'onPremisesSyncEnabled',
];
const RULE_KEYS = ['groupTypes', 'membershipRule', 'membershipRuleProcessingState'];

const check = checkers('Group');

/** A checked group body; absent fields are undefined. A compiled rule is ready when one was given. */
export interface GroupInput {
  displayName?: string;
  description?: string | null;
  mailEnabled?: boolean;
  mailNickname?: string;
  securityEnabled?: boolean;
  groupTypes?: string[];
  membershipRule?: { text: string; rule: MembershipRule } | null;
  membershipRuleProcessingState?: 'On' | 'Paused';
  visibility?: string | null;
  isAssignableToRole?: boolean;
}

/** Whether a PATCH body touches dynamic membership (rule, type or processing state). */
export function touchesRule(body: Record<string, unknown>): boolean {
  return Object.keys(body).some((k) => RULE_KEYS.includes(k));
}

/** Compiles a rule or answers 400 with the first diagnostic and where it is. */
export function compileOrReject(compile: RuleCompiler, text: string): MembershipRule {
  try {
    return compileOrRefuse(compile, text);
  } catch (error) {
    throw toGraphError(error);
  }
}

/** Parses a group body. */
export function parseGroupBody(
  body: Record<string, unknown>,
  mode: 'create' | 'update',
  compile: RuleCompiler,
): GroupInput {
  checkKeys(body, WRITABLE, READ_ONLY, 'group');
  if (mode === 'create')
    requireKeys(body, ['displayName', 'mailEnabled', 'mailNickname', 'securityEnabled'], 'Group');
  const input: GroupInput = {};
  if (body.displayName !== undefined)
    input.displayName = check.nonEmpty(body.displayName, 'displayName');
  if (body.description !== undefined)
    input.description = check.optionalString(body.description, 'description', 1024);
  if (body.mailEnabled !== undefined)
    input.mailEnabled = check.boolean(body.mailEnabled, 'mailEnabled');
  if (body.securityEnabled !== undefined)
    input.securityEnabled = check.boolean(body.securityEnabled, 'securityEnabled');
  if (body.isAssignableToRole !== undefined)
    input.isAssignableToRole = check.boolean(body.isAssignableToRole, 'isAssignableToRole');
  if (body.mailNickname !== undefined) {
    const nick = check.nonEmpty(body.mailNickname, 'mailNickname', 64);
    if (/[@()\\[\]";:<>,\s/']/.test(nick) || /[^\x20-\x7e]/.test(nick))
      throw check.invalid('mailNickname');
    input.mailNickname = nick;
  }
  if (body.groupTypes !== undefined) {
    const types = check.stringArray(body.groupTypes, 'groupTypes', 2);
    if (
      types.some((t) => t !== 'Unified' && t !== 'DynamicMembership') ||
      new Set(types).size !== types.length
    )
      throw check.invalid('groupTypes');
    input.groupTypes = types;
  }
  if (body.membershipRuleProcessingState !== undefined) {
    if (
      body.membershipRuleProcessingState !== 'On' &&
      body.membershipRuleProcessingState !== 'Paused'
    )
      throw check.invalid('membershipRuleProcessingState');
    input.membershipRuleProcessingState = body.membershipRuleProcessingState;
  }
  if (body.visibility !== undefined) {
    const visibility = check.optionalString(body.visibility, 'visibility');
    if (visibility !== null && !['Private', 'Public', 'HiddenMembership'].includes(visibility))
      throw check.invalid('visibility');
    input.visibility = visibility;
  }
  if (body.membershipRule !== undefined) {
    const text = check.optionalString(body.membershipRule, 'membershipRule', 3072 * 2);
    input.membershipRule = text === null ? null : { text, rule: compileOrReject(compile, text) };
  }
  return input;
}
