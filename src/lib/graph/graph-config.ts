/**
 * Where the portal sends Graph requests. By default `https://graph.microsoft.com/v1.0`, answered by
 * the embedded emulator (MSW service worker). A setting points it at another emulator, such as the
 * HTTP one (`npm run emulator`, `http://127.0.0.1:4010/v1.0`): the `VITE_GRAPH_BASE_URL` build
 * variable, or `localStorage["portal.graphBaseUrl"]` at run time (set it from the dev tools).
 */

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';

/** localStorage key of the run-time setting. */
export const GRAPH_BASE_URL_STORAGE_KEY = 'portal.graphBaseUrl';

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The configured base URL, or null when none is set (the embedded emulator is used). */
export function configuredGraphBaseUrl(): string | null {
  const fromStorage =
    typeof localStorage === 'undefined' ? null : localStorage.getItem(GRAPH_BASE_URL_STORAGE_KEY);
  const fromEnv = import.meta.env.VITE_GRAPH_BASE_URL as string | undefined;
  const value = fromStorage ?? fromEnv ?? '';
  return value.trim() === '' ? null : trimSlash(value.trim());
}

/** The Graph v1.0 base URL requests go to. */
export function graphBaseUrl(): string {
  return configuredGraphBaseUrl() ?? DEFAULT_GRAPH_BASE_URL;
}

/** The emulator's control API beside a Graph base URL: `…/v1.0` becomes `…/_emulator`. */
export function emulatorControlUrl(baseUrl: string = graphBaseUrl()): string {
  return `${trimSlash(baseUrl).replace(/\/v1\.0$/, '')}/_emulator`;
}
