/**
 * The rule's problems as a list, in the admin's words with where they are (1-based characters);
 * an empty rule is a hint, not an error (nothing has been typed yet).
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { RuleDiagnostic } from '../../engine';
import { useT } from '../../lib/i18n/use-t';
import { diagnosticText, isEmptyRule } from './diagnostic-words';

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
  hint: { color: tokens.colorNeutralForeground3 },
});

export function RuleDiagnosticsList({
  diagnostics,
  id,
}: {
  diagnostics: readonly RuleDiagnostic[];
  id: string;
}) {
  const styles = useStyles();
  const t = useT();
  if (diagnostics.length === 0) {
    return (
      <Caption1 id={id} className={styles.ok} role="status">
        <CheckmarkCircleRegular aria-hidden="true" /> {t('rules.editor.valid')}
      </Caption1>
    );
  }
  if (isEmptyRule(diagnostics)) {
    return (
      <Caption1 id={id} className={styles.hint}>
        {t('rules.editor.emptyHint')}
      </Caption1>
    );
  }
  return (
    <ul id={id} className={styles.list} aria-label={t('rules.editor.problems')}>
      {diagnostics.map((d, i) => (
        <li key={`${d.code}-${String(i)}`} className={styles.item}>
          <ErrorCircleRegular aria-hidden="true" />
          <Caption1>{diagnosticText(t, d)}</Caption1>
        </li>
      ))}
    </ul>
  );
}
