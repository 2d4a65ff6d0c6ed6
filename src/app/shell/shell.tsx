/**
 * The portal's frame, like the Azure portal: a top bar, the left navigation, breadcrumbs and the
 * current blade. Nobody signed in: the sign-in page instead.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { Suspense, lazy } from 'react';
import { Loading } from '../../components/loading';
import { withWords } from '../../lib/i18n/catalog';
import { useT } from '../../lib/i18n/use-t';
import { portalMode } from '../../lib/mode/portal-mode';
import { readsOnly } from '../../lib/session/roles';
import { useAccount } from '../../lib/session/session-store';
import { Breadcrumbs } from './breadcrumbs';
import { GraphWaitStatus } from './graph-wait-status';
import { LIVE_WORDS } from '../routes/words';
import { ModeLabel } from './mode-label';
import { ResetTenantButton } from './reset-tenant-button';
import { SideNav } from './side-nav';
import { TopBar } from './top-bar';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    top: 0,
    zIndex: 10,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalS },
  },
});

// Not needed for the first paint, so not in the first load: the sign-in page (a reload of a
// signed-in admin never shows it) and the account menu (it appears as soon as its chunk is in).
// Live mode's pages and menu carry MSAL, so they load only on a tenant.
const live = portalMode.kind === 'live';
const SignInPage = lazy(() =>
  live
    ? import('./live-sign-in-page').then((m) => ({ default: m.LiveSignInPage }))
    : import('./sign-in-page').then((m) => ({ default: m.SignInPage })),
);
const AccountMenu = lazy(() =>
  live
    ? import('./live-account-menu').then((m) => ({ default: m.LiveAccountMenu }))
    : import('./account-menu').then((m) => ({ default: m.AccountMenu })),
);
const ConnectPage = lazy(() =>
  withWords(LIVE_WORDS, import('./connect-page')).then((m) => ({ default: m.ConnectPage })),
);
const ReadOnlyNotice = lazy(() =>
  import('./read-only-notice').then((m) => ({ default: m.ReadOnlyNotice })),
);

export function Shell() {
  const styles = useStyles();
  const account = useAccount();
  const t = useT();
  const connecting = useRouterState({ select: (state) => state.location.pathname === '/connect' });
  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip}>
        {t('shell.skipToMain')}
      </a>
      <TopBar>
        <ModeLabel />
        {account ? (
          <>
            <GraphWaitStatus />
            {live ? null : <ResetTenantButton />}
            <Suspense fallback={null}>
              <AccountMenu account={account} />
            </Suspense>
          </>
        ) : null}
      </TopBar>
      {connecting ? (
        <Suspense fallback={<Loading label={t('common.loading')} rows={3} />}>
          <ConnectPage />
        </Suspense>
      ) : account ? (
        <div className={styles.body}>
          <SideNav />
          <main id="main" className={styles.main} tabIndex={-1}>
            <Breadcrumbs />
            {readsOnly(account.roles) ? (
              <Suspense fallback={null}>
                <ReadOnlyNotice
                  key={account.userPrincipalName}
                  userPrincipalName={account.userPrincipalName}
                  roles={account.roles}
                />
              </Suspense>
            ) : null}
            <Outlet />
          </main>
        </div>
      ) : (
        <Suspense fallback={<Loading label={t('shell.loadingSignIn')} rows={3} />}>
          <SignInPage />
        </Suspense>
      )}
    </div>
  );
}
