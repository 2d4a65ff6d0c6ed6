/**
 * Generates `src/engine/catalog/catalog.generated.json` from the vendored sources in
 * `scripts/catalog-source/` (Microsoft's licensing CSV and the service-plan rules JSON).
 *
 * Run with `npm run catalog`. `buildCatalog` is pure (text in, text out) so the test can prove that the
 * committed JSON is exactly what this script produces. The app never reads the CSV: it imports only the
 * generated JSON through `src/engine/catalog/catalog.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type {
  CatalogFile,
  CatalogFileDependency,
  CatalogFilePlan,
  CatalogFileProduct,
  ProductNamesFile,
} from '../src/engine/catalog/catalog-file.ts';
import {
  CALLING_PLAN_COUNTRIES,
  CALLING_PLAN_PREFIX,
  EMBARGOED_LOCATIONS,
  serviceFor,
} from './lib/catalog-decisions.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Repo-relative paths of the inputs and the output. */
export const PATHS = {
  csv: 'scripts/catalog-source/licensing-catalog.csv',
  rules: 'scripts/catalog-source/service-plan-rules.json',
  output: 'src/engine/catalog/catalog.generated.json',
  names: 'src/engine/catalog/product-names.generated.json',
} as const;

/** The CSV header Microsoft publishes; anything else is rejected. */
export const CSV_HEADER = [
  'Product_Display_Name',
  'String_Id',
  'GUID',
  'Service_Plan_Name',
  'Service_Plan_Id',
  'Service_Plans_Included_Friendly_Names',
] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MIN_PLAN_REF_LENGTH = 8;

/** Collapse every whitespace run (incl. tabs, NBSP) to one space and trim. */
const clean = (s: string): string => s.replace(/\s+/gu, ' ').trim();
/** Code-unit comparison: locale-independent, so output never depends on the machine. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** JSON string literal with non-ASCII escaped, so invisible characters (NBSP, tabs) show in quirks. */
const show = (s: string): string =>
  JSON.stringify(s).replace(
    /[^\x20-\x7e]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const byCount = (m: Map<string, number>): string =>
  [...m].map(([v, n]) => `${show(v)} x${String(n)}`).join(', ');

/** RFC 4180 CSV parser: optional UTF-8 BOM, quoted fields (commas, `""`, newlines), CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // One field and its terminator per match: a quoted field, or an unquoted run without quotes.
  const token = /(?:"((?:[^"]|"")*)"|([^,"\r\n]*))(,|\r\n|\n|\r|$)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  while (token.lastIndex < src.length) {
    const at = token.lastIndex;
    const m = token.exec(src);
    if (!m) {
      const what =
        src.indexOf('"', at) === at
          ? 'unterminated or malformed quoted field'
          : 'stray quote in unquoted field';
      throw new Error(`CSV: ${what} at row ${String(rows.length + 1)}`);
    }
    row.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''));
    if (m[3] !== ',') {
      rows.push(row);
      row = [];
    } else if (token.lastIndex === src.length) {
      row.push('');
      rows.push(row);
    }
  }
  return rows;
}

function guid(raw: string, where: string): string {
  const id = clean(raw).toLowerCase();
  if (!GUID.test(id)) throw new Error(`${where}: not a GUID: ${JSON.stringify(raw)}`);
  return id;
}

/** Most frequent value, ties broken by code-unit order; optionally mixed case beats ALL CAPS first. */
function choose(counts: Map<string, number>, preferMixedCase: boolean): string {
  const mixed = (s: string): number => (preferMixedCase && /\p{Ll}/u.test(s) ? 1 : 0);
  const [best] = [...counts].sort(([a, x], [b, y]) => mixed(b) - mixed(a) || y - x || cmp(a, b));
  if (!best) throw new Error('choose: no candidates');
  return best[0];
}

interface RawRef {
  servicePlanName?: string;
  servicePlanId?: string | null;
}
interface RawDep {
  servicePlan: RawRef;
  requiresAnyOf?: RawRef[][];
  requiresAllOf?: RawRef[];
  errorMessage?: string;
}
interface RawRules {
  mutuallyExclusiveGroups: { current: { service: string; servicePlans: RawRef[] }[] };
  dependencies: {
    microsoftDocumented: RawDep[];
    observedErrorMessages: RawDep[];
    communityCompiled: { items: RawDep[] };
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Pure: CSV text + rules JSON -> the catalog data written to the generated file. Pass the rules as
 * file text to get the file's sha256 in `sources.rules`; a parsed object is hashed as re-serialized.
 */
export function buildCatalogData(csvText: string, rulesJson: unknown): CatalogFile {
  const rules = (typeof rulesJson === 'string' ? JSON.parse(rulesJson) : rulesJson) as RawRules;
  const [header, ...records] = parseCsv(csvText);
  if (JSON.stringify(header) !== JSON.stringify(CSV_HEADER))
    throw new Error(`CSV: unexpected header ${JSON.stringify(header)}`);
  const quirks: string[] = [];
  const normalized = new Map<string, string>();

  interface Sku {
    skuId: string;
    skuPartNumber: string;
    displayName: string;
    planIds: string[];
    duplicates: number;
  }
  interface PlanRows {
    names: Map<string, number>;
    friendly: Map<string, number>;
  }
  const skus = new Map<string, Sku>();
  const planRows = new Map<string, PlanRows>();
  const bump = (m: Map<string, number>, v: string): void => {
    m.set(v, (m.get(v) ?? 0) + 1);
  };
  records.forEach((r, n) => {
    const where = `CSV row ${String(n + 2)}`;
    if (r.length !== CSV_HEADER.length) throw new Error(`${where}: ${String(r.length)} fields`);
    r.forEach((v, col) => {
      const key = `${CSV_HEADER[col] ?? String(col)} ${show(v)}`;
      if (col !== 2 && col !== 4 && v !== clean(v)) normalized.set(key, show(clean(v)));
      if ((col === 2 || col === 4) && v !== v.trim()) normalized.set(key, 'trimmed');
    });
    const [display, partNumber, skuRaw, planName, planRaw, friendly] = r.map(clean) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const skuId = guid(skuRaw, `${where} GUID`);
    const planId = guid(planRaw, `${where} Service_Plan_Id`);
    let sku = skus.get(skuId);
    if (!sku)
      skus.set(
        skuId,
        (sku = {
          skuId,
          skuPartNumber: partNumber,
          displayName: display,
          planIds: [],
          duplicates: 0,
        }),
      );
    if (sku.planIds.includes(planId)) sku.duplicates++;
    else sku.planIds.push(planId);
    let rows = planRows.get(planId);
    if (!rows) planRows.set(planId, (rows = { names: new Map(), friendly: new Map() }));
    bump(rows.names, planName);
    bump(rows.friendly, friendly);
  });
  for (const [raw, fixed] of [...normalized].sort(([a], [b]) => cmp(a, b)))
    quirks.push(`whitespace: ${raw} -> ${fixed}`);

  const plans: CatalogFilePlan[] = [...planRows]
    .sort(([a], [b]) => cmp(a, b))
    .map(([id, { names, friendly }]) => {
      const name = choose(names, false);
      if (names.size > 1)
        quirks.push(`plan ${id} has several names (${byCount(names)}): chose ${show(name)}`);
      return {
        id,
        name,
        friendlyName: choose(friendly, true),
        service: serviceFor(name),
        appliesTo: 'User',
      };
    });
  const planIds = plans.map((p) => p.id);
  const disagreeing = [...planRows.values()].filter((r) => r.friendly.size > 1).length;
  quirks.push(
    `${String(disagreeing)} plans have several friendly names across rows; chose mixed case over ALL CAPS, then most frequent, then code-unit first`,
  );
  const planById = new Map(plans.map((p) => [p.id, p]));

  let refLength = MIN_PLAN_REF_LENGTH;
  while (new Set(planIds.map((id) => id.slice(0, refLength))).size !== planIds.length) refLength++;

  const skuList = [...skus.values()];
  for (const s of skuList)
    if (s.duplicates > 0)
      quirks.push(
        `product ${s.skuId} (${s.skuPartNumber}): ${String(s.duplicates)} repeated plan rows dropped`,
      );
  const byPartNumber = new Map<string, string[]>();
  for (const s of skuList)
    byPartNumber.set(s.skuPartNumber, [...(byPartNumber.get(s.skuPartNumber) ?? []), s.skuId]);
  for (const [pn, ids] of byPartNumber)
    if (ids.length > 1)
      quirks.push(
        `skuPartNumber ${pn} has ${String(ids.length)} GUIDs (${ids.join(', ')}); all kept, file order decides productByPartNumber`,
      );
  for (const s of skuList) {
    const clash = planById.get(s.skuId);
    if (clash)
      quirks.push(
        `product ${s.skuId} (${s.skuPartNumber}) has the same GUID as service plan ${clash.name}`,
      );
  }
  const products: CatalogFileProduct[] = skuList
    .map((s, order) => ({ s, order }))
    .sort((a, b) => cmp(a.s.skuPartNumber, b.s.skuPartNumber) || a.order - b.order)
    .map(({ s }) => ({
      skuId: s.skuId,
      skuPartNumber: s.skuPartNumber,
      displayName: s.displayName,
      plans: s.planIds.map((id) => id.slice(0, refLength)),
    }));

  // Rules: resolve plan references to GUIDs; names without a GUID are dropped and listed in `skipped`.
  const skipped: { planName: string; where: string; effect: string }[] = [];
  const unknownRulePlans = new Set<string>();
  const label = (ref: RawRef): string => ref.servicePlanName ?? '?';
  const resolve = (ref: RawRef): string | null => {
    if (typeof ref.servicePlanId !== 'string') return null;
    const id = guid(ref.servicePlanId, `rules ${label(ref)}`);
    if (!planById.has(id)) unknownRulePlans.add(`${label(ref)} ${id}`);
    return id;
  };

  const exclusiveGroups = rules.mutuallyExclusiveGroups.current
    .map((g) => {
      const ids: string[] = [];
      for (const ref of g.servicePlans) {
        const id = resolve(ref);
        if (id === null)
          skipped.push({
            planName: label(ref),
            where: `mutuallyExclusiveGroups.current[${g.service}]`,
            effect: 'left out of the group',
          });
        else if (!ids.includes(id)) ids.push(id);
      }
      return { service: clean(g.service), planIds: ids.sort(cmp) };
    })
    .sort((a, b) => cmp(a.service, b.service));

  const dependencies: CatalogFileDependency[] = [];
  const categories: [string, 'microsoft' | 'community', RawDep[]][] = [
    ['microsoftDocumented', 'microsoft', rules.dependencies.microsoftDocumented],
    ['observedErrorMessages', 'community', rules.dependencies.observedErrorMessages],
    ['communityCompiled', 'community', rules.dependencies.communityCompiled.items],
  ];
  for (const [category, source, items] of categories) {
    for (const dep of items) {
      const where = `dependencies.${category}[${label(dep.servicePlan)}]`;
      const planId = resolve(dep.servicePlan);
      if (planId === null) {
        skipped.push({ planName: label(dep.servicePlan), where, effect: 'dependency dropped' });
        continue;
      }
      const alternatives = dep.requiresAnyOf ?? (dep.requiresAllOf ? [dep.requiresAllOf] : null);
      if (!alternatives) throw new Error(`${where}: neither requiresAnyOf nor requiresAllOf`);
      const requiresAnyOf: string[][] = [];
      for (const alt of alternatives) {
        const ids = alt.map(resolve);
        const missing = alt.filter((_, k) => ids[k] === null);
        if (missing.length === 0) requiresAnyOf.push(ids as string[]);
        for (const ref of missing) {
          const effect = `alternative [${alt.map(label).join(' + ')}] dropped (cannot be satisfied without a GUID)`;
          skipped.push({ planName: label(ref), where, effect });
        }
      }
      if (requiresAnyOf.length === 0) {
        skipped.push({
          planName: label(dep.servicePlan),
          where,
          effect: 'dependency dropped: no satisfiable alternative left',
        });
        continue;
      }
      const message = typeof dep.errorMessage === 'string' ? clean(dep.errorMessage) : undefined;
      dependencies.push({ planId, requiresAnyOf, source, ...(message ? { message } : {}) });
    }
  }
  const rank = (s: string): number => (s === 'microsoft' ? 0 : 1);
  dependencies.sort((a, b) => rank(a.source) - rank(b.source) || cmp(a.planId, b.planId));
  for (const u of [...unknownRulePlans].sort(cmp))
    quirks.push(
      `rules reference plan ${u}, which no product in the CSV contains (kept in the rules)`,
    );

  const callingPlanIds = plans
    .filter((p) => p.name.toUpperCase().startsWith(CALLING_PLAN_PREFIX))
    .map((p) => p.id);
  return {
    about: `Generated by scripts/generate-catalog.ts from ${PATHS.csv} and ${PATHS.rules}. Do not edit; run \`npm run catalog\`.`,
    notes: [
      'Usage-location availability (project decision, not Microsoft data): every plan is available in every ISO 3166 alpha-2 location except the embargoed ones (CU, IR, KP, SY), where Microsoft online services are not offered. Calling Plan service plans (plan name starting MCOPSTN) are additionally available only in the fixed list of countries where Microsoft sells Calling Plans (availability.restricted); the prefix rule also catches MCOPSTNC (Communications Credits) and MCOPSTNEAU (Telstra, Australia).',
      'products are sorted by skuPartNumber (code-unit order), ties in CSV file order. products[].plans lists service plans in CSV file order (repeats dropped) as the first planRefLength characters of the servicePlanId; catalog.ts expands them to full GUIDs. This keeps the file small and diff-stable.',
      'plans[].service approximates Graph assignedPlan.service from a prefix table in scripts/lib/catalog-decisions.ts (SERVICE_LABELS); unmatched plans use their plan name. appliesTo is "User" for all plans: no source lists Company-level plans.',
      'Text fields are whitespace-normalized (runs of spaces, tabs and NBSP collapsed, trimmed); GUIDs are lower-cased. When rows disagree, a plan name is the most frequent variant (then code-unit first); a friendly name prefers mixed case over ALL CAPS, then most frequent, then code-unit first.',
      'dependencies: source "microsoft" (Microsoft-documented) blocks assignment; source "community" (observed error messages and the 2019 community compilation) is advisory only. requiresAnyOf = alternatives, each fully required.',
    ],
    sources: {
      csv: { path: PATHS.csv, sha256: sha256(csvText), rows: records.length },
      rules: {
        path: PATHS.rules,
        sha256: sha256(typeof rulesJson === 'string' ? rulesJson : JSON.stringify(rulesJson)),
      },
    },
    counts: {
      plans: plans.length,
      products: products.length,
      exclusiveGroups: exclusiveGroups.length,
      dependencies: dependencies.length,
    },
    planRefLength: refLength,
    availability: {
      embargoed: [...EMBARGOED_LOCATIONS].sort(cmp),
      restricted: [
        {
          reason: 'Calling Plan',
          planIds: callingPlanIds,
          onlyIn: [...CALLING_PLAN_COUNTRIES].sort(cmp),
        },
      ],
    },
    exclusiveGroups,
    dependencies,
    skipped,
    dataQuirks: quirks,
    plans,
    products,
  };
}

/** JSON with one array element per line (objects compact), objects at depth <= 1 spread over lines. */
export function renderCatalog(data: CatalogFile): string {
  const fmt = (v: unknown, depth: number, pad: string): string => {
    const inner = `${pad}  `;
    if (Array.isArray(v)) {
      const compact = JSON.stringify(v);
      if (v.every((x) => typeof x !== 'object') && compact.length <= 100) return compact;
      return `[\n${v.map((x) => `${inner}${JSON.stringify(x)}`).join(',\n')}\n${pad}]`;
    }
    if (v !== null && typeof v === 'object' && depth <= 1) {
      const entries = Object.entries(v).map(
        ([k, x]) => `${inner}${JSON.stringify(k)}: ${fmt(x, depth + 1, inner)}`,
      );
      return `{\n${entries.join(',\n')}\n${pad}}`;
    }
    return JSON.stringify(v);
  };
  return `${fmt(data, 0, '')}\n`;
}

/** Pure: CSV text + rules JSON -> the exact text of `catalog.generated.json`. */
export function buildCatalog(csvText: string, rulesJson: unknown): string {
  return renderCatalog(buildCatalogData(csvText, rulesJson));
}

/**
 * The product names table (`product-names.generated.json`) of a catalog: every product's display
 * name by part number, plus by SKU id where a part number is shared by products named differently.
 */
export function buildProductNamesData(data: CatalogFile): ProductNamesFile {
  const byPartNumber: Record<string, string> = {};
  const bySkuId: Record<string, string> = {};
  // Products are sorted by part number with ties in file order: the first one seen names the part number.
  for (const product of data.products) {
    const named = byPartNumber[product.skuPartNumber];
    if (named === undefined) byPartNumber[product.skuPartNumber] = product.displayName;
    else if (named !== product.displayName) bySkuId[product.skuId] = product.displayName;
  }
  return {
    about: `Generated by scripts/generate-catalog.ts beside ${PATHS.output.split('/').pop() ?? ''}: product display names only. Do not edit; run \`npm run catalog\`.`,
    byPartNumber,
    bySkuId,
  };
}

/** Pure: CSV text + rules JSON -> the exact text of `product-names.generated.json`. */
export function buildProductNames(csvText: string, rulesJson: unknown): string {
  return `${JSON.stringify(buildProductNamesData(buildCatalogData(csvText, rulesJson)), null, 2)}\n`;
}

function main(): void {
  const csv = readFileSync(join(ROOT, PATHS.csv), 'utf8');
  const rules = readFileSync(join(ROOT, PATHS.rules), 'utf8');
  for (const [path, text] of [
    [PATHS.output, buildCatalog(csv, rules)],
    [PATHS.names, buildProductNames(csv, rules)],
  ] as const) {
    writeFileSync(join(ROOT, path), text);
    console.log(`wrote ${path} (${String(Buffer.byteLength(text))} bytes)`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
