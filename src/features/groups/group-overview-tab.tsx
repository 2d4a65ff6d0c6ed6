/** Overview: type, membership type, rule and its processing state, licence processing state. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemberCount } from '../../api/member-counts';
import type { Group } from '../../api/types';
import { productName } from '../../lib/licensing/names';
import {
  groupTypeInWords,
  membershipTypeInWords,
  processingInWords,
} from '../../lib/licensing/words';
import { ProcessingBanner } from './processing-banner';
import { useT, type Translate } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  rule: { fontFamily: tokens.fontFamilyMonospace },
});

/** The group's properties as [term, value, shown as code]. */
function properties(
  t: Translate,
  group: Group,
  members: { readonly data?: number; readonly isError: boolean },
): [string, string, boolean?][] {
  const none = t('common.none');
  const licenses = group.licenses.map((l) => productName(l.skuId));
  return [
    [t('groups.prop.type'), groupTypeInWords(t, group)],
    [t('groups.prop.membership'), membershipTypeInWords(t, group)],
    [t('groups.prop.security'), t(group.securityEnabled ? 'groups.yes' : 'groups.no')],
    [
      t('groups.prop.members'),
      members.data !== undefined
        ? t('groups.prop.membersCount', { count: members.data })
        : t(members.isError ? 'groups.prop.membersUnknown' : 'common.loading'),
    ],
    ...(group.isDynamic
      ? ([
          [t('groups.prop.rule'), group.membershipRule ?? none, true],
          [
            t('groups.prop.ruleState'),
            t(group.membershipRuleProcessingState === 'Paused' ? 'groups.paused' : 'groups.on'),
          ],
        ] as [string, string, boolean?][])
      : []),
    [t('groups.prop.licenses'), licenses.join(', ') || t('groups.none')],
    [
      t('groups.prop.processing'),
      processingInWords(
        t,
        licenses.length > 0 ? group.processingState : null,
        group.processingProgress,
      ),
    ],
    [t('groups.prop.description'), group.description ?? none],
    [t('groups.prop.objectId'), group.id],
  ];
}

export function GroupOverviewTab({ group }: { readonly group: Group }) {
  const styles = useStyles();
  const t = useT();
  const members = useMemberCount(group.id);
  return (
    <>
      <ProcessingBanner group={group} />
      <dl className={styles.list} aria-label={t('groups.prop.list')}>
        {properties(t, group, members).map(([term, value, code]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={mergeClasses(styles.value, code ? styles.rule : undefined)}>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
