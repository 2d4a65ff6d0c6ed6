/**
 * Toasts for the outcome of an action. The app renders one `<AppToaster />` (`./toaster`, loaded
 * after the first paint: Fluent's toasts are not part of the first load); anything calls
 * `useNotify()`:
 *
 *   const notify = useNotify();
 *   notify.success('Licence assigned', 'Sales now has Office 365 E3.');
 *   notify.error('Could not assign', error); // a GraphError shows its message and code
 *
 * A toast asked for before the toaster has loaded is kept and shown once it has, never dropped.
 */
import type { ToastIntent } from '@fluentui/react-components';
import { useMemo } from 'react';
import { isGraphError } from '../lib/graph/graph-error';
import { useT, type Translate } from '../lib/i18n/use-t';

export interface Notify {
  success(title: string, body?: string): void;
  info(title: string, body?: string): void;
  warning(title: string, body?: string): void;
  error(title: string, error?: unknown): void;
}

/** Shows one toast (registered by the mounted toaster). */
export type ShowToast = (intent: ToastIntent, title: string, body: string | undefined) => void;

let shown: ShowToast | null = null;
const waiting: Parameters<ShowToast>[] = [];

/**
 * The toaster registers how it shows a toast when it mounts, and null when it unmounts (the app
 * has ended: toasts still waiting for it are dropped with it, not shown by the next one).
 */
export function registerToaster(show: ShowToast | null): void {
  shown = show;
  const toasts = waiting.splice(0);
  if (show) for (const toast of toasts) show(...toast);
}

function post(...toast: Parameters<ShowToast>): void {
  if (shown) shown(...toast);
  else waiting.push(toast);
}

function errorText(error: unknown, t: Translate): string | undefined {
  if (error === undefined) return undefined;
  if (isGraphError(error))
    return t('common.errorWithCode', { message: error.message, code: error.code });
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : undefined;
}

export function useNotify(): Notify {
  const t = useT();
  return useMemo(
    () => ({
      success: (title, body) => {
        post('success', title, body);
      },
      info: (title, body) => {
        post('info', title, body);
      },
      warning: (title, body) => {
        post('warning', title, body);
      },
      error: (title, error) => {
        post('error', title, errorText(error, t));
      },
    }),
    [t],
  );
}
