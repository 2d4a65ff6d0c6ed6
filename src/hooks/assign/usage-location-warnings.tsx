/**
 * Up front, before Assign: each user Graph would refuse a licence for because they have no usage
 * location, with the link to set it on their Profile.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { RouterLink } from '../../components/router-link';
import { toUserId } from '../../lib/ids';
import { SPACE, useT } from '../../lib/i18n/use-t';
import { withoutUsageLocation, type AssignTarget } from './assign-target';

export interface UsageLocationWarningsProps {
  readonly targets: readonly AssignTarget[];
  /** Called when the admin follows a link out of the dialog. */
  readonly onLeave: () => void;
}

export function UsageLocationWarnings({ targets, onLeave }: UsageLocationWarningsProps) {
  const t = useT();
  return withoutUsageLocation(targets).map((user) => (
    <MessageBar key={user.id} intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('licensing.assign.noLocationTitle')}</MessageBarTitle>
        {t('licensing.assign.noLocation', { user: user.name })}
        {SPACE}
        <RouterLink
          to="/users/$userId"
          params={{ userId: toUserId(user.id) }}
          search={{ tab: 'profile' }}
          onClick={onLeave}
        >
          {t('licensing.assign.setLocation', { user: user.name })}
        </RouterLink>
      </MessageBarBody>
    </MessageBar>
  ));
}
