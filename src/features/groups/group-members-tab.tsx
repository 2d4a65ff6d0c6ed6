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
import type { MessageId } from '../../lib/i18n/messages';
import { SPACE, useT, type Translate } from '../../lib/i18n/use-t';

const KIND_WORDS: Readonly<Record<DirectoryObject['kind'], MessageId>> = {
  user: 'groups.kind.user',
  group: 'groups.kind.group',
};

const removeQuestion = (t: Translate, member: DirectoryObject | null, group: Group) =>
  member
    ? t('groups.members.removeQuestion', { name: member.displayName, group: group.displayName })
    : t('groups.members.removeQuestionUnknown', { group: group.displayName });

export function GroupMembersTab({ group }: { readonly group: Group }) {
  const notify = useNotify();
  const t = useT();
  const members = useGroupMembers(group.id);
  const remove = useRemoveGroupMember();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DirectoryObject | null>(null);
  const columns = useMemo<VirtualTableColumn<DirectoryObject>[]>(
    () => [
      {
        id: 'name',
        header: t('groups.col.name'),
        width: 'minmax(200px, 2fr)',
        cell: (m) => m.displayName,
      },
      {
        id: 'type',
        header: t('groups.col.type'),
        width: '100px',
        cell: (m) => t(KIND_WORDS[m.kind]),
      },
      {
        id: 'upn',
        header: t('groups.members.colUpn'),
        width: 'minmax(200px, 2fr)',
        cell: (m) => m.userPrincipalName ?? t('common.none'),
      },
      ...(group.isDynamic
        ? []
        : [
            {
              id: 'actions',
              header: t('groups.members.colActions'),
              width: '120px',
              cell: (m: DirectoryObject) => (
                <RequirePermission action="group.members">
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t('groups.members.removeNamed', { name: m.displayName })}
                    onClick={() => {
                      setRemoving(m);
                    }}
                  >
                    {t('groups.members.remove')}
                  </Button>
                </RequirePermission>
              ),
            },
          ]),
    ],
    [group.isDynamic, t],
  );

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(
      { groupId: group.id, memberId: removing.id },
      {
        onSuccess: () => {
          notify.success(
            t('groups.members.removed'),
            t('groups.members.removedBody', {
              name: removing.displayName,
              group: group.displayName,
            }),
          );
          setRemoving(null);
        },
        onError: (error) => {
          notify.error(t('groups.members.removeFailed'), error);
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
            <MessageBarTitle>{t('groups.members.dynamicTitle')}</MessageBarTitle>
            {t('groups.members.dynamicBody')}
            {SPACE}
            <code>{group.membershipRule}</code>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Toolbar aria-label={t('groups.members.commands')}>
          <RequirePermission action="group.members">
            <ToolbarButton
              icon={<PersonAddRegular />}
              onClick={() => {
                setAdding(true);
              }}
            >
              {t('groups.members.add')}
            </ToolbarButton>
          </RequirePermission>
        </Toolbar>
      )}
      <NestedGroupsWarning members={members.data} />
      <QueryState
        query={members}
        data={members.data}
        loading={t('groups.members.loading')}
        error={t('groups.members.loadFailed')}
        isEmpty={(list) => list.length === 0}
        empty={
          <EmptyState title={t('groups.members.none')} description={t('groups.members.noneBody')} />
        }
      >
        {(list) => (
          <VirtualTable
            label={t('groups.members.table')}
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
        title={t('groups.members.removeTitle')}
        confirmLabel={t('groups.members.remove')}
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => {
          setRemoving(null);
        }}
      >
        {removeQuestion(t, removing, group)}
      </ConfirmDialog>
    </>
  );
}
