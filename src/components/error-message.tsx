/** A failed request, readable: the server's message, its error code and request id, and a retry. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isGraphError } from '../lib/graph/graph-error';
import { useT, type Translate } from '../lib/i18n/use-t';

export interface ErrorMessageProps {
  readonly error: unknown;
  /** What failed, in the admin's words: "Could not load products". */
  readonly title?: string;
  readonly onRetry?: () => void;
}

function describe(error: unknown, t: Translate): { message: string; detail: string | null } {
  if (isGraphError(error)) {
    const parts = [
      error.code,
      error.status > 0 ? t('common.errorHttp', { status: String(error.status) }) : null,
      error.requestId ? t('common.errorRequestId', { requestId: error.requestId }) : null,
    ];
    return { message: error.message, detail: parts.filter((p) => p !== null).join(' · ') };
  }
  if (error instanceof Error) return { message: error.message, detail: null };
  return { message: String(error), detail: null };
}

export function ErrorMessage({ error, title, onRetry }: ErrorMessageProps) {
  const t = useT();
  const { message, detail } = describe(error, t);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title ?? t('common.somethingWrong')}</MessageBarTitle>
        {message}
        {detail ? (
          <div>
            <small>{detail}</small>
          </div>
        ) : null}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
