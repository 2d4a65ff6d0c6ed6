/**
 * The shared Graph client. Emulator mode: the configured base URL (the embedded emulator by
 * default) and the seeded admin's token. Live mode: production Graph, tokens from MSAL, the
 * directory audit budget kept, and the emulator's extensions refused before they are sent.
 */
import { portalMode } from '../mode/portal-mode';
import { renewSessionToken, sessionToken } from '../session/sign-in';
import { DIRECTORY_AUDIT_BUDGET, createGraphClient, type GraphClientConfig } from './graph-client';
import { DEFAULT_GRAPH_BASE_URL, graphBaseUrl } from './graph-config';
import { useGraphWaitsStore } from './graph-waits-store';

const onWaitsChange: GraphClientConfig['onWaitsChange'] = (waits) => {
  useGraphWaitsStore.getState().set(waits);
};

const live: GraphClientConfig = {
  baseUrl: DEFAULT_GRAPH_BASE_URL,
  // MSAL is loaded in live mode only, so the sandbox's first load does not carry it.
  getToken: async () => (await import('../session/live-session')).acquireGraphToken(),
  renewToken: async () => (await import('../session/live-session')).acquireGraphToken(true),
  budgets: [DIRECTORY_AUDIT_BUDGET],
  allowExtensions: false,
  onWaitsChange,
};

const emulator: GraphClientConfig = {
  baseUrl: graphBaseUrl,
  getToken: sessionToken,
  renewToken: renewSessionToken,
  onWaitsChange,
};

export const graph = createGraphClient(portalMode.kind === 'live' ? live : emulator);
