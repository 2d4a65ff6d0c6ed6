import { describe, expect, it } from 'vitest';
import { seatsOf } from './seats';

describe('seatsOf', () => {
  it('counts enabled and warning seats as total and warning ones as expiring soon', () => {
    expect(
      seatsOf({
        prepaidUnits: { enabled: 250, warning: 10, suspended: 5, lockedOut: 0 },
        consumedUnits: 200,
      }),
    ).toEqual({ total: 260, assigned: 200, available: 60, expiringSoon: 10 });
  });

  it('never reports negative availability when more seats are used than owned', () => {
    expect(
      seatsOf({ prepaidUnits: { enabled: 10, warning: 0 }, consumedUnits: 12 }).available,
    ).toBe(0);
  });
});
