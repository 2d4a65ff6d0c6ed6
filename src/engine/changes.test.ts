/**
 * How the engine tells its followers (persistence, Graph's delta queries, indexes) what it wrote:
 * every write outside a what-if is noted; a what-if's are not, since all of them are undone.
 */
import { describe, expect, it } from 'vitest';
import { Journal, write, type TenantState } from './state';
import { addGroup, addUser, seats, skuOf, testTenant } from './testing/tenant-builder';

const E3 = skuOf('ENTERPRISEPACK');

/** The fields of a state `write` reads. */
const stateWith = (written: Set<object>, journal: Journal | null) =>
  ({ written: [written], journal }) as unknown as TenantState;

describe('the writes followers hear of', () => {
  it('notes a write outside a what-if', () => {
    const noted = new Set<object>();
    const target = { value: 1 };
    write(stateWith(noted, null), target, 'value', 2);
    expect(target.value).toBe(2);
    expect([...noted]).toEqual([target]);
  });

  it('does not note a what-if\u2019s writes, and they are undone', () => {
    const noted = new Set<object>();
    const journal = new Journal();
    const target = { value: 1 };
    write(stateWith(noted, journal), target, 'value', 2);
    expect(target.value).toBe(2);
    expect(noted.size).toBe(0);
    journal.rollback();
    expect(target.value).toBe(1);
  });

  it('a preview leaves nothing to save; the change itself is saved with its processing', () => {
    const { tenant } = testTenant();
    tenant.addSubscription(E3, seats(50));
    const ids = Array.from({ length: 40 }, (_, i) => addUser(tenant, `u${String(i)}`));
    addGroup(tenant, 'big', ids);
    tenant.drain();
    const tracker = tenant.trackChanges();
    const preview = tenant.previewGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    expect(preview.users.length).toBe(40);
    const afterPreview = tracker.delta();
    expect(afterPreview.users).toEqual([]);
    expect(afterPreview.jobs).toBeNull();
    tenant.assignGroupLicenses('big', [{ skuId: E3, disabledPlans: [] }], []);
    tenant.drain();
    expect(
      tracker
        .delta()
        .users.map((u) => u.id)
        .sort(),
    ).toEqual([...ids].sort());
  });
});
