/** Part names read back from storage are names of parts, never of an object's built-in members. */
import { describe, expect, it } from 'vitest';
import { checkPart } from './schema';
import { joinRecord } from './snapshot-parts';

describe('parts named after built-in members of an object', () => {
  it('a snapshot part is refused by name', () => {
    for (const field of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(checkPart({ field, items: [] }), field).toBe(`field: unknown snapshot part ${field}`);
  });

  it('a record part is refused as not a record part', () => {
    for (const field of ['toString', 'constructor', '__proto__'])
      expect(
        () => joinRecord({ engine: {}, users: {}, tokens: {} }, [{ field, items: [1] }]),
        field,
      ).toThrow('a part of the record is not a record part');
  });
});
