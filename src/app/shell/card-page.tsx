/** A page that is one card in the middle (sign-in, live sign-in, Connect to a tenant): the shared frame and list style. */
import { Card, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export const useCardPageStyles = makeStyles({
  page: {
    flexGrow: 1,
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    overflow: 'auto',
  },
  card: {
    width: '520px',
    maxWidth: '100%',
    padding: tokens.spacingHorizontalXL,
    gap: tokens.spacingVerticalL,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export function CardPage({ children }: { children: ReactNode }) {
  const styles = useCardPageStyles();
  return (
    <main className={styles.page} id="main">
      <Card className={styles.card}>{children}</Card>
    </main>
  );
}
