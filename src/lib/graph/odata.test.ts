import { describe, expect, it } from 'vitest';
import { buildQuery, filter, quote, searchTerm, withQuery } from './odata';

describe('odata', () => {
  it('doubles single quotes in string literals, so input cannot close the literal', () => {
    expect(quote("O'Brien")).toBe("'O''Brien'");
    expect(filter.eq('displayName', "x' or 1 eq 1 or 'a")).toBe(
      "displayName eq 'x'' or 1 eq 1 or ''a'",
    );
  });

  it('refuses property names that are not identifiers', () => {
    expect(() => filter.eq('displayName eq 1 or x', 'a')).toThrow(RangeError);
    expect(filter.eq('onPremisesExtensionAttributes/extensionAttribute1', 'EMS;')).toBe(
      "onPremisesExtensionAttributes/extensionAttribute1 eq 'EMS;'",
    );
  });

  it('joins clauses with parentheses and drops empty ones', () => {
    expect(
      filter.and(
        filter.eq('accountEnabled', true),
        undefined,
        filter.startsWith('displayName', 'Al'),
      ),
    ).toBe("(accountEnabled eq true) and (startswith(displayName,'Al'))");
    expect(filter.or(filter.eq('a', 1))).toBe('a eq 1');
    expect(filter.any('targetResources', 'id', "o'brien")).toBe(
      "targetResources/any(x:x/id eq 'o''brien')",
    );
  });

  it('writes GUIDs bare for Edm.Guid properties and refuses anything else there', () => {
    expect(
      filter.anyGuid('assignedLicenses', 'skuId', '6FD2C87F-B296-42F0-B197-1E91E994B900'),
    ).toBe('assignedLicenses/any(x:x/skuId eq 6fd2c87f-b296-42f0-b197-1e91e994b900)');
    expect(() => filter.anyGuid('assignedLicenses', 'skuId', "x') or (1 eq 1")).toThrow(RangeError);
    expect(() =>
      filter.anyGuid('assignedLicenses', 'skuId', '6fd2c87f-b296-42f0-b197-1e91e994b90'),
    ).toThrow(RangeError);
  });

  it('escapes quotes and backslashes in $search terms', () => {
    expect(searchTerm('displayName', 'say "hi" \\o/')).toBe('"displayName:say \\"hi\\" \\\\o/"');
  });

  it('builds a percent-encoded query string with only the options given', () => {
    expect(buildQuery({})).toBe('');
    const query = buildQuery({
      select: ['id', 'displayName'],
      filter: "displayName eq 'A&B'",
      top: 50,
      orderby: [['displayName', 'desc']],
      count: true,
    });
    const params = new URLSearchParams(query.slice(1));
    expect(params.get('$select')).toBe('id,displayName');
    expect(params.get('$filter')).toBe("displayName eq 'A&B'");
    expect(params.get('$top')).toBe('50');
    expect(params.get('$orderby')).toBe('displayName desc');
    expect(params.get('$count')).toBe('true');
    expect(withQuery('/users', { top: 5 })).toBe('/users?$top=5');
    expect(() => buildQuery({ top: 0 })).toThrow(RangeError);
  });
});
