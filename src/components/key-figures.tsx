/**
 * A row of key figures (an amount under its label, an optional note), each a group named by its
 * label, so a screen reader hears "Monthly spend, €1,234.50" and a test finds the amount by its
 * label. The label may be a link to the view behind the figure.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXL },
  figure: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  amount: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
});

export function KeyFigures({ children }: { readonly children: ReactNode }) {
  return <div className={useStyles().figures}>{children}</div>;
}

export function KeyFigure({
  label,
  value,
  note,
}: {
  readonly label: ReactNode;
  readonly value: string;
  readonly note?: ReactNode;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className={styles.figure}>
      <span id={id}>{label}</span>
      <span className={styles.amount}>{value}</span>
      {note}
    </div>
  );
}
