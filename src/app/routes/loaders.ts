/**
 * What route loaders share: start a blade's primary query before the blade renders (so a link the
 * admin hovers has its data ready, and a blade never waterfalls after render), and name the
 * blade's breadcrumb from it. A loader never fails a navigation: when the read fails the blade
 * shows the error itself, and nothing is read for nobody (the sign-in page).
 */
import { useSessionStore } from '../../lib/session/session-store';

/** A route's loader data: the breadcrumb it names (none while unknown). */
export interface Crumb {
  readonly crumb?: string;
}

const signedIn = () => useSessionStore.getState().account !== null;

/** Reads the blade's query (cached data as it is) and names the crumb from it. */
export async function loadCrumb<T>(
  read: () => Promise<T>,
  crumb: (data: T) => string | undefined,
): Promise<Crumb> {
  if (!signedIn()) return {};
  try {
    const name = crumb(await read());
    return name === undefined ? {} : { crumb: name };
  } catch {
    return {};
  }
}

/**
 * Starts reading a list blade's query before the blade renders (so it never waterfalls after
 * render) without holding the navigation: when the search changes as the admin types (a filter, a
 * search box), the blade stays mounted and shows its own loading state, instead of the router's
 * pending screen replacing it and the text being typed.
 */
export function preload(load: () => Promise<unknown>): void {
  if (!signedIn()) return;
  load().catch(() => {
    // The blade shows the error with a Retry.
  });
}
