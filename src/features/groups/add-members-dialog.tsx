/** Add members: search users by name, tick them, Add. */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  SearchBox,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { useNotify } from '../../components/toasts';
import type { DirectoryMember, Group } from '../../lib/graph/graph-types';
import { useAddGroupMembers } from './use-group-member-changes';
import { useUserSearch } from './use-user-search';

const useStyles = makeStyles({
  results: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxHeight: '320px',
    overflowY: 'auto',
    marginTop: tokens.spacingVerticalM,
  },
});

export interface AddMembersDialogProps {
  readonly group: Group;
  readonly existing: readonly DirectoryMember[];
  readonly onClose: () => void;
}

export function AddMembersDialog({ group, existing, onClose }: AddMembersDialogProps) {
  const styles = useStyles();
  const notify = useNotify();
  const [term, setTerm] = useState('');
  const [selected, setSelected] = useState<ReadonlyMap<string, string>>(new Map());
  const search = useUserSearch(term);
  const add = useAddGroupMembers(group.id ?? '');
  const memberIds = new Set(existing.map((m) => m.id));

  const toggle = (id: string, name: string, checked: boolean) => {
    setSelected((prev) => {
      const next = new Map(prev);
      if (checked) next.set(id, name);
      else next.delete(id);
      return next;
    });
  };

  const submit = () => {
    add.mutate([...selected.keys()], {
      onSuccess: () => {
        notify.success(
          'Members added',
          `${String(selected.size)} added to ${group.displayName ?? 'the group'}: ${[...selected.values()].join(', ')}.`,
        );
        onClose();
      },
    });
  };

  return (
    <Dialog
      open
      onOpenChange={(_event, data) => {
        if (!data.open && !add.isPending) onClose();
      }}
    >
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Add members</DialogTitle>
          <DialogContent>
            <SearchBox
              aria-label="Search users"
              placeholder="Search users by name"
              value={term}
              onChange={(_event, data) => {
                setTerm(data.value);
              }}
            />
            {add.isError ? <ErrorMessage title="Could not add members" error={add.error} /> : null}
            {search.isError ? (
              <ErrorMessage title="Could not search users" error={search.error} />
            ) : null}
            <div className={styles.results} role="group" aria-label="Users">
              {search.isFetching && !search.data ? <Spinner size="tiny" label="Searching" /> : null}
              {(search.data ?? []).map((u) => (
                <Checkbox
                  key={u.id}
                  label={`${u.displayName ?? ''} (${u.userPrincipalName ?? ''})${memberIds.has(u.id) ? ' — already a member' : ''}`}
                  disabled={memberIds.has(u.id)}
                  checked={selected.has(u.id ?? '')}
                  onChange={(_event, data) => {
                    toggle(u.id ?? '', u.displayName ?? '', data.checked === true);
                  }}
                />
              ))}
            </div>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabled={selected.size === 0 || add.isPending}
              onClick={submit}
            >
              {add.isPending
                ? 'Adding…'
                : `Add${selected.size > 0 ? ` (${String(selected.size)})` : ''}`}
            </Button>
            <Button disabled={add.isPending} onClick={onClose}>
              Cancel
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
