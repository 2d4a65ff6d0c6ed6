/** Rule diagnostics computed in the browser with the engine's compiler, a moment after typing stops. */
import { useEffect, useState } from 'react';
import { compileRule, type RuleDiagnostic } from '../../engine';

export const DIAGNOSTICS_DELAY_MS = 200;

/** The rule's problems; an empty rule has one, `empty-rule` (the editor shows it as a hint, not in red). */
export function diagnosticsOf(text: string): readonly RuleDiagnostic[] {
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
