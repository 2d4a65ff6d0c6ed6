/**
 * The portal's frame, like the Azure portal: a top bar, the left navigation, breadcrumbs and the
 * current blade. Nobody signed in: the sign-in page instead.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { Outlet } from '@tanstack/react-router';
import { useT } from '../../lib/i18n/use-t';
import { useAccount } from '../../lib/session/session-store';
import { AccountMenu } from './account-menu';
import { Breadcrumbs } from './breadcrumbs';
import { GraphWaitStatus } from './graph-wait-status';
import { ResetTenantButton } from './reset-tenant-button';
import { SideNav } from './side-nav';
import { SignInPage } from './sign-in-page';
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

export function Shell() {
  const styles = useStyles();
  const account = useAccount();
  const t = useT();
  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip}>
        {t('shell.skipToMain')}
      </a>
      <TopBar>
        {account ? (
          <>
            <GraphWaitStatus />
            <ResetTenantButton />
            <AccountMenu account={account} />
          </>
        ) : null}
      </TopBar>
      {account ? (
        <div className={styles.body}>
          <SideNav />
          <main id="main" className={styles.main} tabIndex={-1}>
            <Breadcrumbs />
            <Outlet />
          </main>
        </div>
      ) : (
        <SignInPage />
      )}
    </div>
  );
}
