/**
 * The documented limit: licences reach only direct user members, never members of nested groups.
 * `members`: the group's members, or its nested groups alone; the groups among them are named.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { DirectoryObject } from '../../api/types';
import { useT } from '../../lib/i18n/use-t';

export function NestedGroupsWarning({
  members,
}: {
  readonly members: readonly DirectoryObject[] | undefined;
}) {
  const t = useT();
  const nested = (members ?? []).filter((m) => m.kind === 'group');
  if (nested.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('groups.nested.title')}</MessageBarTitle>
        {t('groups.nested.body', {
          count: nested.length,
          groups: nested.map((g) => g.displayName).join(', '),
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
