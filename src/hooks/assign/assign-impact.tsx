/**
 * What an Assign would do, before the admin confirms it: the product's seats left (and a warning
 * when the picked users need more), and for groups the emulator's impact preview (off on a tenant,
 * saying so). A user's preview is the seat it takes: computed here, so it shows on a tenant too.
 */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePreviewAssignLicense } from '../../api/previews';
import { CopyPreview } from '../tenant-copy/copy-preview';
import type { LicenseChange, Product } from '../../api/types';
import { toGroupId } from '../../lib/ids';
import { useT } from '../../lib/i18n/use-t';
import type { AssignTarget } from './assign-target';
import { ImpactPreview } from './impact-preview';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface AssignImpactProps {
  readonly product: Product;
  readonly targets: readonly AssignTarget[];
  readonly change: LicenseChange;
}

export function AssignImpact({ product, targets, change }: AssignImpactProps) {
  const styles = useStyles();
  const t = useT();
  const users = targets.filter((target) => target.kind === 'user');
  const groups = targets.filter((target) => target.kind === 'group');
  const newSeats = users.filter((u) => !u.holds.includes(product.skuId)).length;
  const names = { product: product.name };
  return (
    <div className={styles.section}>
      <Text>
        {t('licensing.assign.seats', {
          ...names,
          available: product.seats.available,
          total: product.seats.total,
        })}
      </Text>
      {newSeats > product.seats.available ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t('licensing.assign.seatsShort', {
              ...names,
              count: newSeats,
              available: product.seats.available,
            })}
          </MessageBarBody>
        </MessageBar>
      ) : newSeats > 0 ? (
        <Text>{t('licensing.assign.seatsUsed', { ...names, count: newSeats })}</Text>
      ) : null}
      {groups.length > 0 ? (
        <CopyPreview>
          {groups.map((group) => (
            <GroupImpact
              key={group.id}
              group={group}
              change={change}
              title={
                groups.length > 1
                  ? t('licensing.assign.impactOn', { group: group.name })
                  : undefined
              }
            />
          ))}
        </CopyPreview>
      ) : null}
    </div>
  );
}

/**
 * One group's preview, read by its own query so the last preview stays while the next is read
 * (`useQueries` starts a new observer for each new key, which has no previous data to keep).
 */
function GroupImpact({
  group,
  change,
  title,
}: {
  readonly group: AssignTarget;
  readonly change: LicenseChange;
  readonly title: string | undefined;
}) {
  const preview = usePreviewAssignLicense(toGroupId(group.id), change);
  return <ImpactPreview title={title} preview={preview.data} fetching={preview.isFetching} />;
}
