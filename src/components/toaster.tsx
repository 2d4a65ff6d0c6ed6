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
  return <Toaster toasterId={toasterId} position="top-end" pauseOnHover pauseOnWindowBlur />;
}
