/** The rule's problems as a list: code, message and where (1-based character positions). */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { RuleDiagnostic } from '../../engine';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'baseline',
    color: tokens.colorPaletteRedForeground1,
  },
  ok: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    color: tokens.colorPaletteGreenForeground1,
  },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export function RuleDiagnosticsList({
  diagnostics,
  id,
}: {
  diagnostics: readonly RuleDiagnostic[];
  id: string;
}) {
  const styles = useStyles();
  if (diagnostics.length === 0) {
    return (
      <Caption1 id={id} className={styles.ok} role="status">
        <CheckmarkCircleRegular aria-hidden="true" /> The rule is valid.
      </Caption1>
    );
  }
  return (
    <ul id={id} className={styles.list} aria-label="Rule problems">
      {diagnostics.map((d, i) => (
        <li key={`${d.code}-${String(i)}`} className={styles.item}>
          <ErrorCircleRegular aria-hidden="true" />
          <Caption1>
            <span className={styles.code}>{d.code}</span>: {d.message}
            {d.span.end > d.span.start
              ? ` (characters ${String(d.span.start + 1)}–${String(d.span.end)})`
              : ` (at character ${String(d.span.start + 1)})`}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
