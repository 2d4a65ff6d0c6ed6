import { describe, expect, it } from 'vitest';
import { context, corpus, invalidRules, sampleUsers } from './__fixtures__/users';
import { compileRule } from './index';

/**
 * The shared corpus of real rules (Microsoft docs and community repositories) and the documented
 * invalid rules. Quirks flagged in `note` get an explicit verdict here.
 */

/** Corpus user rules that must be rejected, and why: template placeholders instead of group ids. */
const REJECTED_USER_RULES: Readonly<Record<string, string>> = {
  "user.memberOf -any (group.objectId -in ['value'])": 'invalid-group-id',
  "user.memberof -any (group.objectId -in ['groupId'])": 'invalid-group-id',
  "user.memberof -any (group.objectId -in ['<groupObjectId1>', '<groupObjectId2>'])":
    'invalid-group-id',
};

const userRules = corpus.filter((e) => e.kind === 'user');
const deviceRules = corpus.filter((e) => e.kind === 'device');

describe('corpus: every user rule', () => {
  it('is in the corpus (sanity)', () => {
    expect(userRules.length).toBeGreaterThan(40);
    expect(deviceRules.length).toBeGreaterThan(20);
  });

  it.each(userRules.map((e) => [e.rule, e.note ?? '']))('%s (%s)', (rule) => {
    const result = compileRule(rule);
    const rejection = REJECTED_USER_RULES[rule];
    if (rejection) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.diagnostics.map((d) => d.code)).toContain(rejection);
      return;
    }
    if (!result.ok)
      throw new Error(result.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n'));
    for (const u of sampleUsers) {
      const ctx = context({ memberOf: { [u.id]: ['62e19b97-8b3d-4d4a-a106-4ce66896a863'] } });
      expect(typeof result.rule.matches(u, ctx)).toBe('boolean');
      expect(result.rule.explain(u, ctx).result).toBe(result.rule.matches(u, ctx));
    }
  });

  it('evaluates documented examples as the docs describe on the sample users', () => {
    const [, david] = sampleUsers;
    const verdict = (rule: string): boolean => {
      const r = compileRule(rule);
      if (!r.ok || !david) throw new Error(rule);
      return r.rule.matches(david, context());
    };
    expect(verdict('user.displayName -match "^Da.*"')).toBe(true);
    expect(verdict('user.mail \u2013ne null')).toBe(true);
    expect(
      verdict('(user.department -eq "Sales") -and -not (user.jobTitle -startsWith "SDE")'),
    ).toBe(false);
    expect(verdict('user.mailNickname -endsWith "-vendor"')).toBe(true);
    expect(verdict('user.proxyAddresses -notEndsWith "@outlook.com"')).toBe(false);
    expect(verdict('Direct Reports for "62e19b97-8b3d-4d4a-a106-4ce66896a863\u201D')).toBe(true);
    expect(verdict('user.extension_c272a57b722d4eb29bfe327874ae79cb_OfficeNumber -eq "123"')).toBe(
      true,
    );
    expect(verdict('user.city -eq "Lagos" or user.city -startswith "Lag"')).toBe(true);
  });
});

describe('corpus: every device rule', () => {
  it.each(deviceRules.map((e) => [e.rule]))('%s is rejected as a device rule', (rule) => {
    const result = compileRule(rule);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const device = result.diagnostics.find((d) => d.code === 'device-rule');
    expect(device?.message).toMatch(
      /^Device rules are not supported in a user group: device\.\w+\.$/,
    );
    expect(device && rule.slice(device.span.start, device.span.end)).toMatch(/^device\./i);
  });
});

/**
 * The documented errors, keyed by rule, mapped to our code. "Query compilation error" and
 * "Binary expression is not in right format" are syntax errors or regex errors; the 2016
 * "Unknown error" row quotes a boolean (our value-type-mismatch).
 */
const EXPECTED_CODE: Readonly<Record<string, string>> = {
  '(user.invalidProperty -eq "Value")': 'unknown-attribute',
  '(user.accountEnabled -contains true)': 'operator-not-supported',
  '(user.department -eq "Sales") (user.department -eq "Marketing")': 'missing-logical-operator',
  '(user.userPrincipalName -match "*@domain.ext")': 'invalid-regex',
  '(user.department -eq "Sales") -and (user.department -eq "Marketing")(user.userPrincipalName -match "*@domain.ext")':
    'missing-logical-operator',
  '(user.department \u2013eq \u201CSales\u201D) (user.department -eq "Sales")(user.department-eq"Sales")':
    'missing-logical-operator',
  '(user.accountEnabled -eq "True" AND user.userPrincipalName -contains "alias@domain")':
    'value-type-mismatch',
};

/** The documented error family of each code. */
const FAMILY: Readonly<Record<string, string>> = {
  'unknown-attribute': 'Attribute not supported',
  'operator-not-supported': "Operator isn't supported on attribute",
  'missing-logical-operator': 'Query compilation error|Binary expression is not in right format',
  'invalid-regex': 'Query compilation error',
  'value-type-mismatch': 'Unknown error',
};

describe('invalid rules: each is rejected with the documented kind of error', () => {
  const concrete = invalidRules.filter((e): e is typeof e & { rule: string } => e.rule !== null);

  it.each(concrete.map((e) => [e.rule, e.expected_error]))('%s → %s', (rule, expectedError) => {
    const code = EXPECTED_CODE[rule];
    expect(code, 'every documented invalid rule needs an expected code').toBeDefined();
    const result = compileRule(rule);
    expect(result.ok).toBe(false);
    if (result.ok || !code) return;
    expect(result.diagnostics[0]?.code).toBe(code);
    expect(expectedError).toMatch(new RegExp(FAMILY[code] ?? '^$'));
  });

  it('the 2016 table row examples, taken one by one', () => {
    expect(compileRule('(user.department \u2013eq \u201CSales\u201D)').ok).toBe(true);
    const glued = compileRule('(user.department -eq "Sales")(user.department -eq "Sales")');
    expect(!glued.ok && glued.diagnostics[0]?.code).toBe('missing-logical-operator');
    const noSpace = compileRule('(user.department-eq"Sales")');
    expect(!noSpace.ok && noSpace.diagnostics[0]?.code).toBe('missing-space');
  });

  /** One rule per documented constraint without a concrete rule. */
  const CONSTRAINTS: readonly [string, string, string][] = [
    ['The -not operator can', 'user.mail -not null', 'not-with-null'],
    [
      'The Direct reports rule',
      'Direct Reports for "62e19b97-8b3d-4d4a-a106-4ce66896a863" -or user.city -eq "x"',
      'direct-reports-combined',
    ],
    [
      'Total length',
      `user.city -in [${Array.from({ length: 400 }, (_, i) => `"city-${String(i)}"`).join(',')}]`,
      'rule-too-long',
    ],
    [
      "A rule can't contain both users and devices",
      'user.city -eq "x" -and device.deviceOSType -eq "iOS"',
      'device-rule',
    ],
    [
      'memberOf (preview)',
      'user.memberOf -any (group.objectId -in [\'62e19b97-8b3d-4d4a-a106-4ce66896a863\']) -and user.city -eq "Redmond"',
      'member-of-combined',
    ],
    ['The organizationalUnit device attribute', 'device.organizationalUnit -eq "x"', 'device-rule'],
  ];

  it.each(CONSTRAINTS)('constraint "%s…": %s → %s', (prefix, rule, code) => {
    expect(invalidRules.some((e) => e.constraint?.startsWith(prefix))).toBe(true);
    const result = compileRule(rule);
    expect(!result.ok && result.diagnostics.map((d) => d.code)).toContain(code);
  });
});
