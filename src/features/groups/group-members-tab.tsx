/** Members: direct members (users and groups); Add members / Remove for assigned groups, the rule for dynamic ones. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Toolbar,
  ToolbarButton,
} from '@fluentui/react-components';
import { DeleteRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/toasts';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import type { DirectoryMember, Group } from '../../lib/graph/graph-types';
import { RequirePermission } from '../../lib/session/require-permission';
import { AddMembersDialog } from './add-members-dialog';
import { isDynamic } from './group-names';
import { NestedGroupsWarning } from './nested-groups-warning';
import { useRemoveGroupMember } from './use-group-member-changes';
import { useGroupMembers } from './use-group-members';

const memberType = (m: DirectoryMember) =>
  m['@odata.type'] === '#microsoft.graph.group' ? 'Group' : 'User';

export function GroupMembersTab({ group }: { readonly group: Group }) {
  const groupId = group.id ?? '';
  const dynamic = isDynamic(group);
  const notify = useNotify();
  const members = useGroupMembers(groupId);
  const remove = useRemoveGroupMember(groupId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DirectoryMember | null>(null);

  const columns = useMemo<VirtualTableColumn<DirectoryMember>[]>(
    () => [
      {
        id: 'name',
        header: 'Name',
        width: 'minmax(200px, 2fr)',
        cell: (m) => m.displayName ?? m.id ?? '',
      },
      { id: 'type', header: 'Type', width: '100px', cell: memberType },
      {
        id: 'upn',
        header: 'User name',
        width: 'minmax(200px, 2fr)',
        cell: (m) => ('userPrincipalName' in m ? m.userPrincipalName : null) ?? '—',
      },
      ...(dynamic
        ? []
        : [
            {
              id: 'actions',
              header: 'Actions',
              width: '120px',
              cell: (m: DirectoryMember) => (
                <RequirePermission action="group.members">
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={`Remove ${m.displayName ?? ''}`}
                    onClick={() => {
                      setRemoving(m);
                    }}
                  >
                    Remove
                  </Button>
                </RequirePermission>
              ),
            },
          ]),
    ],
    [dynamic],
  );

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id ?? '', {
      onSuccess: () => {
        notify.success(
          'Member removed',
          `${removing.displayName ?? 'The member'} was removed from ${group.displayName ?? 'the group'}.`,
        );
        setRemoving(null);
      },
      onError: (error) => {
        notify.error('Could not remove the member', error);
        setRemoving(null);
      },
    });
  };

  return (
    <>
      {dynamic ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Dynamic membership</MessageBarTitle>
            Members are added and removed by the membership rule:{' '}
            <code>{group.membershipRule}</code>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Toolbar aria-label="Member commands">
          <RequirePermission action="group.members">
            <ToolbarButton
              icon={<PersonAddRegular />}
              onClick={() => {
                setAdding(true);
              }}
            >
              Add members
            </ToolbarButton>
          </RequirePermission>
        </Toolbar>
      )}
      <NestedGroupsWarning members={members.data} />
      {members.isPending ? <Loading label="Loading members" /> : null}
      {members.isError ? (
        <ErrorMessage
          title="Could not load members"
          error={members.error}
          onRetry={() => void members.refetch()}
        />
      ) : null}
      {members.isSuccess && members.data.length === 0 ? (
        <EmptyState title="No members" description="This group has no members yet." />
      ) : null}
      {members.isSuccess && members.data.length > 0 ? (
        <VirtualTable
          label="Members"
          columns={columns}
          rows={members.data}
          getRowId={(m) => m.id ?? ''}
          maxHeight="min(60vh, 600px)"
        />
      ) : null}
      {adding ? (
        <AddMembersDialog
          group={group}
          existing={members.data ?? []}
          onClose={() => {
            setAdding(false);
          }}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title="Remove member"
        confirmLabel="Remove"
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => {
          setRemoving(null);
        }}
      >
        Remove {removing?.displayName ?? 'this member'} from {group.displayName}? They lose the
        licenses this group gives them.
      </ConfirmDialog>
    </>
  );
}
