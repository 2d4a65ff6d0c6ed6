import { render as renderBare, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { intlWrapper } from '../test/intl-wrapper';
import { VirtualTable, type VirtualTableColumn } from './virtual-table';

const render = (ui: ReactElement) => renderBare(ui, { wrapper: intlWrapper() });

interface Item {
  id: string;
  name: string;
  size: number;
}

const rows: Item[] = Array.from({ length: 5000 }, (_, i) => ({
  id: `id-${String(i)}`,
  name: `Item ${String(i)}`,
  size: i * 2,
}));
const columns: VirtualTableColumn<Item>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.name, sortable: true },
  { id: 'size', header: 'Size', cell: (row) => row.size },
];

describe('VirtualTable', () => {
  it('renders a labelled grid with column headers, row headers and one window of rows', () => {
    render(<VirtualTable label="Items" columns={columns} rows={rows} getRowId={(r) => r.id} />);

    const grid = screen.getByRole('grid', { name: 'Items' });
    expect(grid).toHaveAttribute('aria-rowcount', '5001');
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Name', 'Size']);
    const bodyRows = within(grid).getAllByRole('row').slice(1);
    expect(bodyRows.length).toBeGreaterThan(5);
    expect(bodyRows.length).toBeLessThan(100);
    expect(within(bodyRows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Item 0');
  });

  it('moves focus between rows with the keyboard and activates a row with Enter', async () => {
    const onRowActivate = vi.fn();
    const user = userEvent.setup();
    render(
      <VirtualTable
        label="Items"
        columns={columns}
        rows={rows}
        getRowId={(r) => r.id}
        onRowActivate={onRowActivate}
      />,
    );

    await user.tab();
    expect(screen.getByRole('row', { name: /Item 0 0/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('row', { name: /Item 2 4/ })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(onRowActivate).toHaveBeenCalledWith(rows[2]);
  });

  it("completes a cell's text with a tooltip, for when the column is too narrow to show it all", () => {
    render(<VirtualTable label="Items" columns={columns} rows={rows} getRowId={(r) => r.id} />);

    const row = screen.getByRole('row', { name: /Item 3 6/ });
    expect(within(row).getByRole('rowheader')).toHaveAttribute('title', 'Item 3');
    expect(within(row).getByRole('gridcell')).toHaveAttribute('title', '6');
    expect(screen.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('title', 'Size');
  });

  it('announces the sort order and asks for the other direction on a header click', async () => {
    const onSortChange = vi.fn();
    render(
      <VirtualTable
        label="Items"
        columns={columns}
        rows={rows}
        getRowId={(r) => r.id}
        sort={{ columnId: 'name', direction: 'ascending' }}
        onSortChange={onSortChange}
      />,
    );

    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Name' }));

    expect(onSortChange).toHaveBeenCalledWith({ columnId: 'name', direction: 'descending' });
  });

  it('resizes a column by dragging its header’s splitter, and a double click gives its own width back', async () => {
    const user = userEvent.setup();
    render(<VirtualTable label="Items" columns={columns} rows={rows} getRowId={(r) => r.id} />);
    const grid = screen.getByRole('grid', { name: 'Items' });
    const [header, firstRow] = within(grid).getAllByRole('row');
    expect(header?.style.gridTemplateColumns).toBe('1fr 1fr');
    const splitter = grid.querySelector<HTMLElement>('[data-column-resizer]');
    if (splitter === null) throw new Error('no splitter');
    const before = splitter.parentElement?.getBoundingClientRect().width ?? Number.NaN;
    await user.pointer([
      { keys: '[MouseLeft>]', target: splitter, coords: { clientX: 10 } },
      { target: splitter, coords: { clientX: 160 } },
      { keys: '[/MouseLeft]', target: splitter, coords: { clientX: 160 } },
    ]);
    const resized = `${String(Math.round(before + 150))}px 1fr`;
    expect(header?.style.gridTemplateColumns).toBe(resized);
    expect(firstRow?.style.gridTemplateColumns).toBe(resized);
    await user.dblClick(splitter);
    expect(header?.style.gridTemplateColumns).toBe('1fr 1fr');
    // Out of the tab order and of the headers' names.
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeInTheDocument();
    await user.tab();
    expect(firstRow).toHaveFocus();
  });
});
