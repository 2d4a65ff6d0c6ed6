import { describe, expect, it } from 'vitest';
import { GraphError } from '../errors';
import { compileFilter } from './filter-eval';
import { parseFilter } from './filter-parser';
import type { ResourceSpec } from './model';

interface Row {
  name: string | null;
  dept: string;
  tags: string[];
  licenses: { skuId: string }[];
  ext: Record<string, string | null>;
  when: string;
  on: boolean;
}

const SPEC: ResourceSpec<Row> = {
  typeName: 'thing',
  resourceName: 'Thing',
  directoryObject: true,
  properties: {
    displayName: {
      get: (r) => r.name,
      filter: ['eq', 'ne', 'in', 'startswith', 'endswith', 'ge', 'le'],
      advanced: ['ne', 'endswith', 'count'],
      types: { '': 'Edm.String' },
    },
    department: { get: (r) => r.dept, filter: ['eq', 'in'] },
    tags: {
      get: (r) => r.tags,
      filter: ['any', 'count'],
      items: { '': ['eq', 'startswith'] },
      advanced: ['count'],
    },
    assignedLicenses: {
      get: (r) => r.licenses,
      filter: ['any'],
      items: { skuId: ['eq'] },
      types: { skuId: 'Edm.Guid' },
    },
    onPremisesExtensionAttributes: { get: (r) => r.ext, nested: { extensionAttribute1: ['eq'] } },
    createdDateTime: { get: (r) => r.when, filter: ['ge', 'le', 'eq'] },
    accountEnabled: { get: (r) => r.on, filter: ['eq'] },
  },
};

const SKU = '6fd2c87f-b296-42f0-b197-1e91e994b900';
const ROWS: Row[] = [
  {
    name: "Ada O'Neil",
    dept: 'Sales',
    tags: ['smtp:ada@x.com'],
    licenses: [{ skuId: SKU }],
    ext: { extensionAttribute1: 'EMS;' },
    when: '2026-01-01T00:00:00Z',
    on: true,
  },
  {
    name: 'Bob',
    dept: 'Marketing',
    tags: [],
    licenses: [],
    ext: { extensionAttribute1: null },
    when: '2026-06-01T00:00:00Z',
    on: false,
  },
  {
    name: null,
    dept: 'Sales',
    tags: ['x', 'y'],
    licenses: [],
    ext: {},
    when: '2026-12-01T00:00:00Z',
    on: true,
  },
];

function run(filter: string, advanced = false): (string | null)[] {
  const predicate = compileFilter(parseFilter(filter), SPEC, { advanced });
  return ROWS.filter(predicate).map((r) => r.name);
}

function failure(
  filter: string,
  advanced = false,
): { status: number; code: string; message: string } {
  try {
    run(filter, advanced);
  } catch (error) {
    if (error instanceof GraphError)
      return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`expected ${filter} to fail`);
}

describe('$filter', () => {
  it.each([
    ["displayName eq 'bob'", ['Bob']],
    ["displayName eq 'Ada O''Neil'", ["Ada O'Neil"]],
    ['displayName eq null', [null]],
    ["startswith(displayName,'a')", ["Ada O'Neil"]],
    ["startsWith(displayName, 'B')", ['Bob']],
    ["department in ('Sales', 'Legal')", ["Ada O'Neil", null]],
    ["department eq 'Sales' and accountEnabled eq true", ["Ada O'Neil", null]],
    ["department eq 'Marketing' or (department eq 'Sales' and displayName eq null)", ['Bob', null]],
    [`assignedLicenses/any(x:x/skuId eq ${SKU})`, ["Ada O'Neil"]],
    [`assignedLicenses/any(x:x/skuId eq ${SKU.toUpperCase()})`, ["Ada O'Neil"]],
    ["tags/any(t:startswith(t, 'SMTP:'))", ["Ada O'Neil"]],
    ["onPremisesExtensionAttributes/extensionAttribute1 eq 'EMS;'", ["Ada O'Neil"]],
    [
      'createdDateTime ge 2026-05-01T00:00:00Z and createdDateTime le 2026-07-01T00:00:00Z',
      ['Bob'],
    ],
    ['accountEnabled eq false', ['Bob']],
  ] as const)('%s', (filter, expected) => {
    expect(run(filter)).toEqual(expected);
  });

  it('compares an untyped property with any literal; a GUID property only with a bare GUID, as Graph does', () => {
    expect(run(`department eq ${SKU}`)).toEqual([]);
    expect(run('displayName eq null')).toEqual([null]);
    const quoted = failure(`assignedLicenses/any(x:x/skuId eq '${SKU}')`);
    expect(quoted.code).toBe('Request_BadRequest');
    expect(quoted.message).toBe(
      "A binary operator with incompatible types was detected. Found operand types 'Edm.Guid' and 'Edm.String' for operator kind 'Equal'.",
    );
  });

  it('advanced forms need ConsistencyLevel and $count, then work', () => {
    expect(failure("displayName ne 'Bob'").code).toBe('Request_UnsupportedQuery');
    expect(run("displayName ne 'Bob'", true)).toEqual(["Ada O'Neil", null]);
    expect(failure("not(department eq 'Sales')").code).toBe('Request_UnsupportedQuery');
    expect(run("not(department eq 'Sales')", true)).toEqual(['Bob']);
    expect(run('tags/$count eq 0', true)).toEqual(['Bob']);
    expect(failure('tags/$count eq 0').code).toBe('Request_UnsupportedQuery');
  });

  it.each([
    ["displayName eq 'x", 'Request_BadRequest', /Syntax error at position 15/],
    ['displayName eq', 'Request_BadRequest', /Syntax error/],
    ["displayName eq 'x' and", 'Request_BadRequest', /Syntax error/],
    ["(displayName eq 'x'", 'Request_BadRequest', /Syntax error/],
    ['displayName eq bareword', 'Request_BadRequest', /Syntax error/],
    [
      "shoeSize eq 'x'",
      'Request_BadRequest',
      /Could not find a property named 'shoeSize' on type 'microsoft.graph.thing'/,
    ],
    ["department ge 'S'", 'Request_UnsupportedQuery', /property 'department' of resource 'Thing'/],
    ["contains(displayName, 'a')", 'Request_UnsupportedQuery', /Unsupported function/],
    [
      "assignedLicenses/any(x:x/disabledPlans eq 'a')",
      'Request_UnsupportedQuery',
      /assignedLicenses/,
    ],
    ["assignedLicenses/all(x:x/skuId eq 'a')", 'Request_UnsupportedQuery', /assignedLicenses/],
    ["displayName/any(x:x eq 'a')", 'Request_UnsupportedQuery', /displayName/],
    [
      "onPremisesExtensionAttributes/extensionAttribute2 eq 'x'",
      'Request_UnsupportedQuery',
      /extensionAttribute2/,
    ],
    ['displayName has 1', 'Request_UnsupportedQuery', /Unsupported query/],
    [
      "assignedLicenses/any(x:x/skuId eq 'E3')",
      'Request_BadRequest',
      /Found operand types 'Edm.Guid' and 'Edm.String' for operator kind 'Equal'/,
    ],
    [
      `displayName eq ${SKU}`,
      'Request_BadRequest',
      /Found operand types 'Edm.String' and 'Edm.Guid' for operator kind 'Equal'/,
    ],
    [`displayName le ${SKU}`, 'Request_BadRequest', /for operator kind 'LessThanOrEqual'/],
    [`displayName in ('Bob', ${SKU})`, 'Request_BadRequest', /'Edm.String' and 'Edm.Guid'/],
    [
      `startswith(displayName, ${SKU})`,
      'Request_BadRequest',
      /No function signature for the function with name 'startswith'/,
    ],
  ] as const)('refuses %s', (filter, code, message) => {
    const error = failure(filter);
    expect(error.status).toBe(400);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
