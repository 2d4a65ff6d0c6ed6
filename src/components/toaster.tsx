/** The app's toaster (loaded on demand by `AppProviders`): shows what `useNotify()` posts. */
import {
  Toast,
  ToastBody,
  ToastTitle,
  Toaster,
  useId,
  useToastController,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import { registerToaster } from './toasts';

export function AppToaster() {
  const toasterId = useId('app-toaster');
  const { dispatchToast } = useToastController(toasterId);
  useEffect(() => {
    registerToaster((intent, title, body) => {
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {body ? <ToastBody>{body}</ToastBody> : null}
        </Toast>,
        { intent, timeout: intent === 'error' ? 8000 : 4000 },
      );
    });
    return () => {
      registerToaster(null);
    };
  }, [dispatchToast]);
  // Below the 48 px top bar, so a toast never covers the account menu or Reset.
  return (
    <Toaster
      toasterId={toasterId}
      position="top-end"
      offset={{ vertical: 56, horizontal: 16 }}
      pauseOnHover
      pauseOnWindowBlur
    />
  );
}
