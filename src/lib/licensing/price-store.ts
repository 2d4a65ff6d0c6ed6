/**
 * The admin's prices, kept with the portal's other settings (language, theme) in this browser's
 * localStorage (`portal.prices`), one price list per tenant: the sandbox's, and each live tenant's
 * by the tenant the portal was connected to, so connecting to another tenant never shows the
 * first one's prices. Graph has no place for prices, so they are not shared between admins; the
 * CSV import is how a team shares one list.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { portalMode } from '../mode/portal-mode';
import { NO_PRICES, parseStoredPriceList, type PriceList } from './prices';

export const PRICES_STORAGE_KEY = 'portal.prices';

interface PriceState {
  /** Price lists by tenant key (`sandbox`, or `live:<tenant>`). */
  readonly byTenant: Readonly<Record<string, PriceList>>;
  /** Replaces this tenant's list (an import, or the table saved). */
  setList: (list: PriceList) => void;
  clear: () => void;
}

/** The tenant this portal's prices belong to. */
export const tenantKey = (): string =>
  portalMode.kind === 'live' ? `live:${portalMode.tenant.toLowerCase()}` : 'sandbox';

const current = (state: Pick<PriceState, 'byTenant'>): PriceList =>
  state.byTenant[tenantKey()] ?? NO_PRICES;

export const usePriceStore = create<PriceState>()(
  persist(
    (set) => ({
      byTenant: {},
      setList: (list) => {
        set((state) => ({ byTenant: { ...state.byTenant, [tenantKey()]: list } }));
      },
      clear: () => {
        set((state) => ({ byTenant: { ...state.byTenant, [tenantKey()]: NO_PRICES } }));
      },
    }),
    {
      name: PRICES_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      version: 1,
      partialize: (state) => ({ byTenant: state.byTenant }),
      merge: (persisted, state) => {
        const stored = (persisted as { byTenant?: unknown } | undefined)?.byTenant;
        const byTenant: Record<string, PriceList> = {};
        if (typeof stored === 'object' && stored !== null)
          for (const [key, value] of Object.entries(stored)) {
            const list = parseStoredPriceList(value);
            if (list) byTenant[key] = list;
          }
        return { ...state, byTenant };
      },
    },
  ),
);

/** This tenant's prices. */
export const usePrices = (): PriceList => usePriceStore(current);
