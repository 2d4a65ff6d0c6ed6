/**
 * Undo of membership records: `Update group` of a membership rule (the rule editor's own preview of
 * the old rule) and `Add`/`Remove member from group` (the opposite change; for a user, the products
 * they gain or lose through the group and the seats, from their assignment paths now).
 */
import { Text } from '@fluentui/react-components';
import { useGroupMembers } from '../../api/group-members';
import { useGroup } from '../../api/groups';
import { usePreviewMembershipRule } from '../../api/previews';
import { CopyPreview } from '../../hooks/tenant-copy/copy-preview';
import { useFreshCopyGuard } from '../../hooks/tenant-copy/stale-copy';
import { ruleChangeReach } from '../../hooks/tenant-copy/users-reached';
import type { Group, User } from '../../api/types';
import { useUser } from '../../api/users';
import {
  useAddGroupMembers,
  useRemoveGroupMember,
  useUpdateMembershipRule,
} from '../../api/writes';
import { Loading } from '../../components/loading';
import { RuleImpactPreview } from '../../hooks/rule-impact-preview';
import { toGroupId, toUserId } from '../../lib/ids';
import { useT } from '../../lib/i18n/use-t';
import { productName } from '../../lib/licensing/names';
import type { UndoKindProps } from './undo-licenses';
import { nowOf, UndoFrame, type UndoNow } from './undo-frame';
import { SeatsTaken, useUndoOutcome } from './undo-words';

export function RuleUndo({ entry, plan, onClose }: UndoKindProps<'rule'>) {
  const t = useT();
  const group = useGroup(plan.group.id);
  const update = useUpdateMembershipRule();
  const current = group.data?.membershipRule ?? null;
  const ruleText = (rule: string | null) => rule ?? t('audit.undo.noRule');
  const now: UndoNow | { status: 'deleted' } =
    nowOf([group]) ??
    (current === plan.old
      ? { status: 'nothing' }
      : {
          status: 'ready',
          changedSince:
            current === plan.recorded
              ? null
              : [
                  {
                    item: t('audit.undo.item.rule'),
                    old: plan.old,
                    recorded: plan.recorded,
                    current: ruleText(current),
                  },
                ],
        });
  const preview = usePreviewMembershipRule(plan.group.id, now.status === 'ready' ? plan.old : null);
  const name = group.data?.displayName ?? plan.group.name;
  const outcome = useUndoOutcome(entry, name, onClose);
  const fresh = useFreshCopyGuard('undo');
  return (
    <>
      <UndoFrame
        entry={entry}
        name={name}
        now={now}
        restores={t('audit.undo.restores.rule', { group: name })}
        preview={
          <CopyPreview>
            {preview.data ? (
              <RuleImpactPreview preview={preview.data} />
            ) : (
              <Loading label={t('rules.impact.title')} rows={2} />
            )}
          </CopyPreview>
        }
        busy={update.isPending}
        failure={update.error}
        onConfirm={() => {
          fresh.guard(preview.data ? ruleChangeReach(preview.data) : 0, () => {
            update.mutate(
              { groupId: plan.group.id, change: { membershipRule: plan.old } },
              outcome,
            );
          });
        }}
        onClose={onClose}
      />
      {fresh.dialog}
    </>
  );
}

/** What the member gains (undoing a removal) or loses (undoing an addition) through the group. */
function MemberImpact({
  plan,
  group,
  user,
}: Pick<UndoKindProps<'member'>, 'plan'> & { group: Group; user: User | undefined }) {
  const t = useT();
  const skus = group.licenses.map((l) => l.skuId);
  const names = (ids: readonly string[]) => ids.map((id) => productName(id)).join(', ');
  const words = { member: plan.member.name, group: group.displayName };
  if (!user)
    return (
      <Text>
        {t('audit.undo.member.groupLicenses', {
          ...words,
          count: skus.length,
          products: names(skus),
        })}
      </Text>
    );
  if (plan.recorded === 'removed') {
    const gains = skus.filter((sku) => !user.assignments.some((a) => a.skuId === sku));
    if (gains.length === 0) return <Text>{t('audit.undo.member.keeps', words)}</Text>;
    return (
      <>
        <Text>
          {t('audit.undo.member.gains', { ...words, products: names(gains), count: gains.length })}
        </Text>
        <SeatsTaken skuIds={gains} />
      </>
    );
  }
  const loses = skus.filter((sku) =>
    user.assignments
      .filter((a) => a.skuId === sku)
      .every((a) => a.source.kind === 'group' && a.source.groupId === group.id),
  );
  if (loses.length === 0) return <Text>{t('audit.undo.member.keeps', words)}</Text>;
  return (
    <Text>
      {t('audit.undo.member.loses', { ...words, products: names(loses), count: loses.length })}
    </Text>
  );
}

function MemberUndo({
  entry,
  plan,
  onClose,
  memberRead,
  user,
}: UndoKindProps<'member'> & {
  memberRead: { isPending: boolean; error: unknown };
  user: User | undefined;
}) {
  const t = useT();
  const group = useGroup(plan.group.id);
  const members = useGroupMembers(plan.group.id);
  const add = useAddGroupMembers();
  const remove = useRemoveGroupMember();
  const isMember = members.data?.some((m) => m.id.toLowerCase() === plan.member.id) ?? false;
  const state = (member: boolean) => t(member ? 'audit.undo.member' : 'audit.undo.notMember');
  const wasMember = plan.recorded === 'removed';
  const now: UndoNow | { status: 'deleted' } =
    nowOf([group, memberRead, members]) ??
    (isMember === wasMember
      ? { status: 'nothing' }
      : {
          status: 'ready',
          changedSince:
            isMember === !wasMember
              ? null
              : [
                  {
                    item: t('audit.undo.item.membership', { group: plan.group.name }),
                    old: state(wasMember),
                    recorded: state(!wasMember),
                    current: state(isMember),
                  },
                ],
        });
  const name = plan.member.name;
  const outcome = useUndoOutcome(entry, name, onClose);
  const groupName = group.data?.displayName ?? plan.group.name;
  const mutation = wasMember ? add : remove;
  return (
    <UndoFrame
      entry={entry}
      name={now.status === 'deleted' && !group.error ? name : groupName}
      now={now}
      restores={t(
        wasMember ? 'audit.undo.restores.memberRemoved' : 'audit.undo.restores.memberAdded',
        {
          member: name,
          group: groupName,
        },
      )}
      preview={group.data ? <MemberImpact plan={plan} group={group.data} user={user} /> : null}
      busy={mutation.isPending}
      failure={mutation.error}
      onConfirm={() => {
        if (wasMember) add.mutate({ groupId: plan.group.id, memberIds: [plan.member.id] }, outcome);
        else remove.mutate({ groupId: plan.group.id, memberId: plan.member.id }, outcome);
      }}
      onClose={onClose}
    />
  );
}

/** A user member: their assignment paths tell what they gain or lose. */
export function UserMemberUndo(props: UndoKindProps<'member'>) {
  const user = useUser(toUserId(props.plan.member.id));
  return <MemberUndo {...props} memberRead={user} user={user.data} />;
}

/** A nested group: its members get or lose what the group assigns. */
export function GroupMemberUndo(props: UndoKindProps<'member'>) {
  const member = useGroup(toGroupId(props.plan.member.id));
  return <MemberUndo {...props} memberRead={member} user={undefined} />;
}
