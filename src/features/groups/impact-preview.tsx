/** Before Save: what the unsaved change would do to the members (emulator preview), as sentences. */
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { LicensePreview } from '../../api/previews';
import { impactSentences } from './impact-sentences';
import { useT } from '../../lib/i18n/use-t';

export interface ImpactPreviewProps {
  readonly preview: LicensePreview | null | undefined;
  readonly loading: boolean;
}

export function ImpactPreview({ preview, loading }: ImpactPreviewProps) {
  const t = useT();
  if (loading) return <Spinner size="tiny" label={t('groups.impact.calculating')} />;
  if (!preview) return null;
  const sentences = impactSentences(t, preview);
  return (
    <MessageBar
      intent={preview.newErrorCount > 0 ? 'warning' : 'info'}
      layout="multiline"
      aria-label={t('groups.impact.title')}
    >
      <MessageBarBody>
        <MessageBarTitle>{t('groups.impact.title')}</MessageBarTitle>
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
