/** The place and path counts behind the Cost tab's breakdowns, page by page. */
import { describe, expect, it } from 'vitest';
import { toGroupId, toSkuId } from '../ids';
import { breakdown, countPaths, countPlaces, emptyPathSeats, emptyPlaceSeats } from './cost';
import type { PriceList } from './prices';

const E3 = toSkuId('6fd2c87f-b296-42f0-b197-1e91e994b900');
const EMS = toSkuId('efccb6f7-5641-4e0e-bd10-b4976e1bf68e');
const STAFF = toGroupId('236ffb37-e185-44e1-94d9-11774617eee5');

describe('countPlaces', () => {
  it('counts each holder of a product once under their department and their country', () => {
    const counts = emptyPlaceSeats();
    countPlaces(counts, E3, [
      { department: 'Sales', country: 'NL' },
      { department: ' Sales ', country: 'DE' },
      { department: null, country: null },
    ]);
    countPlaces(counts, EMS, [{ department: 'Sales', country: 'NL' }]);
    expect(counts.department).toEqual({ Sales: { [E3]: 2, [EMS]: 1 }, '': { [E3]: 1 } });
    expect(counts.country).toEqual({ NL: { [E3]: 1, [EMS]: 1 }, DE: { [E3]: 1 }, '': { [E3]: 1 } });
  });

  it('adds up to the same rows when the holders come in several pages', () => {
    const whole = emptyPlaceSeats();
    const paged = emptyPlaceSeats();
    const holders = Array.from({ length: 7 }, (_, i) => ({
      department: i % 2 ? 'IT' : 'Sales',
      country: i % 3 ? 'NL' : 'BE',
    }));
    countPlaces(whole, E3, holders);
    countPlaces(paged, E3, holders.slice(0, 3));
    countPlaces(paged, E3, holders.slice(3));
    expect(paged).toEqual(whole);
  });
});

describe('countPaths', () => {
  it('puts group paths under their group and direct ones in a row of their own', () => {
    const counts = emptyPathSeats();
    countPaths(counts, [
      { skuId: E3, groupId: STAFF },
      { skuId: E3, groupId: null },
      { skuId: EMS, groupId: STAFF },
    ]);
    countPaths(counts, [{ skuId: E3, groupId: STAFF }]);
    expect(counts.group).toEqual({ [STAFF]: { [E3]: 2, [EMS]: 1 } });
    expect(counts.direct).toEqual({ [E3]: 1 });
    const prices: PriceList = { currency: 'EUR', prices: { [E3]: 360_000 } };
    expect(breakdown(prices, counts.group)).toEqual([
      { key: STAFF, seats: 3, amount: 720_000, unpricedSeats: 1 },
    ]);
  });
});
