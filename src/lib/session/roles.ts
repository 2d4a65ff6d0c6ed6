/**
 * What each admin role may change (LICENSING.md "Roles"). The table lives in the engine
 * (`src/engine/roles.ts`), the same one the emulator enforces, so the two cannot drift apart.
 * Reads need no action: every role may read.
 */
export {
  ROLE_ACTIONS,
  ROLE_NAMES,
  isAllowed,
  readsOnly,
  rolesOfTemplateIds,
  rolesAllowing,
  type Action,
  type RoleName,
} from '../../engine/roles';
