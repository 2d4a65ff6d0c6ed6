/** Rule diagnostics computed in the browser with the engine's compiler, a moment after typing stops. */
import { useEffect, useState } from 'react';
import { compileRule, type RuleDiagnostic } from '../../engine';

export const DIAGNOSTICS_DELAY_MS = 200;

export function diagnosticsOf(text: string): readonly RuleDiagnostic[] {
  if (text.trim() === '')
    return [
      { code: 'empty-rule', message: 'Enter a membership rule.', span: { start: 0, end: 0 } },
    ];
  const result = compileRule(text);
  return result.ok ? [] : result.diagnostics;
}

/** Diagnostics of `text`, recomputed `DIAGNOSTICS_DELAY_MS` after the last change. */
export function useRuleDiagnostics(text: string): readonly RuleDiagnostic[] {
  const [state, setState] = useState(() => ({ text, diagnostics: diagnosticsOf(text) }));
  useEffect(() => {
    if (state.text === text) return undefined;
    const timer = setTimeout(() => {
      setState({ text, diagnostics: diagnosticsOf(text) });
    }, DIAGNOSTICS_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [text, state.text]);
  return state.diagnostics;
}
