/**
 * Live mode, nobody signed in: sign in with Microsoft (redirect), or pick one of the accounts MSAL
 * already knows on this browser. A failed sign-in reads in words, with Entra's error code.
 */
import { useMsal } from '@azure/msal-react';
import {
  Body1,
  Button,
  Card,
  CardHeader,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Persona,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useT } from '../../lib/i18n/use-t';
import { portalMode } from '../../lib/mode/portal-mode';
import { chooseAccount, signInRedirect, useLiveAuthStore } from '../../lib/session/live-session';

const useStyles = makeStyles({
  page: {
    flexGrow: 1,
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalL}`,
    overflow: 'auto',
  },
  card: { width: '520px', maxWidth: '100%', padding: tokens.spacingHorizontalXL },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  account: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function LiveSignInPage() {
  const styles = useStyles();
  const t = useT();
  const { accounts } = useMsal();
  const error = useLiveAuthStore((state) => state.error);
  const tenant = portalMode.kind === 'live' ? portalMode.tenant : '';
  return (
    <main className={styles.page} id="main">
      <Card className={styles.card}>
        <CardHeader
          header={<Subtitle1 as="h1">{t('live.signIn.title')}</Subtitle1>}
          description={<Body1>{t('live.signIn.body', { tenant })}</Body1>}
        />
        {error ? (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{t('live.signIn.failed')}</MessageBarTitle>
              {t(error.id)} {t('live.signIn.code', { code: error.code })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {accounts.length > 0 ? (
          <ul className={styles.list} aria-label={t('live.signIn.pick')}>
            {accounts.map((account) => (
              <li key={account.homeAccountId}>
                <Button
                  appearance="subtle"
                  className={styles.account}
                  onClick={() => {
                    chooseAccount(account);
                  }}
                >
                  <Persona
                    name={account.name ?? account.username}
                    secondaryText={account.username}
                    avatar={{ color: 'colorful' }}
                  />
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void signInRedirect(accounts.length > 0)}>
            {accounts.length > 0 ? t('live.signIn.another') : t('live.signIn.button')}
          </Button>
        </div>
      </Card>
    </main>
  );
}
