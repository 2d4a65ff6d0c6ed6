/**
 * Save for a rule change: preview it first; when anyone would lose a licence, ask (the dialog
 * states how many), then PATCH the rule, toast, and drop the draft.
 */
import { useState } from 'react';
import { previewMembershipRule, usePreviewsAvailable } from '../../api/previews';
import type { GroupId } from '../../api/types';
import { useUpdateMembershipRule } from '../../api/writes';
import { useNotify } from '../../components/toasts';
import { useT } from '../../lib/i18n/use-t';
import { useRuleDraftStore } from './rule-draft-store';

export interface SaveRuleFlow {
  /** Users who would lose licences, while the confirmation is open; null when closed. */
  readonly confirmLosing: number | null;
  readonly busy: boolean;
  save: (rule: string) => Promise<void>;
  confirm: () => void;
  cancel: () => void;
}

export function useSaveRuleFlow(groupId: GroupId, groupName: string): SaveRuleFlow {
  const notify = useNotify();
  const t = useT();
  const update = useUpdateMembershipRule();
  const previewsAvailable = usePreviewsAvailable();
  const discard = useRuleDraftStore((s) => s.discard);
  const [pending, setPending] = useState<{ rule: string; losing: number } | null>(null);
  const [checking, setChecking] = useState(false);

  const commit = (rule: string) => {
    update.mutate(
      { groupId, change: { membershipRule: rule } },
      {
        onSuccess: () => {
          setPending(null);
          discard(groupId);
          notify.success(t('rules.save.saved'), t('rules.save.savedBody', { group: groupName }));
        },
        onError: (error) => {
          setPending(null);
          notify.error(t('rules.save.failed'), error);
        },
      },
    );
  };

  const save = async (rule: string) => {
    // Without a preview (a tenant copy still loading) there is no count of who loses licences: the
    // rule is saved as asked.
    if (!previewsAvailable) {
      commit(rule);
      return;
    }
    setChecking(true);
    try {
      const preview = await previewMembershipRule(groupId, rule);
      const losing = preview.usersLosingLicenses;
      if (losing > 0) setPending({ rule, losing });
      else commit(rule);
    } catch (error) {
      notify.error(t('rules.save.failed'), error);
    } finally {
      setChecking(false);
    }
  };

  return {
    confirmLosing: pending?.losing ?? null,
    busy: checking || update.isPending,
    save,
    confirm: () => {
      if (pending) commit(pending.rule);
    },
    cancel: () => {
      setPending(null);
    },
  };
}
