/**
 * A rule diagnostic in the admin's words: the engine gives a code, the facts (`args`) and a span;
 * the catalog has one message per code (`rules.diagnostic.<code>`, a `select` on `variant` where a
 * code covers several situations). Offending text is quoted per language, the end of the rule is
 * named, and positions are 1-based characters, as in the messages themselves.
 */
import type { RuleDiagnostic, RuleDiagnosticCode } from '../../engine';
import type { MessageId } from '../../lib/i18n/messages';
import type { Translate } from '../../lib/i18n/use-t';

/** The catalog id of a code's message (every code has one: `diagnostic-words.test.ts`). */
export const diagnosticMessageId = (code: RuleDiagnosticCode): MessageId =>
  `rules.diagnostic.${code}`;

/** Arguments that name a piece of the rule: quoted, or "the end of the rule" when empty. */
const TOKEN_ARGS = new Set(['found']);

/** The problem in words, without where it is. */
export function diagnosticMessage(t: Translate, diagnostic: RuleDiagnostic): string {
  const values: Record<string, string | number> = { variant: 'other' };
  for (const [key, value] of Object.entries(diagnostic.args)) {
    values[key] =
      TOKEN_ARGS.has(key) && typeof value === 'string'
        ? value === ''
          ? t('rules.diagnostic.endOfRule')
          : t('rules.diagnostic.token', { text: value })
        : value;
  }
  return t(diagnosticMessageId(diagnostic.code), values);
}

/** The problem in words with where it is: "(character 49)", "(characters 12–20)". */
export function diagnosticText(t: Translate, diagnostic: RuleDiagnostic): string {
  const message = diagnosticMessage(t, diagnostic);
  const { start, end } = diagnostic.span;
  if (end <= start) return t('rules.diagnostic.where.end', { message, start: start + 1 });
  if (end === start + 1) return t('rules.diagnostic.where.one', { message, start: start + 1 });
  return t('rules.diagnostic.where.range', { message, start: start + 1, end });
}

/** Whether the only problem is that nothing is written yet (shown as a hint, not as an error). */
export const isEmptyRule = (diagnostics: readonly RuleDiagnostic[]): boolean =>
  diagnostics.length === 1 && diagnostics[0]?.code === 'empty-rule';
