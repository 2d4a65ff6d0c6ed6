/**
 * Live mode, nobody signed in: sign in with Microsoft (redirect), or pick one of the accounts MSAL
 * already knows on this browser. A failed sign-in reads in words, with Entra's error code.
 */
import { useMsal } from '@azure/msal-react';
import {
  Body1,
  Button,
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
import { CardPage, useCardPageStyles } from './card-page';
import { chooseAccount, signInRedirect, useLiveAuthStore } from '../../lib/session/live-session';

const useStyles = makeStyles({
  account: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function LiveSignInPage() {
  const styles = { ...useCardPageStyles(), ...useStyles() };
  const t = useT();
  const { accounts } = useMsal();
  const error = useLiveAuthStore((state) => state.error);
  const tenant = portalMode.kind === 'live' ? portalMode.tenant : '';
  return (
    <CardPage>
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
    </CardPage>
  );
}
