/** The inactive users report's "Monthly cost" column: shown only where a price exists. */
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { usePriceStore } from '../../lib/licensing/price-store';
import { renderRoute } from '../../test/render-route';
import { E3 } from '../../test/seed';

// The whole portal on the default tenant, the 30-day report read twice: 16 s alone at a load of 15.
vi.setConfig({ testTimeout: 60_000 });

describe('Inactive licensed users: Monthly cost', () => {
  it('appears once the admin has a price, summed by the cost function', async () => {
    await renderRoute('/users?filter=inactive&days=30');
    await screen.findByRole('columnheader', { name: /Why/ });
    expect(screen.queryByRole('columnheader', { name: /Monthly cost/ })).toBeNull();
    act(() => {
      usePriceStore.getState().setList({ currency: 'EUR', prices: { [E3]: 360_000 } });
    });
    expect(await screen.findByRole('columnheader', { name: /Monthly cost/ })).toBeInTheDocument();
    expect((await screen.findAllByRole('gridcell', { name: '€36.00' })).length).toBeGreaterThan(0);
  });
});
