import type { AssignedPlanView, UserProfile } from '../../user-profile';
import type { RuleContext } from '../compile';
import { resolveUserProperty } from '../properties';
import { corpus, user } from './users';
import { mulberry32 } from '../../testing/prng';

/** Seeded generators of rules, users and contexts for property tests. Deterministic for a seed. */

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export class Random {
  private readonly source: () => number;
  constructor(seed: number) {
    this.source = mulberry32(seed);
  }
  next(): number {
    return this.source();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from empty list');
    return item;
  }
}

const PROPERTIES = [
  'user.department',
  'user.city',
  'user.country',
  'user.displayName',
  'user.jobTitle',
  'user.mail',
  'user.userType',
  'user.accountEnabled',
  'user.dirSyncEnabled',
  'user.employeeHireDate',
  'user.objectId',
  'user.mobile',
  'user.proxyAddresses',
  'user.otherMails',
  'user.assignedPlans',
  'user.memberOf',
  'user.extensionAttribute1',
  'user.extensionAttribute15',
  'user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber',
  'user.usageLocation',
  'user.DEPARTMENT',
  'user.nope',
  'device.deviceOSType',
  'accountEnabled',
  '_',
  'assignedPlan.service',
];
const ITEM_PROPERTIES = [
  'assignedPlan.servicePlanId',
  'assignedPlan.capabilityStatus',
  'assignedPlan.service',
  '_',
  'group.objectId',
  'user.city',
];
const OPERATORS = [
  'eq',
  'ne',
  'startsWith',
  'notStartsWith',
  'endsWith',
  'notEndsWith',
  'contains',
  'notContains',
  'match',
  'notMatch',
  'in',
  'notIn',
  'le',
  'ge',
  'not',
  'any',
];
const WORDS = [
  'Sales',
  'sales',
  'Marketing',
  'US',
  'GB',
  'Enabled',
  'SCO',
  'exchange',
  'SMTP:',
  '@contoso.com',
  'E5',
  'Intern',
  '',
  'İ',
  'x'.repeat(40),
];
const PATTERNS = [
  '^Da.*',
  '.*vid',
  'a.*b',
  '(a+)+',
  '*bad',
  '^[a-z]+$',
  '(ab|cd)+x',
  '\\d{1,3}',
  'a(?=b)',
  '.*?ago.*',
];
const GROUP = '62e19b97-8b3d-4d4a-a106-4ce66896a863';

function spelling(r: Random, op: string): string {
  const dash = r.pick(['-', '-', '-', '\u2013', '\u2014', '']);
  const cased = r.pick([op, op.toLowerCase(), op.toUpperCase()]);
  return `${dash}${cased}`;
}

function stringValue(r: Random): string {
  const word = r.pick(WORDS);
  return r.chance(0.8) ? `"${word.replace(/"/g, '`"')}"` : `'${word.replace(/'/g, "''")}'`;
}

function value(r: Random, op: string): string {
  if (op === 'match' || op === 'notMatch') return `"${r.pick(PATTERNS)}"`;
  if (op === 'in' || op === 'notIn' || r.chance(0.03)) {
    const n = r.int(6);
    return `[${Array.from({ length: n }, () => (r.chance(0.9) ? stringValue(r) : String(r.int(100)))).join(', ')}]`;
  }
  switch (r.int(10)) {
    case 0:
      return 'null';
    case 1:
      return r.pick(['true', 'false']);
    case 2:
      return String(r.int(1000) - 100);
    case 3:
      return r.pick([
        '2020-06-10T18:13:20Z',
        '2024-01-01',
        'system.now',
        'system.now -plus p1d',
        'system.now -minus P1M',
      ]);
    default:
      return stringValue(r);
  }
}

/** A comparison that fits the property's type (most such rules are valid). */
function typedComparison(r: Random, property: string): string | null {
  const info = resolveUserProperty(property.slice('user.'.length));
  if (!property.startsWith('user.') || !info || info.type === 'objectCollection') return null;
  const op = r.pick(info.operators.filter((o) => o !== 'any' && o !== 'all'));
  if (info.type === 'boolean')
    return `${property} ${spelling(r, op)} ${r.pick(['true', 'false', 'null'])}`;
  if (info.type === 'dateTime')
    return `${property} ${spelling(r, op)} ${r.pick(['2020-06-10T18:13:20Z', '"2023-12-31"', 'system.now', 'system.now -minus P1Y', 'system.now -plus pt36h'])}`;
  if (info.type === 'extension' && (op === 'le' || op === 'ge'))
    return `${property} ${spelling(r, op)} ${String(r.int(200))}`;
  return `${property} ${spelling(r, op)} ${value(r, op).replace(/^(true|false|system\.now.*|2020-06-10T18:13:20Z|2024-01-01)$/, '"Sales"')}`;
}

function comparison(r: Random, property: string): string {
  if (r.chance(0.6)) {
    const typed = typedComparison(r, property);
    if (typed !== null) return typed;
  }
  const op = r.pick(OPERATORS);
  if (op === 'any')
    return `${property} ${spelling(r, r.pick(['any', 'all']))} (${comparison(r, r.pick(ITEM_PROPERTIES))})`;
  return `${property} ${spelling(r, op)} ${value(r, op)}`;
}

/** A random rule from a grammar close to the real one (often valid, sometimes subtly not). */
export function randomRule(r: Random, depth = 0): string {
  const roll = depth > 3 ? 5 : r.int(10);
  if (roll === 0)
    return `${randomRule(r, depth + 1)} ${spelling(r, 'and')} ${randomRule(r, depth + 1)}`;
  if (roll === 1)
    return `${randomRule(r, depth + 1)} ${spelling(r, 'or')} ${randomRule(r, depth + 1)}`;
  if (roll === 2) return `${spelling(r, 'not')} ${randomRule(r, depth + 1)}`;
  if (roll === 3) return `(${randomRule(r, depth + 1)})`;
  if (roll === 4 && depth === 0 && r.chance(0.2)) {
    return r.chance(0.5)
      ? `Direct Reports for "${GROUP}"`
      : `user.memberOf -any (group.objectId -in ['${GROUP}'])`;
  }
  return comparison(r, r.pick(PROPERTIES));
}

const ALPHABET = Array.from(
  ' ()[],"\'`-–—_.$:+0123456789abcdefghijklmnopqrstuvwxyzENQ\u201C\u201D\n',
);
const FRAGMENTS = [
  'user.',
  '-eq',
  '-and',
  '-or',
  '-not',
  '-any',
  'null',
  '"',
  '(',
  ')',
  '[',
  ']',
  '_',
  'system.now',
  'p1d',
  'Direct Reports for',
  '-in',
  '$null',
];

/** A rule mutated from a corpus rule or a random rule: characters or fragments inserted, deleted, swapped; truncated; spliced. */
export function mutatedRule(r: Random): string {
  let text = r.chance(0.5) ? r.pick(corpus).rule : randomRule(r);
  const edits = 1 + r.int(4);
  for (let i = 0; i < edits; i++) {
    const at = r.int(text.length + 1);
    switch (r.int(6)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + 1 + r.int(5));
        break;
      case 1:
        text = text.slice(0, at) + r.pick(ALPHABET) + text.slice(at);
        break;
      case 2:
        text = text.slice(0, at) + r.pick(FRAGMENTS) + text.slice(at);
        break;
      case 3:
        text = text.slice(0, at);
        break;
      case 4:
        text = text.slice(0, at) + r.pick(corpus).rule.slice(r.int(20));
        break;
      default:
        text = text.slice(0, at) + text.slice(at, at + 10).toUpperCase() + text.slice(at + 10);
    }
  }
  return text;
}

/** Random characters from the rule alphabet. */
export function noiseRule(r: Random): string {
  return Array.from({ length: r.int(60) }, () =>
    r.chance(0.2) ? r.pick(FRAGMENTS) : r.pick(ALPHABET),
  ).join('');
}

const TEXTS = [
  null,
  null,
  '',
  'Sales',
  'sales',
  'SALES',
  'Marketing',
  'US',
  'GB',
  'DE',
  'JP',
  'David',
  'Intern',
  'E5 user',
  'İstanbul',
  'x'.repeat(1500),
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab',
];

/** A random user: attributes from a small vocabulary so rules match often, plus odd values. */
export function randomUser(r: Random, index: number): UserProfile {
  const text = (): string | null => r.pick(TEXTS);
  return user({
    id: `user-${String(index)}`,
    department: text(),
    city: text(),
    country: text(),
    displayName: text(),
    jobTitle: text(),
    mail: text(),
    userType: r.pick(['Member', 'Guest', null]),
    usageLocation: text(),
    mobilePhone: text(),
    accountEnabled: r.chance(0.8),
    onPremisesSyncEnabled: r.pick([true, false, null]),
    employeeHireDate: r.pick([
      null,
      '2020-06-10T18:13:20Z',
      '2023-12-31',
      'garbage',
      '2024-01-15T12:00:00+01:00',
    ]),
    proxyAddresses: Array.from({ length: r.int(4) }, () =>
      r.pick(['SMTP:a@contoso.com', 'smtp:b@outlook.com', 'x']),
    ),
    otherMails: r.chance(0.3) ? ['alias@domain'] : [],
    extensionAttributes: r.chance(0.5)
      ? { extensionAttribute1: text(), extensionAttribute15: text() }
      : {},
    extensions: r.chance(0.5)
      ? {
          extension_c272a57b722d4eb29bfe327874ae79cb_officenumber: r.pick([
            123,
            '45',
            true,
            null,
            'abc',
          ]),
        }
      : {},
    managerId: r.pick([null, GROUP, GROUP.toUpperCase()]),
  });
}

/** A context whose plans and memberships are fixed per user id for this seed. */
export function randomContext(r: Random): RuleContext {
  const plans: AssignedPlanView[][] = [
    [],
    [
      {
        servicePlanId: 'efb87545-963c-4e0d-99df-69c6916d9eb0',
        service: 'exchange',
        capabilityStatus: 'Enabled',
      },
    ],
    [{ servicePlanId: '', service: 'SCO', capabilityStatus: 'Suspended' }],
  ];
  const now = Date.UTC(2024, 0, 1) + r.int(365) * 86_400_000;
  return {
    now,
    assignedPlans: (id) => plans[id.length % plans.length] ?? [],
    isMemberOf: (id, groupId) => (id.length + groupId.length) % 2 === 0,
  };
}
