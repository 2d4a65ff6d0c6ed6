/** Overview: type, membership type, rule and its processing state, licence processing state. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Group } from '../../lib/graph/graph-types';
import {
  groupTypeLabel,
  isDynamic,
  membershipTypeLabel,
  processingLabel,
  productName,
} from './group-names';
import { ProcessingBanner } from './processing-banner';
import { useSubscribedSkus } from './use-subscribed-skus';

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

export function GroupOverviewTab({ group }: { readonly group: Group }) {
  const styles = useStyles();
  const skus = useSubscribedSkus();
  const dynamic = isDynamic(group);
  const licenses = (group.assignedLicenses ?? []).map((l) => productName(l.skuId ?? '', skus.data));
  const rows: [string, string, boolean?][] = [
    ['Group type', groupTypeLabel(group)],
    ['Membership type', membershipTypeLabel(group)],
    ['Security enabled', group.securityEnabled ? 'Yes' : 'No'],
    ...(dynamic
      ? [
          ['Dynamic membership rule', group.membershipRule ?? '—', true] as [
            string,
            string,
            boolean,
          ],
          [
            'Rule processing state',
            group.membershipRuleProcessingState === 'Paused' ? 'Paused' : 'On',
          ] as [string, string],
        ]
      : []),
    ['Licenses', licenses.join(', ') || 'None'],
    [
      'License processing state',
      licenses.length > 0 ? processingLabel(group.licenseProcessingState?.state) : 'Not licensed',
    ],
    ['Description', group.description ?? '—'],
    ['Object ID', group.id ?? ''],
  ];
  return (
    <>
      <ProcessingBanner group={group} />
      <dl className={styles.list} aria-label="Group properties">
        {rows.map(([term, value, code]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={mergeClasses(styles.value, code ? styles.rule : undefined)}>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
