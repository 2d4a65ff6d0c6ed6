/** The documented limit: licences reach only direct user members, never members of nested groups. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { DirectoryObject } from '../../api/types';

export function NestedGroupsWarning({
  members,
}: {
  readonly members: readonly DirectoryObject[] | undefined;
}) {
  const nested = (members ?? []).filter((m) => m.kind === 'group');
  if (nested.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This group contains groups</MessageBarTitle>
        {`Nested groups' members don't get this group's licenses. Only users who are direct members are licensed (${nested.map((g) => g.displayName).join(', ')}).`}
      </MessageBarBody>
    </MessageBar>
  );
}
