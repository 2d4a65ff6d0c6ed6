/**
 * Admin roles and what each may do (LICENSING.md, Roles), and reading and checking the bearer
 * token (the pipeline's authenticate step; the control API's reset uses it too). The table
 * itself lives in the engine (`src/engine/roles.ts`), shared with the portal; the role tests walk
 * it, and every mutating handler names the action it needs.
 */

import { errorMessages, graphError } from './errors';
import type { Admin } from './pipeline/route';
import type { StoreReader } from './store';
import { checkToken } from './tokens';

export {
  ACTIONS,
  ROLE_ACTIONS,
  ROLE_NAMES,
  isAllowed,
  isRoleName,
  type Action,
  type RoleName,
} from '../../src/engine';

/** Reads the bearer token of a request; null when the header is missing or not a bearer token. */
export function bearerToken(request: Request): string | null {
  const header = request.headers.get('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** Checks the bearer token: present, issued by this tenant, unexpired, owner enabled. */
export function authenticate(store: StoreReader, request: Request): Admin {
  const token = bearerToken(request);
  if (token === null) throw graphError.unauthenticated(errorMessages.emptyToken);
  const check = checkToken(store, token);
  if (!check.ok)
    throw graphError.unauthenticated(
      check.reason === 'expired' ? errorMessages.expiredToken : errorMessages.invalidToken,
    );
  const profile = store.tenant.profile(check.userId);
  if (!profile?.accountEnabled) throw graphError.unauthenticated(errorMessages.invalidToken);
  return { id: check.userId, roles: store.rolesOf(check.userId) };
}
