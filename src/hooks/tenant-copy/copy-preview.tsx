/**
 * Where a preview or Validate rules is shown: in emulator mode the preview as it is; in live mode
 * the tenant copy it is computed on beside it: loading with progress, when the copy was taken
 * ("Tenant copy taken 3 minutes ago", per locale), Refresh, and why a load failed. The preview
 * shows once a copy is there (a refresh keeps answering from the old one).
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useEffect, type ReactNode } from 'react';
import {
  ensureTenantCopy,
  previewsFromCopy,
  refreshTenantCopy,
  useTenantCopy,
} from '../../api/tenant-copy';
import { useT, type Translate } from '../../lib/i18n/use-t';
import type { CopyState } from '../../lib/tenant-copy/copy-state';
import { useCopyAge } from './use-copy-age';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  status: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

function progressWords(t: Translate, state: CopyState): string {
  const p = state.progress;
  if (!p) return t('live.copy.starting');
  if (p.total === null) return t(`live.copy.phase.${p.phase}`, { done: p.done });
  return t(`live.copy.progress.${p.phase}`, { done: p.done, total: p.total });
}

/** The copy's line: age, progress of a refresh, Refresh. */
export function CopyStatus() {
  const t = useT();
  const styles = useStyles();
  const state = useTenantCopy();
  const age = useCopyAge(state.takenAt);
  const loading = state.status === 'loading';
  return (
    <div className={styles.frame}>
      <div className={styles.status} role="status" aria-live="polite">
        {loading ? <Spinner size="extra-tiny" /> : null}
        <Text size={200}>
          {age === null
            ? progressWords(t, state)
            : loading
              ? t('live.copy.refreshing', { age, progress: progressWords(t, state) })
              : t('live.copy.taken', { age })}
        </Text>
        {age !== null ? (
          <Button
            size="small"
            appearance="subtle"
            icon={<ArrowClockwiseRegular />}
            disabled={loading}
            onClick={refreshTenantCopy}
          >
            {t('live.copy.refresh')}
          </Button>
        ) : null}
      </div>
      {state.storage ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {state.storage.problem === 'unreadable'
              ? t('live.copy.storeUnreadable')
              : t('live.copy.storeUnsaved')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.status === 'failed' && state.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('live.copy.failed', { message: state.error.message })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={refreshTenantCopy}>
              {t('live.copy.retry')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}

/** A preview, on the tenant copy in live mode (see the module comment). */
export function CopyPreview({ children }: { readonly children: ReactNode }) {
  const live = previewsFromCopy();
  const state = useTenantCopy();
  // Idle at first, and again after the account changed (the copy held was another account's).
  const idle = state.status === 'idle';
  useEffect(() => {
    if (live && idle) ensureTenantCopy();
  }, [live, idle]);
  if (!live) return children;
  return (
    <>
      <CopyStatus />
      {state.takenAt !== null ? children : null}
    </>
  );
}
