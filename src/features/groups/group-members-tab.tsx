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
import { useGroupMembers } from '../../api/group-members';
import type { DirectoryObject, Group } from '../../api/types';
import { useRemoveGroupMember } from '../../api/writes';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { QueryState } from '../../components/query-state';
import { useNotify } from '../../components/toasts';
import { VirtualTable, type VirtualTableColumn } from '../../components/virtual-table';
import { RequirePermission } from '../../lib/session/require-permission';
import { AddMembersDialog } from './add-members-dialog';
import { NestedGroupsWarning } from './nested-groups-warning';

const KIND_WORDS: Readonly<Record<DirectoryObject['kind'], string>> = {
  user: 'User',
  group: 'Group',
};
const NONE = '—';

const removeQuestion = (member: DirectoryObject | null, group: Group) =>
  `Remove ${member?.displayName ?? 'this member'} from ${group.displayName}? They lose the licenses this group gives them.`;

export function GroupMembersTab({ group }: { readonly group: Group }) {
  const notify = useNotify();
  const members = useGroupMembers(group.id);
  const remove = useRemoveGroupMember();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DirectoryObject | null>(null);
  const columns = useMemo<VirtualTableColumn<DirectoryObject>[]>(
    () => [
      { id: 'name', header: 'Name', width: 'minmax(200px, 2fr)', cell: (m) => m.displayName },
      { id: 'type', header: 'Type', width: '100px', cell: (m) => KIND_WORDS[m.kind] },
      {
        id: 'upn',
        header: 'User name',
        width: 'minmax(200px, 2fr)',
        cell: (m) => m.userPrincipalName ?? NONE,
      },
      ...(group.isDynamic
        ? []
        : [
            {
              id: 'actions',
              header: 'Actions',
              width: '120px',
              cell: (m: DirectoryObject) => (
                <RequirePermission action="group.members">
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={`Remove ${m.displayName}`}
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
    [group.isDynamic],
  );

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { groupId: group.id, memberId: removing.id },
      {
        onSuccess: () => {
          notify.success(
            'Member removed',
            `${removing.displayName} was removed from ${group.displayName}.`,
          );
          setRemoving(null);
        },
        onError: (error) => {
          notify.error('Could not remove the member', error);
          setRemoving(null);
        },
      },
    );
  };

  return (
    <>
      {group.isDynamic ? (
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
      <QueryState
        query={members}
        data={members.data}
        loading="Loading members"
        error="Could not load members"
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title="No members" description="This group has no members yet." />}
      >
        {(list) => (
          <VirtualTable
            label="Members"
            columns={columns}
            rows={list}
            getRowId={(m) => m.id}
            maxHeight="min(60vh, 600px)"
          />
        )}
      </QueryState>
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
        {removeQuestion(removing, group)}
      </ConfirmDialog>
    </>
  );
}
