/** In live mode, where a preview or Validate rules would be: one sentence saying why they are not there. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../lib/i18n/use-t';

export function PreviewsUnavailable() {
  const t = useT();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{t('live.previewsOff')}</MessageBarBody>
    </MessageBar>
  );
}
