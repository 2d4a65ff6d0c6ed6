import { FluentProvider, Text, Title1, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '960px',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  flush: {
    margin: 0,
  },
});

export function App() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <main className={styles.main}>
        <Title1 as="h1" className={styles.flush}>Licenses</Title1>
        <Text as="p" className={styles.flush}>
          Manage Microsoft Entra group-based licensing: see which products your organization owns, which
          groups and users hold them, and why each assignment succeeded or failed.
        </Text>
      </main>
    </FluentProvider>
  );
}
