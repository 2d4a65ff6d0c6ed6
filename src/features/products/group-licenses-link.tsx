/** A group's name linking to its Licenses tab, where its licence errors and plans are handled. */
import type { Group } from '../../api/types';
import { RouterLink } from '../../components/router-link';

export function GroupLicensesLink({
  group,
}: {
  readonly group: Pick<Group, 'id' | 'displayName'>;
}) {
  return (
    <RouterLink to="/groups/$groupId" params={{ groupId: group.id }} search={{ tab: 'licenses' }}>
      {group.displayName}
    </RouterLink>
  );
}
