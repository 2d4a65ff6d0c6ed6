/**
 * Reprocess: retries the group's licence assignment for every member (the fix after freeing seats).
 * On a tenant Graph has no group reprocess, so each member is reprocessed (`src/api/reprocess.ts`):
 * the toolbar shows how far it got and offers to cancel.
 */
import {
  Button,
  ProgressBar,
  Text,
  ToolbarButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular, DismissRegular } from '@fluentui/react-icons';
import { useGroupReprocess } from '../../api/reprocess';
import type { Group } from '../../api/types';
import { useNotify } from '../../components/toasts';
import { useT } from '../../lib/i18n/use-t';
import { RequirePermission } from '../../lib/session/require-permission';

const useStyles = makeStyles({
  progress: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: '280px',
  },
  bar: { width: '120px' },
});

export function ReprocessButton({ group }: { readonly group: Group }) {
  const styles = useStyles();
  const t = useT();
  const notify = useNotify();
  const { mutation, progress, cancel, cancelling } = useGroupReprocess();
  const start = () => {
    mutation.mutate(group.id, {
      onSuccess: (result) => {
        if (result === null) {
          notify.success(
            t('groups.reprocess.started'),
            t('groups.reprocess.startedBody', { group: group.displayName }),
          );
          return;
        }
        const values = { done: result.done, total: result.total, failed: result.failed };
        if (result.failed > 0) notify.error(t('live.reprocess.failed', values));
        else if (result.done < result.total) notify.success(t('live.reprocess.cancelled', values));
        else notify.success(t('live.reprocess.done', values));
      },
      onError: (error) => {
        notify.error(t('groups.reprocess.failed'), error);
      },
    });
  };
  return (
    <>
      <RequirePermission action="group.reprocess">
        <ToolbarButton
          icon={<ArrowSyncRegular />}
          disabled={group.licenses.length === 0 || mutation.isPending}
          onClick={start}
        >
          {t('groups.reprocess')}
        </ToolbarButton>
      </RequirePermission>
      {progress ? (
        <span className={styles.progress} role="status">
          <ProgressBar
            className={styles.bar}
            value={progress.total === 0 ? 1 : progress.done / progress.total}
            aria-hidden
          />
          <Text size={200}>
            {t('live.reprocess.progress', { done: progress.done, total: progress.total })}
          </Text>
          <Button size="small" icon={<DismissRegular />} disabled={cancelling} onClick={cancel}>
            {t('live.reprocess.cancel')}
          </Button>
        </span>
      ) : null}
    </>
  );
}
