/**
 * Before Save or Assign: what a group licence change would do to the members (emulator preview), as
 * sentences. While the preview of the next change is read, the last one stays, marked as updating
 * (`aria-busy`, "Updating…" by the title, its sentences greyed), so switching a plan never swaps
 * the preview for a spinner and back; the spinner shows only before the first preview.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { LicensePreview } from '../../api/previews';
import { impactSentences } from './impact-sentences';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  title: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: '1.2em' },
  stale: { color: tokens.colorNeutralForeground3 },
});

export interface ImpactPreviewProps {
  readonly preview: LicensePreview | null | undefined;
  /** A newer preview is being read. */
  readonly fetching: boolean;
  /** The heading, when there is more than one preview ("Impact on Sales"). */
  readonly title?: string | undefined;
}

export function ImpactPreview({ preview, fetching, title }: ImpactPreviewProps) {
  const styles = useStyles();
  const t = useT();
  const heading = title ?? t('groups.impact.title');
  if (!preview)
    return fetching ? <Spinner size="tiny" label={t('groups.impact.calculating')} /> : null;
  const sentences = impactSentences(t, preview);
  return (
    <MessageBar
      intent={preview.newErrorCount > 0 ? 'warning' : 'info'}
      layout="multiline"
      aria-label={heading}
      aria-busy={fetching}
    >
      <MessageBarBody>
        <div className={styles.title}>
          <MessageBarTitle>{heading}</MessageBarTitle>
          {fetching ? <Spinner size="extra-tiny" label={t('groups.impact.updating')} /> : null}
        </div>
        <div className={fetching ? styles.stale : undefined}>
          {sentences.length === 0 ? (
            t('groups.impact.nothing')
          ) : (
            <ul className={styles.list}>
              {sentences.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
