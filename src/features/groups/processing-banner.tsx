/** A banner while the group's licences are queued or being applied to its members. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from '@fluentui/react-components';
import type { Group } from '../../lib/graph/graph-types';
import { isProcessing, processingLabel } from './group-names';

export function ProcessingBanner({ group }: { readonly group: Group }) {
  const state = group.licenseProcessingState?.state;
  if (!isProcessing(state)) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{processingLabel(state)}</MessageBarTitle>
        License changes are being applied to the members of this group. This page updates when
        processing completes.
        <ProgressBar aria-label="License processing" thickness="medium" />
      </MessageBarBody>
    </MessageBar>
  );
}
