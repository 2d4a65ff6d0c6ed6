/**
 * The mirror layer behind the rule textarea: the same text, transparent, with each diagnostic's
 * span underlined in red. Hidden from assistive technology (the diagnostics list says the same).
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef, type ReactNode } from 'react';
import type { RuleDiagnostic } from '../../engine';

const useStyles = makeStyles({
  error: {
    color: 'transparent',
    textDecorationLine: 'underline',
    textDecorationStyle: 'wavy',
    textDecorationColor: tokens.colorPaletteRedForeground1,
    textDecorationThickness: '2px',
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
});

/** Splits text into plain runs and marked runs; a zero-width span marks one character (or a space at the end). */
function segments(
  text: string,
  diagnostics: readonly RuleDiagnostic[],
): { text: string; marked: boolean }[] {
  const marks = new Array<boolean>(text.length + 1).fill(false);
  for (const { span } of diagnostics) {
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start + 1, Math.min(span.end, text.length + 1));
    for (let i = start; i < end; i++) marks[i] = true;
  }
  const padded = `${text} `;
  const out: { text: string; marked: boolean }[] = [];
  for (let i = 0; i < padded.length; i++) {
    const marked = marks[i] ?? false;
    const last = out[out.length - 1];
    if (last?.marked === marked) last.text += padded[i] ?? '';
    else out.push({ text: padded[i] ?? '', marked });
  }
  return out;
}

export interface RuleHighlightProps {
  readonly text: string;
  readonly diagnostics: readonly RuleDiagnostic[];
  readonly className: string;
}

export const RuleHighlight = forwardRef<HTMLDivElement, RuleHighlightProps>(function RuleHighlight(
  { text, diagnostics, className },
  ref,
) {
  const styles = useStyles();
  const parts: ReactNode[] = segments(text, diagnostics).map((part, i) =>
    part.marked ? (
      <mark key={i} className={styles.error} data-testid="rule-error-mark">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
  return (
    <div ref={ref} aria-hidden="true" className={className}>
      {parts}
    </div>
  );
});
