import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  buildCatalogData,
  buildProductNames,
  parseCsv,
  PATHS,
} from './generate-catalog.ts';
import { serviceFor } from './lib/catalog-decisions.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

describe('generate-catalog', () => {
  it('vendors Microsoft CSV byte for byte', () => {
    const sha = createHash('sha256')
      .update(readFileSync(join(ROOT, PATHS.csv)))
      .digest('hex');
    expect(sha).toBe('3665b48f640a1359a05d9f263c13000e5e7c8d6fa6447e1b0c999071bdd6f486');
  });

  it('committed catalog.generated.json is exactly what the generator produces (run `npm run catalog`)', () => {
    expect(read(PATHS.output)).toBe(buildCatalog(read(PATHS.csv), read(PATHS.rules)));
  });

  it('committed product-names.generated.json is exactly what the generator produces', () => {
    expect(read(PATHS.names)).toBe(buildProductNames(read(PATHS.csv), read(PATHS.rules)));
  });

  it('is deterministic and accepts parsed rules as well as text', () => {
    const csv = read(PATHS.csv);
    const rules = read(PATHS.rules);
    expect(buildCatalog(csv, rules)).toBe(buildCatalog(csv, rules));
    expect(buildCatalogData(csv, JSON.parse(rules)).products).toEqual(
      buildCatalogData(csv, rules).products,
    );
  });

  it('keeps the file well under 400 KB', () => {
    expect(Buffer.byteLength(read(PATHS.output))).toBeLessThan(350_000);
  });

  it('lists the plan name without a GUID in skipped', () => {
    const data = buildCatalogData(read(PATHS.csv), read(PATHS.rules));
    expect(data.skipped.map((s) => s.planName)).toEqual(['EXCHANGEDESKLESS']);
    expect(data.counts).toEqual({
      plans: 723,
      products: 569,
      exclusiveGroups: 8,
      dependencies: 17,
    });
  });
});

describe('parseCsv', () => {
  it.each([
    [
      'BOM, CRLF, quoted comma',
      '\uFEFFa,b\r\n"x, y",z\r\n',
      [
        ['a', 'b'],
        ['x, y', 'z'],
      ],
    ],
    [
      'escaped quotes and newline in a field',
      'a,"say ""hi""\nthere"\n',
      [['a', 'say "hi"\nthere']],
    ],
    ['no trailing newline, empty fields', 'a,,c', [['a', '', 'c']]],
  ])('%s', (_name, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('rejects malformed quoting', () => {
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b"c')).toThrow(/stray quote/);
  });
});

describe('serviceFor', () => {
  it.each([
    ['EXCHANGE_S_ENTERPRISE', 'exchange'],
    ['SHAREPOINTWAC', 'SharePoint'],
    ['ONEDRIVE_BASIC', 'SharePoint'],
    ['MCOPSTN1', 'MicrosoftCommunicationsOnline'],
    ['TEAMS1', 'TeamspaceAPI'],
    ['Intune_Defender', 'SCO'],
    ['YAMMER_ENTERPRISE', 'YammerEnterprise'],
    ['RMS_S_PREMIUM', 'RMSOnline'],
    ['AAD_PREMIUM_P2', 'AADPremiumService'],
    ['MFA_PREMIUM', 'AADPremiumService'],
    ['OFFICESUBSCRIPTION', 'MicrosoftOffice'],
    ['POWERAPPS_O365_P2', 'PowerAppsService'],
    ['Flow_Per_APP', 'ProcessSimple'],
    ['BI_AZURE_P2', 'PowerBI'],
    ['MICROSOFT_SEARCH', 'MICROSOFT_SEARCH'],
  ])('%s -> %s', (name, service) => {
    expect(serviceFor(name)).toBe(service);
  });
});
