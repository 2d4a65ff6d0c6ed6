/** The shared Graph client: the configured base URL and the signed-in admin's token. */
import { renewSessionToken, sessionToken } from '../session/sign-in';
import { createGraphClient } from './graph-client';
import { graphBaseUrl } from './graph-config';
import { useGraphWaitsStore } from './graph-waits-store';

export const graph = createGraphClient({
  baseUrl: graphBaseUrl,
  getToken: sessionToken,
  renewToken: renewSessionToken,
  onWaitsChange: (waits) => {
    useGraphWaitsStore.getState().set(waits);
  },
});
