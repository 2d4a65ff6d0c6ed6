/**
 * Undo on an audit entry's details: the button (gated by the permission the reversal needs) that
 * opens the reversal's dialog, or, for a record the portal cannot reverse, why not.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { AuditEntry } from '../../api/types';
import { useT } from '../../lib/i18n/use-t';
import type { Action } from '../../lib/session/roles';
import { RequirePermission } from '../../lib/session/require-permission';
import { GroupLicenseUndo, UserLicenseUndo } from './undo-licenses';
import { GroupMemberUndo, RuleUndo, UserMemberUndo } from './undo-membership';
import { undoPlanOf, type UndoPlan } from './undo-plan';

const PERMISSION: Readonly<Record<UndoPlan['kind'], Action>> = {
  groupLicense: 'group.assignLicense',
  rule: 'group.rule',
  member: 'group.members',
  userLicense: 'user.assignLicense',
};

function UndoDialog({
  entry,
  plan,
  onClose,
}: {
  entry: AuditEntry;
  plan: UndoPlan;
  onClose: () => void;
}) {
  switch (plan.kind) {
    case 'groupLicense':
      return <GroupLicenseUndo entry={entry} plan={plan} onClose={onClose} />;
    case 'userLicense':
      return <UserLicenseUndo entry={entry} plan={plan} onClose={onClose} />;
    case 'rule':
      return <RuleUndo entry={entry} plan={plan} onClose={onClose} />;
    case 'member':
      return plan.member.type === 'User' ? (
        <UserMemberUndo entry={entry} plan={plan} onClose={onClose} />
      ) : (
        <GroupMemberUndo entry={entry} plan={plan} onClose={onClose} />
      );
  }
}

export function UndoAction({ entry }: { readonly entry: AuditEntry }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const verdict = undoPlanOf(entry);
  if (!verdict.ok)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('audit.undo.refused')}</MessageBarTitle>
          {t(`audit.undo.refused.${verdict.reason}`)}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <>
      <RequirePermission action={PERMISSION[verdict.plan.kind]}>
        <Button
          icon={<ArrowUndoRegular />}
          onClick={() => {
            setOpen(true);
          }}
        >
          {t('audit.undo.action')}
        </Button>
      </RequirePermission>
      {open ? (
        <UndoDialog
          entry={entry}
          plan={verdict.plan}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
