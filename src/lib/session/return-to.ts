/**
 * Where the admin comes back to after leaving for Entra in the middle of their work. MSAL returns
 * to `redirectStartPage`, fixed when the token request that needed the admin failed; but the admin
 * may have moved on before the page actually left (pointing at the Users link starts its read, the
 * read fails and decides to leave, then the click lands on Users). So the place the page really
 * left from is written down at `pagehide` and restored when the sign-in comes back.
 */

const KEY = 'portal.returnTo';

/** The portal path of a location: path, query and hash. */
const pathOf = (location: Location) => `${location.pathname}${location.search}${location.hash}`;

/** Writes down, when this page goes, where the admin was on it. */
export function rememberWhereThePageLeaves(win: Window = window): void {
  win.addEventListener(
    'pagehide',
    () => {
      try {
        win.sessionStorage.setItem(KEY, pathOf(win.location));
      } catch {
        // Storage refused (private mode quota): MSAL's start page stands.
      }
    },
    { once: true },
  );
}

/**
 * The path written down when the page last left, if it is a path of this portal (anything else is
 * ignored); read once: the record is gone afterwards.
 */
export function takeReturnPath(win: Window = window): string | null {
  let stored: string | null;
  try {
    stored = win.sessionStorage.getItem(KEY);
    win.sessionStorage.removeItem(KEY);
  } catch {
    return null;
  }
  if (stored === null || !stored.startsWith('/') || stored.startsWith('//')) return null;
  const url = new URL(stored, win.location.origin);
  if (url.origin !== win.location.origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * After a sign-in redirect came back: puts the admin at `path` (from `takeReturnPath`) before the
 * router starts, so the blade renders there at once, with no history entry for MSAL's start page.
 */
export function returnTo(path: string, win: Window = window): void {
  if (path !== pathOf(win.location)) win.history.replaceState(win.history.state, '', path);
}
