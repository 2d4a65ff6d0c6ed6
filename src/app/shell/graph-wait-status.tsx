/**
 * "Waiting for Microsoft Graph": shown in the top bar while requests wait because Graph asked the
 * portal to slow down or a budget is spent for now, so a throttled blade reads as waiting, not
 * broken.
 */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useGraphWaitUntil } from '../../lib/graph/graph-waits-store';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForegroundOnBrand,
    whiteSpace: 'nowrap',
  },
});

/** "Waiting for Microsoft Graph (N s)", counting down to `until` every second. */
function WaitingText({ until }: { until: number }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  return (
    <>
      <Spinner size="extra-tiny" aria-hidden />
      {seconds > 0 ? t('shell.graphWaitSeconds', { seconds }) : t('shell.graphWait')}
    </>
  );
}

export function GraphWaitStatus() {
  const styles = useStyles();
  const until = useGraphWaitUntil();
  return (
    // A polite live region (not role=status: the blades own the page's status messages).
    <span aria-live="polite" aria-atomic="true" className={styles.status}>
      {until !== null ? <WaitingText until={until} /> : null}
    </span>
  );
}
