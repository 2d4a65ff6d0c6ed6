/**
 * Toasts for the outcome of an action. The app renders one `<Toaster toasterId={APP_TOASTER_ID} />`;
 * anything below it calls `useNotify()`:
 *
 *   const notify = useNotify();
 *   notify.success('Licence assigned', 'Sales now has Office 365 E3.');
 *   notify.error('Could not assign', error); // a GraphError shows its message and code
 */
import {
  Toast,
  ToastBody,
  ToastTitle,
  useToastController,
  type ToastIntent,
} from '@fluentui/react-components';
import { createElement, useMemo } from 'react';
import { isGraphError } from '../lib/graph/graph-error';
import { useT, type Translate } from '../lib/i18n/use-t';

export const APP_TOASTER_ID = 'app-toaster';

export interface Notify {
  success(title: string, body?: string): void;
  info(title: string, body?: string): void;
  warning(title: string, body?: string): void;
  error(title: string, error?: unknown): void;
}

function errorText(error: unknown, t: Translate): string | undefined {
  if (error === undefined) return undefined;
  if (isGraphError(error))
    return t('common.errorWithCode', { message: error.message, code: error.code });
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : undefined;
}

export function useNotify(): Notify {
  const { dispatchToast } = useToastController(APP_TOASTER_ID);
  const t = useT();
  return useMemo(() => {
    const show = (intent: ToastIntent, title: string, body?: string) => {
      dispatchToast(
        createElement(
          Toast,
          null,
          createElement(ToastTitle, null, title),
          body ? createElement(ToastBody, null, body) : null,
        ),
        { intent, timeout: intent === 'error' ? 8000 : 4000 },
      );
    };
    return {
      success: (title, body) => {
        show('success', title, body);
      },
      info: (title, body) => {
        show('info', title, body);
      },
      warning: (title, body) => {
        show('warning', title, body);
      },
      error: (title, error) => {
        show('error', title, errorText(error, t));
      },
    };
  }, [dispatchToast, t]);
}
