import { describe, expect, it } from 'vitest';
import * as engine from '../../engine';
import { ROLE_ACTIONS, ROLE_NAMES, isAllowed, rolesAllowing } from './roles';

describe('the portal reads the one roles table', () => {
  it('is the engine table itself, not a copy', () => {
    expect(ROLE_ACTIONS).toBe(engine.ROLE_ACTIONS);
    expect(ROLE_NAMES).toBe(engine.ROLE_NAMES);
    expect(isAllowed).toBe(engine.isAllowed);
    expect(rolesAllowing).toBe(engine.rolesAllowing);
  });
});
