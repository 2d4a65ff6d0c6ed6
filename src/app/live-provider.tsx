/** Live mode only: MSAL's React context around the portal (loaded with MSAL, never in the sandbox). */
import type { PublicClientApplication } from '@azure/msal-browser';
import { MsalProvider } from '@azure/msal-react';
import type { ReactNode } from 'react';

export function liveWrapper(instance: PublicClientApplication) {
  return function LiveProvider({ children }: { children: ReactNode }) {
    return <MsalProvider instance={instance}>{children}</MsalProvider>;
  };
}
