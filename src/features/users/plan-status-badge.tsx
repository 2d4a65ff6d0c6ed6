/** A user's plan status as a badge: On, Off, Suspended (data kept), Deleted. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { planStatusInWords, type PlanStatus } from '../../lib/licensing/words';
import { useT } from '../../lib/i18n/use-t';

const LOOK: Readonly<
  Record<PlanStatus, { appearance: BadgeProps['appearance']; color: BadgeProps['color'] }>
> = {
  on: { appearance: 'filled', color: 'success' },
  off: { appearance: 'outline', color: 'informative' },
  suspended: { appearance: 'tint', color: 'warning' },
  deleted: { appearance: 'tint', color: 'danger' },
};

export function PlanStatusBadge({ status }: { readonly status: PlanStatus }) {
  const t = useT();
  return <Badge {...LOOK[status]}>{planStatusInWords(t, status)}</Badge>;
}
