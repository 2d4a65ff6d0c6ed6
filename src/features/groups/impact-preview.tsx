/** Before Save: what the unsaved change would do to the members (emulator preview), as sentences. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { SubscribedSku } from '../../lib/graph/graph-types';
import { impactSentences } from './impact-sentences';
import type { LicensePreview } from './use-preview-assign-license';

export interface ImpactPreviewProps {
  readonly preview: LicensePreview | null | undefined;
  readonly loading: boolean;
  readonly skus: readonly SubscribedSku[] | undefined;
}

export function ImpactPreview({ preview, loading, skus }: ImpactPreviewProps) {
  if (loading) return <Spinner size="tiny" label="Calculating the impact of your changes" />;
  if (!preview) return null;
  const sentences = impactSentences(preview, skus);
  return (
    <MessageBar
      intent={preview.newErrorCount > 0 ? 'warning' : 'info'}
      layout="multiline"
      aria-label="Impact of your changes"
    >
      <MessageBarBody>
        <MessageBarTitle>Impact of your changes</MessageBarTitle>
        {sentences.length === 0 ? (
          'No member gains or loses anything.'
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
