import { readFileSync } from 'node:fs';
import { blankProfile, type AssignedPlanView, type UserProfile } from '../../user-profile';
import type { RuleContext } from '../compile';

/** Test helpers for the rule language: users, contexts and the shared corpus files. */

/** A user with the given attributes over a blank profile. */
export function user(overrides: Partial<UserProfile> = {}): UserProfile {
  return {
    ...blankProfile('00000000-0000-0000-0000-000000000001', 'test@contoso.com'),
    ...overrides,
  };
}

/** A context with a fixed clock, per-user plans and memberships (group ids compared as given). */
export function context(
  options: {
    now?: number;
    plans?: Readonly<Record<string, readonly AssignedPlanView[]>>;
    memberOf?: Readonly<Record<string, readonly string[]>>;
  } = {},
): RuleContext {
  return {
    now: options.now ?? Date.UTC(2024, 0, 15, 12),
    assignedPlans: (userId) => options.plans?.[userId] ?? [],
    isMemberOf: (userId, groupId) => options.memberOf?.[userId]?.includes(groupId) ?? false,
  };
}

/** One line of `dynamic-rules-corpus.jsonl`. */
export interface CorpusEntry {
  readonly rule: string;
  readonly kind: 'user' | 'device';
  readonly source: string;
  readonly note?: string;
}

/** One line of `dynamic-rules-invalid.jsonl`. */
export interface InvalidEntry {
  readonly rule: string | null;
  readonly kind: 'user' | 'device';
  readonly expected_error: string;
  readonly constraint?: string;
}

function readJsonl(name: string): unknown[] {
  const text = readFileSync(new URL(name, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** The corpus of real rules (copied from shared/data). */
export const corpus = readJsonl('./dynamic-rules-corpus.jsonl') as CorpusEntry[];

/** Documented invalid rules and constraints (copied from shared/data). */
export const invalidRules = readJsonl('./dynamic-rules-invalid.jsonl') as InvalidEntry[];

/** Sample users covering set, unset, empty and odd values. */
export const sampleUsers: readonly UserProfile[] = [
  user(),
  user({
    id: '11111111-1111-1111-1111-111111111111',
    displayName: 'David Smith',
    department: 'Sales',
    city: 'Lagos',
    country: 'US',
    mail: 'david@contoso.com',
    mailNickname: 'david-vendor',
    jobTitle: 'SDE II',
    userType: 'Member',
    employeeHireDate: '2020-06-01T00:00:00Z',
    accountEnabled: true,
    onPremisesSyncEnabled: true,
    proxyAddresses: ['SMTP:david@contoso.com', 'smtp:dave@outlook.com'],
    otherMails: ['alias@domain.com'],
    extensionAttributes: { extensionAttribute15: 'Marketing' },
    extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: '123' },
    managerId: '62e19b97-8b3d-4d4a-a106-4ce66896a863',
    usageLocation: 'US',
    passwordPolicies: 'DisableStrongPassword',
  }),
  user({
    id: '22222222-2222-2222-2222-222222222222',
    displayName: '',
    department: '',
    userType: 'Guest',
    accountEnabled: false,
    employeeHireDate: 'not a date',
  }),
  user({
    id: '33333333-3333-3333-3333-333333333333',
    displayName: 'İstanbul Σίσυφος',
    city: 'x'.repeat(2000),
    extensions: { extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: 123 },
  }),
];
