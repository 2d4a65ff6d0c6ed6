/** A rule compiled for a preview, or refused with the first diagnostic and where it is. */
import type { MembershipRule } from '../../engine';
import { badRequest, refusalWords } from './refusal';

/** The compiler of dynamic membership rules, as `src/engine/rules` exposes it. */
export type RuleCompiler = (text: string) =>
  | { readonly ok: true; readonly rule: MembershipRule }
  | {
      readonly ok: false;
      readonly diagnostics: readonly {
        readonly code: string;
        readonly message: string;
        readonly span: { readonly start: number; readonly end: number };
      }[];
    };

/** Compiles a rule or throws a 400 refusal naming the first diagnostic and its position. */
export function compileOrRefuse(compile: RuleCompiler, text: string): MembershipRule {
  const result = compile(text);
  if (result.ok) return result.rule;
  const first = result.diagnostics[0];
  const where = first
    ? ` (${first.code} at position ${String(first.span.start)}-${String(first.span.end)})`
    : '';
  throw badRequest(
    refusalWords.ruleInvalid(`${first?.message ?? 'Query compilation error.'}${where}`),
  );
}
