/** Placeholder rows while data loads; announced once to screen readers as "Loading…". */
import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../lib/i18n/use-t';

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '32px 2fr 1fr 1fr',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    padding: `${tokens.spacingVerticalS} 0`,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface LoadingProps {
  /** What is loading, for assistive technology: "Loading products". */
  readonly label?: string;
  readonly rows?: number;
}

export function Loading({ label, rows = 6 }: LoadingProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className={styles.hidden}>
        {t('common.loadingLabel', { label: label ?? t('common.loading') })}
      </span>
      <Skeleton aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className={styles.row}>
            <SkeletonItem shape="circle" size={24} />
            <SkeletonItem size={16} />
            <SkeletonItem size={16} />
            <SkeletonItem size={16} />
          </div>
        ))}
      </Skeleton>
    </div>
  );
}
