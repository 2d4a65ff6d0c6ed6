import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRY_AREAS, LAZY_AREAS } from '../../src/lib/i18n/messages/areas';
import { en } from '../../src/lib/i18n/messages/en';
import { nl } from '../../src/lib/i18n/messages/nl';
import { CATALOG_AREA, precompileCatalog } from './precompile-messages';

const messages = path.resolve(import.meta.dirname, '../../src/lib/i18n/messages');

/** Runs a precompiled area module (types stripped) and returns what it exports. */
function evaluate(code: string): Record<string, Record<string, unknown>> {
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const exports: Record<string, Record<string, unknown>> = {};
  runInNewContext(js, { exports, require: () => ({}) });
  return exports;
}

describe('precompiled catalogs', () => {
  it('replaces each message of an area with its AST, keys and order kept', () => {
    const code = [
      "import type { x as en } from '../en/x';",
      'export const x: Record<keyof typeof en, string> = {',
      "  'x.plain': 'Cancel',",
      "  'x.count':",
      "    '{count, plural, one {# user} other {# users}}',",
      "  'x.quote': \"Couldn't be counted\",",
      '};',
    ].join('\n');
    const area = evaluate(precompileCatalog(code)).x;
    expect(area).toEqual({
      'x.plain': parse('Cancel'),
      'x.count': parse('{count, plural, one {# user} other {# users}}'),
      'x.quote': parse("Couldn't be counted"),
    });
  });

  it.each(['en', 'nl'])('turns every %s message into the AST the page would parse', (language) => {
    const catalog: Readonly<Record<string, string>> = language === 'en' ? en : nl;
    const compiled: Record<string, unknown> = {};
    for (const area of [...ENTRY_AREAS, ...LAZY_AREAS]) {
      const file = path.join(messages, language, `${area}.ts`);
      expect(CATALOG_AREA.test(file)).toBe(true);
      for (const exported of Object.values(evaluate(precompileCatalog(readFileSync(file, 'utf8')))))
        Object.assign(compiled, exported);
    }
    expect(Object.keys(compiled).sort()).toEqual(Object.keys(catalog).sort());
    for (const [id, text] of Object.entries(catalog)) expect(compiled[id], id).toEqual(parse(text));
  });

  it('leaves the merging index and other modules alone', () => {
    expect(CATALOG_AREA.test(path.join(messages, 'en/index.ts'))).toBe(false);
    expect(CATALOG_AREA.test(path.join(messages, 'areas.ts'))).toBe(false);
  });
});
