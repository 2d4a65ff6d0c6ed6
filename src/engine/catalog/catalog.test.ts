import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalog, describePlan, isPlanAvailableIn } from './catalog.ts';
import { productDisplayName } from './product-names.ts';

const id = {
  ENTERPRISEPACK: '6fd2c87f-b296-42f0-b197-1e91e994b900',
  ENTERPRISEPREMIUM: 'c7df2760-2c81-4ef7-b578-5b5392b571df',
  EMS: 'efccb6f7-5641-4e0e-bd10-b4976e1bf68e',
  YAMMER_ENTERPRISE: '7547a3fe-08ee-4ccb-b430-5077c5041653',
  SHAREPOINTSTANDARD: 'c7699d2e-19aa-44de-8edf-1736da088ca1',
  SHAREPOINTENTERPRISE: '5dbe027f-2339-4123-9542-606e4d348a72',
  SHAREPOINTWAC: 'e95bec33-7c88-4a70-8e19-b10bd9d0c014',
  RMS_S_ENTERPRISE: 'bea4c11e-220a-4e6d-8eb8-8ea15d019f90',
  RMS_S_ENTERPRISE_GOV: '6a76346d-5d6e-4051-9fe3-ed3f312b5597',
  MCOMEETADV: '3e26ee1f-8a5f-4d52-aee2-b81ce45c8f40',
  MCOSTANDARD: '0feaeb32-d00e-4d66-bd5a-43b5b83db82c',
  MCOPSTN1: '4ed3ff63-69d7-4fb7-b984-5aec7f605ca8',
  EXCHANGE_S_FOUNDATION: '113feb6c-3fe4-4440-bddc-54d774bf0318',
} as const;

describe('catalog products', () => {
  it('has every SKU of the CSV by GUID', () => {
    expect(catalog.products).toHaveLength(569);
    expect(new Set(catalog.products.map((p) => p.skuId)).size).toBe(569);
  });

  it.each([
    ['ENTERPRISEPACK', id.ENTERPRISEPACK, 'Office 365 E3', 36],
    ['ENTERPRISEPREMIUM', id.ENTERPRISEPREMIUM, 'Office 365 E5', 56],
    ['EMS', id.EMS, 'Enterprise Mobility + Security E3', 7],
  ])('%s (%s) is %s with %i plans', (partNumber, skuId, displayName, count) => {
    const product = catalog.product(skuId);
    expect(product).toMatchObject({ skuId, skuPartNumber: partNumber, displayName });
    expect(product?.servicePlanIds).toHaveLength(count);
    expect(catalog.productByPartNumber(partNumber)).toBe(product);
    for (const planId of product?.servicePlanIds ?? []) expect(catalog.plan(planId)).toBeDefined();
  });

  it('keeps ENTERPRISEPACK plans in CSV order, including YAMMER_ENTERPRISE', () => {
    const names = catalog
      .product(id.ENTERPRISEPACK)
      ?.servicePlanIds.map((p) => catalog.plan(p)?.servicePlanName);
    expect(names?.slice(0, 4)).toEqual([
      'MESH_AVATARS_FOR_TEAMS',
      'MESH_AVATARS_ADDITIONAL_FOR_TEAMS',
      'RMS_S_ENTERPRISE',
      'Bing_Chat_Enterprise',
    ]);
    expect(names?.at(-1)).toBe('POWER_VIRTUAL_AGENTS_O365_P2');
    expect(catalog.product(id.ENTERPRISEPACK)?.servicePlanIds).toContain(id.YAMMER_ENTERPRISE);
    expect(catalog.plan(id.YAMMER_ENTERPRISE)).toMatchObject({
      servicePlanName: 'YAMMER_ENTERPRISE',
      service: 'YammerEnterprise',
      appliesTo: 'User',
    });
  });

  it('keeps both MCOPSTN5 GUIDs; productByPartNumber returns the first in file order', () => {
    const both = catalog.products.filter((p) => p.skuPartNumber === 'MCOPSTN5').map((p) => p.skuId);
    expect(both).toEqual([
      'd43177b5-475b-4880-92d4-d54c27b5efbd',
      '54a152dc-90de-4996-93d2-bc47e670fc06',
    ]);
    expect(catalog.productByPartNumber('MCOPSTN5')?.skuId).toBe(
      'd43177b5-475b-4880-92d4-d54c27b5efbd',
    );
  });

  it('looks GUIDs up case-insensitively and misses cleanly', () => {
    expect(catalog.product(id.EMS.toUpperCase())?.skuPartNumber).toBe('EMS');
    expect(catalog.product('00000000-0000-0000-0000-000000000000')).toBeUndefined();
    expect(catalog.productByPartNumber('NOPE')).toBeUndefined();
  });
});

describe('product names without the catalog', () => {
  it('names every catalog product exactly as the catalog does, both MCOPSTN5 included', () => {
    for (const p of catalog.products)
      expect(productDisplayName(p.skuId, p.skuPartNumber), p.skuId).toBe(p.displayName);
    expect(productDisplayName(id.ENTERPRISEPACK.toUpperCase(), 'ENTERPRISEPACK')).toBe(
      'Office 365 E3',
    );
  });

  it('knows nothing of a product the catalog lacks', () => {
    expect(productDisplayName('00000000-0000-0000-0000-000000000000', 'NOPE')).toBeUndefined();
    expect(productDisplayName(undefined, undefined)).toBeUndefined();
  });
});

describe('catalog plans', () => {
  it('has 723 distinct plans with normalized names', () => {
    expect(catalog.plans).toHaveLength(723);
    expect(catalog.plan(id.EXCHANGE_S_FOUNDATION)?.servicePlanName).toBe('EXCHANGE_S_FOUNDATION');
    expect(catalog.plan(id.RMS_S_ENTERPRISE)?.servicePlanName).toBe('RMS_S_ENTERPRISE');
  });

  it.each([
    [id.SHAREPOINTENTERPRISE, 'SharePoint (Plan 2)'],
    [id.MCOSTANDARD, 'Skype for Business Online (Plan 2)'],
    ['not-a-plan', 'not-a-plan'],
  ])('describePlan(%s) = %s', (planId, text) => {
    expect(describePlan(planId)).toBe(text);
  });
});

describe('catalog rules', () => {
  const groupOf = (planId: string) =>
    catalog.exclusiveGroups.filter((g) => g.servicePlanIds.includes(planId));

  it('puts SHAREPOINTSTANDARD and SHAREPOINTENTERPRISE in one exclusive group', () => {
    const [group, ...rest] = groupOf(id.SHAREPOINTSTANDARD);
    expect(rest).toEqual([]);
    expect(group?.servicePlanIds).toContain(id.SHAREPOINTENTERPRISE);
  });

  it('groups RMS_S_ENTERPRISE only with RMS_S_ENTERPRISE_GOV', () => {
    expect(groupOf(id.RMS_S_ENTERPRISE).map((g) => [...g.servicePlanIds].sort())).toEqual([
      [id.RMS_S_ENTERPRISE_GOV, id.RMS_S_ENTERPRISE].sort(),
    ]);
    expect(groupOf(id.EXCHANGE_S_FOUNDATION)).toEqual([]);
  });

  it.each([
    ['MCOMEETADV needs MCOSTANDARD (microsoft)', id.MCOMEETADV, 'microsoft', [[id.MCOSTANDARD]]],
    ['SHAREPOINTWAC needs SharePoint (community only)', id.SHAREPOINTWAC, 'community', undefined],
  ])('%s', (_name, planId, source, requiresAnyOf) => {
    const deps = catalog.dependencies.filter(
      (d) => d.servicePlanId === planId && d.source === source,
    );
    expect(deps.length).toBeGreaterThan(0);
    if (requiresAnyOf) expect(deps[0]?.requiresAnyOf).toEqual(requiresAnyOf);
  });

  it('has no blocking (microsoft) dependency for SHAREPOINTWAC', () => {
    expect(
      catalog.dependencies.filter(
        (d) => d.servicePlanId === id.SHAREPOINTWAC && d.source === 'microsoft',
      ),
    ).toEqual([]);
  });

  it('has non-empty alternatives and no unresolved plan names', () => {
    for (const d of catalog.dependencies) {
      expect(d.requiresAnyOf.length).toBeGreaterThan(0);
      for (const alt of d.requiresAnyOf) expect(alt.length).toBeGreaterThan(0);
    }
  });
});

describe('usage-location availability', () => {
  it.each([
    ['MCOPSTN1', id.MCOPSTN1, 'BR', false],
    ['MCOPSTN1', id.MCOPSTN1, 'US', true],
    ['MCOPSTN1', id.MCOPSTN1, 'us', true],
    ['MCOPSTN1', id.MCOPSTN1, 'KP', false],
    ['EXCHANGE_S_FOUNDATION', id.EXCHANGE_S_FOUNDATION, 'BR', true],
    ['EXCHANGE_S_FOUNDATION', id.EXCHANGE_S_FOUNDATION, 'ir', false],
    ['EXCHANGE_S_FOUNDATION', id.EXCHANGE_S_FOUNDATION, 'USA', false],
    ['EXCHANGE_S_FOUNDATION', id.EXCHANGE_S_FOUNDATION, '', false],
  ])('%s in %j -> %s', (_name, planId, location, expected) => {
    expect(isPlanAvailableIn(planId, location)).toBe(expected);
    expect(catalog.isPlanAvailableIn(planId, location)).toBe(expected);
  });

  it('offers no plan in KP', () => {
    expect(catalog.plans.filter((p) => catalog.isPlanAvailableIn(p.servicePlanId, 'KP'))).toEqual(
      [],
    );
  });
});

describe('catalog invariants', () => {
  it('is deeply frozen', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.products)).toBe(true);
    expect(Object.isFrozen(catalog.products[0])).toBe(true);
    expect(Object.isFrozen(catalog.products[0]?.servicePlanIds)).toBe(true);
    expect(Object.isFrozen(catalog.dependencies[0]?.requiresAnyOf[0])).toBe(true);
  });

  it('app code never imports the CSV or the catalog sources', () => {
    const srcRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(c|m)?[jt]sx?$/.test(name) && !name.includes('.test.')) {
          const importsSource =
            /(?:from|import|require)\s*\(?\s*['"][^'"]*(?:\.csv|catalog-source)[^'"]*['"]/;
          if (importsSource.test(readFileSync(path, 'utf8')))
            offenders.push(relative(srcRoot, path));
        }
      }
    };
    walk(srcRoot);
    expect(offenders).toEqual([]);
  });
});
