/**
 * Save for a rule change: preview it first; in live mode, on a copy older than a few minutes and a
 * change reaching more than a few users, refresh the copy before going on (`useFreshCopyGuard`);
 * when anyone would lose a licence, ask (the dialog states how many), then PATCH the rule, toast,
 * and drop the draft.
 */
import { useState, type ReactNode } from 'react';
import { previewMembershipRule, usePreviewsAvailable } from '../../api/previews';
import type { GroupId } from '../../api/types';
import { useUpdateMembershipRule } from '../../api/writes';
import { useNotify } from '../../components/toasts';
import { useFreshCopyGuard } from '../../hooks/tenant-copy/stale-copy';
import { ruleChangeReach } from '../../hooks/tenant-copy/users-reached';
import { useT } from '../../lib/i18n/use-t';
import { useRuleDraftStore } from './rule-draft-store';

export interface SaveRuleFlow {
  /** Users who would lose licences, while the confirmation is open; null when closed. */
  readonly confirmLosing: number | null;
  readonly busy: boolean;
  /** The question asked while an old copy is refreshed before the save (live mode). */
  readonly freshDialog: ReactNode;
  save: (rule: string) => Promise<void>;
  confirm: () => void;
  cancel: () => void;
}

/** `onHeld`: the save waits for a refresh of the copy; the rule's preview should show on it. */
export function useSaveRuleFlow(
  groupId: GroupId,
  groupName: string,
  onHeld: (rule: string) => void,
): SaveRuleFlow {
  const notify = useNotify();
  const t = useT();
  const update = useUpdateMembershipRule();
  const previewsAvailable = usePreviewsAvailable();
  const discard = useRuleDraftStore((s) => s.discard);
  const [pending, setPending] = useState<{ rule: string; losing: number } | null>(null);
  const [checking, setChecking] = useState(false);
  const fresh = useFreshCopyGuard();

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
      const held = !fresh.guard(ruleChangeReach(preview), () => {
        if (losing > 0) setPending({ rule, losing });
        else commit(rule);
      });
      if (held) onHeld(rule);
    } catch (error) {
      notify.error(t('rules.save.failed'), error);
    } finally {
      setChecking(false);
    }
  };

  return {
    confirmLosing: pending?.losing ?? null,
    busy: checking || update.isPending,
    freshDialog: fresh.dialog,
    save,
    confirm: () => {
      if (pending) commit(pending.rule);
    },
    cancel: () => {
      setPending(null);
    },
  };
}
