/** The documented limit: licences reach only direct user members, never members of nested groups. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { DirectoryMember } from '../../lib/graph/graph-types';

export function NestedGroupsWarning({
  members,
}: {
  readonly members: readonly DirectoryMember[] | undefined;
}) {
  const nested = (members ?? []).filter((m) => m['@odata.type'] === '#microsoft.graph.group');
  if (nested.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>This group contains groups</MessageBarTitle>
        Nested groups&apos; members don&apos;t get this group&apos;s licenses. Only users who are
        direct members are licensed ({nested.map((g) => g.displayName ?? g.id).join(', ')}).
      </MessageBarBody>
    </MessageBar>
  );
}
