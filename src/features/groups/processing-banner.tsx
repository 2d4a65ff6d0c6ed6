/** A banner while the group's licences are queued or being applied to its members. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import type { Group } from '../../api/types';
import { isProcessing } from '../../lib/licensing/processing';
import { processingInWords } from '../../lib/licensing/words';
import { useT } from '../../lib/i18n/use-t';

export function ProcessingBanner({ group }: { readonly group: Group }) {
  const t = useT();
  if (!isProcessing(group.processingState)) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{processingInWords(t, group.processingState)}</MessageBarTitle>
        {t('groups.processingBody')}
        <ProgressBar aria-label={t('groups.processingLabel')} thickness="medium" />
      </MessageBarBody>
    </MessageBar>
  );
}
