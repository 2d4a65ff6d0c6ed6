/**
 * A banner while the group's licences are queued or being applied to its members: "Processing
 * 12,000 of 60,000 users" with a bar that fills, where the emulator gives the counts (a real
 * tenant gives only the state: the words of the state and a bar that moves).
 */
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
  const progress = group.processingProgress;
  const value =
    progress && progress.total > 0 ? Math.min(1, progress.processed / progress.total) : undefined;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {processingInWords(t, group.processingState, group.processingProgress)}
        </MessageBarTitle>
        {t('groups.processingBody')}
        <ProgressBar
          aria-label={t('groups.processingLabel')}
          thickness="medium"
          {...(value === undefined ? {} : { value })}
        />
      </MessageBarBody>
    </MessageBar>
  );
}
