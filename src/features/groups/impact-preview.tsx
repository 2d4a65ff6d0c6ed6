/** Before Save: what the unsaved change would do to the members (emulator preview), as sentences. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { LicensePreview } from '../../api/previews';
import { impactSentences } from './impact-sentences';

export interface ImpactPreviewProps {
  readonly preview: LicensePreview | null | undefined;
  readonly loading: boolean;
}

const TITLE = 'Impact of your changes';

export function ImpactPreview({ preview, loading }: ImpactPreviewProps) {
  if (loading) return <Spinner size="tiny" label="Calculating the impact of your changes" />;
  if (!preview) return null;
  const sentences = impactSentences(preview);
  return (
    <MessageBar
      intent={preview.newErrorCount > 0 ? 'warning' : 'info'}
      layout="multiline"
      aria-label={TITLE}
    >
      <MessageBarBody>
        <MessageBarTitle>{TITLE}</MessageBarTitle>
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
