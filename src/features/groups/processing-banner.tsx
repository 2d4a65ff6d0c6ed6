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

export function ProcessingBanner({ group }: { readonly group: Group }) {
  if (!isProcessing(group.processingState)) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{processingInWords(group.processingState)}</MessageBarTitle>
        License changes are being applied to the members of this group. This page updates when
        processing completes.
        <ProgressBar aria-label="License processing" thickness="medium" />
      </MessageBarBody>
    </MessageBar>
  );
}
