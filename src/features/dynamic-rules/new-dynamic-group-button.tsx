/**
 * "New dynamic group" on the groups list: a dialog that creates a dynamic security group from a
 * name and a membership rule (written in the rule editor), then opens its rule tab.
 */
import { Field, Input, ToolbarButton } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useCreateDynamicGroup } from '../../api/writes';
import { ErrorMessage } from '../../components/error-message';
import { FormDialog } from '../../components/form-dialog';
import { useNotify } from '../../components/toasts';
import { useT } from '../../lib/i18n/use-t';
import { RequirePermission } from '../../lib/session/require-permission';
import { RuleEditor } from './rule-editor';
import { useRuleDraft, useRuleDraftStore } from './rule-draft-store';
import { diagnosticsOf } from './use-rule-diagnostics';

const DRAFT_KEY = 'new-dynamic-group';

/** A mail nickname from a display name: letters, digits, dots, dashes and underscores only. */
export const nicknameFrom = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .slice(0, 64);

export function NewDynamicGroupButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <RequirePermission action="group.create">
        <ToolbarButton
          icon={<AddRegular />}
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('rules.create.button')}
        </ToolbarButton>
      </RequirePermission>
      {open ? (
        <NewDynamicGroupDialog
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

function NewDynamicGroupDialog({ onClose }: { onClose: () => void }) {
  const notify = useNotify();
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateDynamicGroup();
  const [displayName, setDisplayName] = useState('');
  const [nickname, setNickname] = useState<string | null>(null);
  const rule = useRuleDraft(DRAFT_KEY) ?? '';
  const setDraft = useRuleDraftStore((s) => s.setDraft);
  const discard = useRuleDraftStore((s) => s.discard);
  const mailNickname = nickname ?? nicknameFrom(displayName);
  const ruleValid = diagnosticsOf(rule).length === 0;
  const ready = displayName.trim() !== '' && mailNickname !== '' && ruleValid;

  const submit = () => {
    create.mutate(
      { displayName: displayName.trim(), mailNickname, membershipRule: rule },
      {
        onSuccess: (group) => {
          discard(DRAFT_KEY);
          notify.success(
            t('rules.create.created'),
            t('rules.create.createdBody', { group: group.displayName }),
          );
          onClose();
          void navigate({
            to: '/groups/$groupId',
            params: { groupId: group.id },
            search: { tab: 'rule' },
          });
        },
      },
    );
  };

  return (
    <FormDialog
      title={t('rules.create.title')}
      submitLabel={t('rules.create.submit')}
      canSubmit={ready}
      busy={create.isPending}
      onSubmit={submit}
      onClose={onClose}
      wide
      submitOnEnter
    >
      <Field label={t('rules.create.name')} required>
        <Input
          value={displayName}
          onChange={(_event, data) => {
            setDisplayName(data.value);
          }}
        />
      </Field>
      <Field label={t('rules.create.nickname')} required hint={t('rules.create.nicknameHint')}>
        <Input
          value={mailNickname}
          onChange={(_event, data) => {
            setNickname(data.value);
          }}
        />
      </Field>
      <RuleEditor
        label={t('rules.create.rule')}
        value={rule}
        onChange={(text) => {
          setDraft(DRAFT_KEY, text);
        }}
      />
      {create.error ? <ErrorMessage error={create.error} title={t('rules.create.failed')} /> : null}
    </FormDialog>
  );
}
