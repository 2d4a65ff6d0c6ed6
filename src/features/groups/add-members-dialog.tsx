/** Add members: search users by name, tick them, Add. */
import { useMemo, useState } from 'react';
import type { DirectoryObject, Group } from '../../api/types';
import { useAddGroupMembers } from '../../api/writes';
import { ErrorMessage } from '../../components/error-message';
import { FormDialog } from '../../components/form-dialog';
import { SearchPicker, type Candidate } from '../../components/search-picker';
import { useNotify } from '../../components/toasts';
import { useDirectoryPicker } from '../../hooks/use-directory-picker';
import { formatCount } from '../../lib/format';
import { PICKER_WORDS } from '../../lib/licensing/directory-candidates';

export interface AddMembersDialogProps {
  readonly group: Group;
  readonly existing: readonly DirectoryObject[];
  readonly onClose: () => void;
}

const addedInWords = (names: readonly string[], group: string) =>
  `${formatCount(names.length)} added to ${group}: ${names.join(', ')}.`;
const addLabel = (n: number) => (n > 0 ? `Add (${formatCount(n)})` : 'Add');

export function AddMembersDialog({ group, existing, onClose }: AddMembersDialogProps) {
  const notify = useNotify();
  const members = useMemo(
    () => ({ ids: new Set(existing.map((m) => m.id)), reason: 'already a member' }),
    [existing],
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
            'Members added',
            addedInWords(
              picked.map((p) => p.name),
              group.displayName,
            ),
          );
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      title="Add members"
      submitLabel={add.isPending ? 'Adding…' : addLabel(picked.length)}
      canSubmit={picked.length > 0}
      busy={add.isPending}
      onSubmit={submit}
      onClose={onClose}
    >
      {add.isError ? <ErrorMessage title="Could not add members" error={add.error} /> : null}
      <SearchPicker
        words={PICKER_WORDS.user}
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
