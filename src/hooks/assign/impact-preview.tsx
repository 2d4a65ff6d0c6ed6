/** Before Save or Assign: what a group licence change would do to the members (emulator preview), as sentences. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { LicensePreview } from '../../api/previews';
import { impactSentences } from './impact-sentences';
import { useT } from '../../lib/i18n/use-t';

export interface ImpactPreviewProps {
  readonly preview: LicensePreview | null | undefined;
  readonly loading: boolean;
  /** The heading, when there is more than one preview ("Impact on Sales"). */
  readonly title?: string | undefined;
}

export function ImpactPreview({ preview, loading, title }: ImpactPreviewProps) {
  const t = useT();
  const heading = title ?? t('groups.impact.title');
  if (loading) return <Spinner size="tiny" label={t('groups.impact.calculating')} />;
  if (!preview) return null;
  const sentences = impactSentences(t, preview);
  return (
    <MessageBar
      intent={preview.newErrorCount > 0 ? 'warning' : 'info'}
      layout="multiline"
      aria-label={heading}
    >
      <MessageBarBody>
        <MessageBarTitle>{heading}</MessageBarTitle>
        {sentences.length === 0 ? (
          t('groups.impact.nothing')
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
