/**
 * A licence change in words (issue #16 item 5): "Office 365 E3: Microsoft Teams turned on" where the
 * raw values only say "32 disabled plans -> 31 disabled plans". The raw values stay below, in the
 * Modified Properties table.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useIntl, type IntlShape } from 'react-intl';
import type { AuditEntry, ModifiedProperty } from '../../api/types';
import type { MessageId } from '../../lib/i18n/messages';
import type { MessageValues } from '../../lib/i18n/use-t';
import { licenseChangesOf, type LicenseChange, type PlanRef } from './license-change';

/** Plans named in one sentence at most; the rest are counted. */
const NAMED_PLANS = 5;

function planList(intl: IntlShape, plans: readonly PlanRef[]): string {
  const named = plans.slice(0, NAMED_PLANS).map((p) => p.name);
  const rest = plans.length - named.length;
  if (rest > 0)
    named.push(intl.formatMessage({ id: 'licensing.change.morePlans' }, { count: rest }));
  return intl.formatList(named, { type: 'conjunction' });
}

/** One change as a sentence in the admin's language. */
export function licenseChangeSentence(intl: IntlShape, change: LicenseChange): string {
  const product = change.productName;
  const say = (id: MessageId, values: MessageValues) => intl.formatMessage({ id }, values);
  switch (change.kind) {
    case 'added':
      if (change.turnedOff.length === 0) return say('licensing.change.assigned', { product });
      // Most plans off: name the few left on instead.
      if (change.turnedOn.length > 0 && change.turnedOn.length < change.turnedOff.length)
        return say('licensing.change.assignedOnly', {
          product,
          plans: planList(intl, change.turnedOn),
        });
      return say('licensing.change.assignedWithOff', {
        product,
        plans: planList(intl, change.turnedOff),
      });
    case 'removed':
      return say('licensing.change.removed', { product });
    case 'plans':
      if (change.turnedOff.length === 0)
        return say('licensing.change.turnedOn', {
          product,
          plans: planList(intl, change.turnedOn),
        });
      if (change.turnedOn.length === 0)
        return say('licensing.change.turnedOff', {
          product,
          plans: planList(intl, change.turnedOff),
        });
      return say('licensing.change.turnedOnAndOff', {
        product,
        on: planList(intl, change.turnedOn),
        off: planList(intl, change.turnedOff),
      });
  }
}

/** The sentences of an entry's licence changes; null when its properties hold no licence list. */
export function licenseChangeSentences(
  intl: IntlShape,
  properties: readonly ModifiedProperty[],
): string[] | null {
  const changes = licenseChangesOf(properties);
  if (changes === null) return null;
  return changes.length === 0
    ? [intl.formatMessage({ id: 'licensing.change.none' })]
    : changes.map((change) => licenseChangeSentence(intl, change));
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The licence changes of one audit target, as a list of sentences (nothing for other changes). */
export function LicenseChangeSummary({
  properties,
}: {
  readonly properties: readonly ModifiedProperty[];
}) {
  const styles = useStyles();
  const intl = useIntl();
  const sentences = licenseChangeSentences(intl, properties);
  if (sentences === null) return null;
  return (
    <ul className={styles.list} aria-label={intl.formatMessage({ id: 'licensing.change.label' })}>
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

/** The licence changes of a record's first target in one line (a processing run's per-user rows). */
export function LicenseChangeLine({ audit }: { readonly audit: AuditEntry }) {
  const intl = useIntl();
  const sentences = licenseChangeSentences(intl, audit.targets[0]?.modifiedProperties ?? []);
  const line = sentences?.join('; ') ?? '';
  return <span title={line}>{line}</span>;
}
