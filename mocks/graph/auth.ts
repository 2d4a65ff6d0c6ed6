/**
 * Admin roles and what each may do (LICENSING.md, Roles), and reading the bearer token. The table
 * itself lives in the engine (`src/engine/roles.ts`), shared with the portal; the role tests walk
 * it, and every mutating handler names the action it needs.
 */

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
