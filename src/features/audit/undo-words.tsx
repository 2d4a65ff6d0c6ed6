/** Undo's small shared pieces: a licence list in words, the reversal's licence changes, seats it takes. */
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { findProduct, useProducts } from '../../api/products';
import type { AuditEntry } from '../../api/types';
import { useNotify } from '../../components/toasts';
import { toSkuId } from '../../lib/ids';
import { useT, type Translate } from '../../lib/i18n/use-t';
import { licenseChanges } from './license-change';
import { licenseChangeSentence } from './license-change-summary';
import type { LicenseValue } from './license-value';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** "Office 365 E3 (off: Microsoft Teams); Visio Plan 2", or "No licenses". */
export function licensesInWords(t: Translate, list: readonly LicenseValue[]): string {
  if (list.length === 0) return t('audit.props.noLicenses');
  return list
    .map((l) =>
      l.disabledPlans.length === 0
        ? l.productName
        : t('audit.undo.plansOff', {
            product: l.productName,
            plans: l.disabledPlans.map((p) => p.name).join(', '),
          }),
    )
    .join('; ');
}

/** What the reversal does to a licence list, as the audit entry's sentences say it. */
export function ReversalChanges({
  from,
  to,
}: {
  readonly from: readonly LicenseValue[];
  readonly to: readonly LicenseValue[];
}) {
  const styles = useStyles();
  const intl = useIntl();
  const t = useT();
  const sentences = licenseChanges(from, to).map((c) => licenseChangeSentence(intl, c));
  if (sentences.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t('audit.undo.changes')}>
      {sentences.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

/** The seat each product takes for one user, and a warning where none is left. */
export function SeatsTaken({ skuIds }: { readonly skuIds: readonly string[] }) {
  const styles = useStyles();
  const t = useT();
  const products = useProducts();
  if (skuIds.length === 0 || !products.data) return null;
  return (
    <div className={styles.section}>
      {skuIds.map((id) => {
        const product = findProduct(products.data, toSkuId(id));
        if (!product) return null;
        return product.seats.available < 1 ? (
          <MessageBar key={id} intent="warning" layout="multiline">
            <MessageBarBody>{t('audit.undo.noSeats', { product: product.name })}</MessageBarBody>
          </MessageBar>
        ) : (
          <Text key={id}>
            {t('audit.undo.seatsUsed', {
              product: product.name,
              count: 1,
              available: product.seats.available,
            })}
          </Text>
        );
      })}
    </div>
  );
}

/** The toast and closing after a reversal, and the toast when it fails. */
export function useUndoOutcome(entry: AuditEntry, name: string, onClose: () => void) {
  const notify = useNotify();
  const t = useT();
  return {
    onSuccess: () => {
      notify.success(
        t('audit.undo.done'),
        t('audit.undo.doneBody', { activity: entry.activityDisplayName, target: name }),
      );
      onClose();
    },
  };
}
