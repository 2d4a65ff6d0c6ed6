/**
 * `/redirect.html`: MSAL v5's redirect bridge, the redirect URI registered for the portal. Entra
 * sends the sign-in answer here; the bridge hands it to the page that started the sign-in (redirect
 * flow: stores it and goes back there, where `handleRedirectPromise` finishes; hidden-iframe
 * renewal: broadcasts it to the main frame). Outside the router and the MsalProvider, and served
 * without a Cross-Origin-Opener-Policy header, which would cut the bridge off from the portal.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  const message = document.getElementById('message');
  if (message)
    message.textContent = `Sign-in could not be completed: ${error instanceof Error ? error.message : String(error)}`;
});
