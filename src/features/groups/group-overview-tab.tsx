/** Overview: type, membership type, rule and its processing state, licence processing state. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Group } from '../../api/types';
import { productName } from '../../lib/licensing/names';
import {
  groupTypeInWords,
  membershipTypeInWords,
  processingInWords,
} from '../../lib/licensing/words';
import { ProcessingBanner } from './processing-banner';

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

const NONE = '—';

/** The group's properties as [term, value, shown as code]. */
function properties(group: Group): [string, string, boolean?][] {
  const licenses = group.licenses.map((l) => productName(l.skuId));
  return [
    ['Group type', groupTypeInWords(group)],
    ['Membership type', membershipTypeInWords(group)],
    ['Security enabled', group.securityEnabled ? 'Yes' : 'No'],
    ...(group.isDynamic
      ? ([
          ['Dynamic membership rule', group.membershipRule ?? NONE, true],
          [
            'Rule processing state',
            group.membershipRuleProcessingState === 'Paused' ? 'Paused' : 'On',
          ],
        ] as [string, string, boolean?][])
      : []),
    ['Licenses', licenses.join(', ') || 'None'],
    [
      'License processing state',
      processingInWords(licenses.length > 0 ? group.processingState : null),
    ],
    ['Description', group.description ?? NONE],
    ['Object ID', group.id],
  ];
}

export function GroupOverviewTab({ group }: { readonly group: Group }) {
  const styles = useStyles();
  return (
    <>
      <ProcessingBanner group={group} />
      <dl className={styles.list} aria-label="Group properties">
        {properties(group).map(([term, value, code]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={mergeClasses(styles.value, code ? styles.rule : undefined)}>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
