/**
 * The catalog split, read from the sources: the first load (the entry and its static imports)
 * carries only the entry's areas, and each blade's chunk (its lazy route module and everything it
 * imports, lazily too) uses only words of the entry's areas and of the areas its route loads
 * (`ROUTE_WORDS`). A word of another area would show as its id until something else loaded it.
 * The words of working on a tenant (`LIVE_WORDS`) are loaded before the portal renders on a
 * tenant: only live mode's own parts, the Connect page (which loads them) and the blade parts
 * shown only on a tenant (`SHOWN_ON_A_TENANT`) use them.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRY_AREAS, LAZY_AREAS, type Area } from '../../lib/i18n/messages/areas';
import { LIVE_WORDS, ROUTE_WORDS } from './words';

const root = path.resolve(import.meta.dirname, '../../..');
const messages = path.join(root, 'src/lib/i18n/messages');
const AREAS: readonly Area[] = [...ENTRY_AREAS, ...LAZY_AREAS];

interface Module {
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** Message ids written in the module, whole or as the fixed start of a template. */
  readonly ids: readonly string[];
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
  ])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

const ID = /^[a-z]+\.[A-Za-z0-9_.]*$/;
const parsed = new Map<string, Module>();

function parse(file: string): Module {
  const known = parsed.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const imports: string[] = [];
  const dynamicImports: string[] = [];
  const ids: string[] = [];
  const add = (list: string[], specifier: string) => {
    const resolved = resolveImport(file, specifier);
    if (resolved) list.push(resolved);
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword
    )
      add(imports, (node.moduleSpecifier as ts.StringLiteral).text);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly)
      add(imports, (node.moduleSpecifier as ts.StringLiteral).text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      add(dynamicImports, node.arguments[0].text);
    else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      ID.test(node.text)
    )
      ids.push(node.text);
    else if (ts.isTemplateHead(node) && ID.test(node.text)) ids.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const module = { imports, dynamicImports, ids };
  parsed.set(file, module);
  return module;
}

/** The modules reached from `start`: through static imports, and dynamic ones when `follow` says. */
function reach(start: string, follow: (file: string) => boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop();
    if (file === undefined || seen.has(file)) continue;
    seen.add(file);
    const module = parse(file);
    queue.push(...module.imports, ...module.dynamicImports.filter(follow));
  }
  return seen;
}

/** Each message id and the area (catalog file) it is in. */
function areaOfIds(): Map<string, Area> {
  const out = new Map<string, Area>();
  for (const area of AREAS) {
    const source = readFileSync(path.join(messages, 'en', `${area}.ts`), 'utf8');
    for (const [, id] of source.matchAll(/^ {2}'([^']+)':/gm)) if (id) out.set(id, area);
  }
  return out;
}

const AREA_OF = areaOfIds();
/** The areas an id (or the start of a template building one) can be in. */
function areasOf(id: string): Area[] {
  const exact = AREA_OF.get(id);
  if (exact) return [exact];
  return [...new Set([...AREA_OF].filter(([key]) => key.startsWith(id)).map(([, area]) => area))];
}

/** The ids used in `files` whose area is not among `areas`, each with where. */
function outside(files: Iterable<string>, areas: readonly Area[]): string[] {
  const out: string[] = [];
  for (const file of files) {
    if (file.startsWith(messages)) continue;
    for (const id of parse(file).ids) {
      const found = areasOf(id);
      if (found.length > 0 && found.some((area) => !areas.includes(area)))
        out.push(`${path.relative(root, file)}: ${id} (${found.join(', ')})`);
    }
  }
  return out;
}

const entry = path.join(root, 'src/app/main.tsx');
const isRouteChunk = (file: string) => /src\/app\/routes\/[^/]+\.lazy\.tsx$/.test(file);
const isOwnCode = (file: string) =>
  file.startsWith(path.join(root, 'src')) && !file.startsWith(path.join(root, 'src/lib/i18n'));
const routeChunk = (name: string) => path.join(root, 'src/app/routes', `${name}.lazy.tsx`);
const blades = Object.keys(ROUTE_WORDS) as (keyof typeof ROUTE_WORDS)[];
const own = (file: string) => path.join(root, 'src', file);
/** Live mode's own parts (loaded only on a tenant) and the Connect page (it loads LIVE_WORDS). */
const LIVE_PARTS = [
  'lib/session/live-session.ts',
  'app/live-provider.tsx',
  'app/shell/live-sign-in-page.tsx',
  'app/shell/live-account-menu.tsx',
  'app/shell/connect-page.tsx',
].map(own);
/** Parts of blades that show words of working on a tenant only on a tenant. */
const SHOWN_ON_A_TENANT = new Set(
  [
    'hooks/tenant-copy/copy-preview.tsx', // the tenant copy exists only in live mode
    'hooks/tenant-copy/stale-copy.tsx', // renders its question only about a tenant copy
    'features/groups/reprocess-button.tsx', // member by member only on a tenant (Graph has no group reprocess)
  ].map(own),
);
const inLiveParts = new Set(LIVE_PARTS.flatMap((start) => [...reach(start, isOwnCode)]));
/** Everything the blades' chunks reach: words there are loaded with the blade. */
const inBlades = new Set(
  blades.flatMap((name) => [...reach(routeChunk(name), (file) => isOwnCode(file))]),
);

describe('the catalog split', () => {
  it('puts only the entry areas of the catalog in the first load', () => {
    const firstLoad = reach(entry, () => false);
    const catalogs = [...firstLoad]
      .filter((file) => file.startsWith(messages))
      .map((file) => path.relative(messages, file))
      .sort();
    expect(catalogs).toEqual([...ENTRY_AREAS.map((area) => `en/${area}.ts`), 'areas.ts'].sort());
  });

  it('has every route chunk in ROUTE_WORDS', () => {
    const chunks = [...reach(entry, (file) => isRouteChunk(file) || isOwnCode(file))].filter(
      isRouteChunk,
    );
    expect(chunks.map((file) => path.basename(file, '.lazy.tsx')).sort()).toEqual(
      [...blades].sort(),
    );
  });

  it('gives the shell and its own lazy parts words of the entry areas only', () => {
    const shell = reach(entry, (file) => isOwnCode(file) && !isRouteChunk(file));
    expect(
      outside(
        [...shell].filter((file) => !inBlades.has(file) && !inLiveParts.has(file)),
        ENTRY_AREAS,
      ),
    ).toEqual([]);
  });

  it("gives live mode's own parts and the Connect page words of the entry areas and LIVE_WORDS", () => {
    expect(outside(inLiveParts, [...ENTRY_AREAS, ...LIVE_WORDS])).toEqual([]);
  });

  it.each(blades)('gives the %s blades the words their route loads', (name) => {
    // Live mode's own parts a blade reaches (the Graph client's token on a tenant) are checked above.
    const chunk = [...reach(routeChunk(name), (file) => isOwnCode(file))].filter(
      (file) => !inLiveParts.has(file),
    );
    const areas = [...ENTRY_AREAS, ...ROUTE_WORDS[name]];
    expect(
      outside(
        chunk.filter((file) => !SHOWN_ON_A_TENANT.has(file)),
        areas,
      ),
    ).toEqual([]);
    expect(
      outside(
        chunk.filter((file) => SHOWN_ON_A_TENANT.has(file)),
        [...areas, ...LIVE_WORDS],
      ),
    ).toEqual([]);
  });

  it('finds the words a chunk uses (the check itself)', () => {
    const groups = reach(routeChunk('groups'), (file) => isOwnCode(file));
    expect(outside(groups, ENTRY_AREAS).some((line) => line.includes('(groups)'))).toBe(true);
  });
});
