/**
 * Production builds carry the message catalogs already parsed: each ICU MessageFormat string of
 * `src/lib/i18n/messages/{en,nl}/<area>.ts` becomes its AST (FormatJS's "pre-compiling messages"),
 * so the page needs no ICU parser and `@formatjs/icu-messageformat-parser` resolves to its
 * `no-parser` build (the formatter stays; FormatJS documents the pair as ~40% of react-intl).
 * Sources, tests and the dev server keep the strings (and the parser).
 */
import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** A catalog area module: `en/groups.ts`, `nl/groups.ts` (not the `index.ts` that merges them). */
export const CATALOG_AREA =
  /[\\/]src[\\/]lib[\\/]i18n[\\/]messages[\\/](?:en|nl)[\\/](?!index\.)[^\\/]+\.ts$/;

/**
 * The module with every message text (a string literal value of a property, the shape of every
 * area file) replaced by its AST as JSON; anything else in the module is left as written.
 */
export function precompileCatalog(code: string, file = 'catalog.ts'): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
    ) {
      const message = node.initializer.text;
      edits.push({
        start: node.initializer.getStart(source),
        end: node.initializer.getEnd(),
        text: JSON.stringify(parse(message)),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The Vite plugin: catalogs parsed at build time, and the page's ICU parser left out. */
export function precompileMessages(): Plugin {
  return {
    name: 'precompile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    transform(code, id) {
      if (!CATALOG_AREA.test(id)) return null;
      return { code: precompileCatalog(code, id), map: null };
    },
  };
}
