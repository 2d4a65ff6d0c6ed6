/** Add members: search users by name, tick them, Add. */
import { useMemo, useState } from 'react';
import type { DirectoryObject, Group } from '../../api/types';
import { useAddGroupMembers } from '../../api/writes';
import { ErrorMessage } from '../../components/error-message';
import { FormDialog } from '../../components/form-dialog';
import { SearchPicker, type Candidate } from '../../components/search-picker';
import { useNotify } from '../../components/toasts';
import { useDirectoryPicker } from '../../hooks/use-directory-picker';
import { pickerWords } from '../../lib/licensing/directory-candidates';
import { useT } from '../../lib/i18n/use-t';

export interface AddMembersDialogProps {
  readonly group: Group;
  readonly existing: readonly DirectoryObject[];
  readonly onClose: () => void;
}

export function AddMembersDialog({ group, existing, onClose }: AddMembersDialogProps) {
  const notify = useNotify();
  const t = useT();
  const members = useMemo(
    () => ({ ids: new Set(existing.map((m) => m.id)), reason: t('groups.add.alreadyMember') }),
    [existing, t],
  );
  const picker = useDirectoryPicker('user', members);
  const [picked, setPicked] = useState<readonly Candidate[]>([]);
  const add = useAddGroupMembers();

  const submit = () => {
    add.mutate(
      { groupId: group.id, memberIds: picked.map((p) => p.id) },
      {
        onSuccess: () => {
          notify.success(
            t('groups.add.done'),
            t('groups.add.added', {
              count: picked.length,
              group: group.displayName,
              names: picked.map((p) => p.name).join(', '),
            }),
          );
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      title={t('groups.members.add')}
      submitLabel={
        add.isPending ? t('groups.add.adding') : t('groups.add.submit', { count: picked.length })
      }
      canSubmit={picked.length > 0}
      busy={add.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      {add.isError ? <ErrorMessage title={t('groups.add.failed')} error={add.error} /> : null}
      <SearchPicker
        words={pickerWords(t, 'user')}
        {...picker}
        picked={picked}
        onToggle={(candidate, on) => {
          setPicked((prev) =>
            on ? [...prev, candidate] : prev.filter((p) => p.id !== candidate.id),
          );
        }}
      />
    </FormDialog>
  );
}
