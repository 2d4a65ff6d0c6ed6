/**
 * First start (or after "Sign out"): pick one of the tenant's admin accounts. The emulator's
 * control API lists them when it can; otherwise the admin types the account's user name.
 */
import {
  Button,
  CardHeader,
  Field,
  Input,
  Persona,
  Subtitle1,
  Body1,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useAdminAccounts, useSwitchAccount } from '../../api/session';
import { ErrorMessage } from '../../components/error-message';
import type { AdminAccount } from '../../lib/graph/graph-types';
import { useSessionStore } from '../../lib/session/session-store';
import { useT } from '../../lib/i18n/use-t';
import { CardPage, useCardPageStyles } from './card-page';

const useStyles = makeStyles({
  account: {
    width: '100%',
    justifyContent: 'flex-start',
    padding: tokens.spacingVerticalS,
    textAlign: 'start',
  },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function SignInPage() {
  const styles = { ...useCardPageStyles(), ...useStyles() };
  const t = useT();
  const roleText = (roles: readonly string[]) =>
    roles.length > 0 ? roles.join(', ') : t('shell.signIn.administrator');
  const admins = useAdminAccounts();
  const recent = useSessionStore((state) => state.recentAccounts);
  const signIn = useSwitchAccount();
  const [upn, setUpn] = useState('');
  const accounts: readonly AdminAccount[] = admins.data ?? recent;

  const onSubmit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    if (upn.trim() !== '') signIn.mutate({ userPrincipalName: upn });
  };

  return (
    <CardPage>
      <CardHeader
        header={<Subtitle1 as="h1">{t('shell.signIn.title')}</Subtitle1>}
        description={<Body1>{t('shell.signIn.intro')}</Body1>}
      />
      {admins.isPending ? <Spinner size="small" label={t('shell.signIn.loadingAccounts')} /> : null}
      {accounts.length > 0 ? (
        <ul className={styles.list} aria-label={t('shell.signIn.accounts')}>
          {accounts.map((account) => (
            <li key={account.userPrincipalName}>
              <Button
                appearance="subtle"
                className={styles.account}
                disabled={signIn.isPending}
                aria-label={t('shell.signIn.as', {
                  name: account.displayName ?? account.userPrincipalName,
                  userPrincipalName: account.userPrincipalName,
                  roles: roleText(account.roles),
                })}
                onClick={() => {
                  signIn.mutate(account);
                }}
              >
                <Persona
                  name={account.displayName ?? account.userPrincipalName}
                  secondaryText={t('shell.rolesAndUpn', {
                    roles: roleText(account.roles),
                    userPrincipalName: account.userPrincipalName,
                  })}
                  avatar={{ color: 'colorful' }}
                />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {admins.isSuccess && admins.data === null ? (
        <form className={styles.form} onSubmit={onSubmit}>
          <Field label={t('shell.signIn.account')} hint={t('shell.signIn.accountHint')}>
            <Input
              type="email"
              autoComplete="username"
              value={upn}
              onChange={(_event, data) => {
                setUpn(data.value);
              }}
            />
          </Field>
          <Button
            type="submit"
            appearance="primary"
            disabled={signIn.isPending || upn.trim() === ''}
          >
            {t('shell.signIn.submit')}
          </Button>
        </form>
      ) : null}
      {admins.isError ? (
        <ErrorMessage
          title={t('shell.signIn.unreachable')}
          error={admins.error}
          onRetry={() => void admins.refetch()}
        />
      ) : null}
      {signIn.isError ? (
        <ErrorMessage title={t('shell.signIn.failed')} error={signIn.error} />
      ) : null}
    </CardPage>
  );
}
