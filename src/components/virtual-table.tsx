/**
 * A virtualised, accessible table for long lists (thousands of rows): an ARIA grid whose rows
 * carry `aria-rowindex`, with column headers, an optional row header column, sortable headers
 * (`aria-sort`), resizable columns (`column-resize.tsx`) and keyboard navigation: one row is in the
 * tab order; ↑ ↓ PageUp PageDown Home End move between rows and Enter activates one.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowSortDownRegular, ArrowSortUpRegular } from '@fluentui/react-icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ColumnResizer, useColumnWidths } from './column-resize';

export interface VirtualTableColumn<Row> {
  readonly id: string;
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
  /** A CSS grid track, such as `2fr` or `minmax(120px, 1fr)`. Default `1fr`. */
  readonly width?: string;
  readonly sortable?: boolean;
  /** `end` for numbers, so digits line up. Default `start`. */
  readonly align?: 'start' | 'end';
}

export interface SortState {
  readonly columnId: string;
  readonly direction: 'ascending' | 'descending';
}

export interface VirtualTableProps<Row> {
  /** The table's accessible name, such as "Licensed users". */
  readonly label: string;
  readonly columns: readonly VirtualTableColumn<Row>[];
  readonly rows: readonly Row[];
  readonly getRowId: (row: Row) => string;
  /** The first column names each row (`rowheader`). Default true. */
  readonly firstColumnIsRowHeader?: boolean;
  /** Enter on a row, or a click on it. */
  readonly onRowActivate?: (row: Row) => void;
  readonly sort?: SortState;
  readonly onSortChange?: (sort: SortState) => void;
  readonly rowHeight?: number;
  /** Maximum height of the scrolling area (CSS). */
  readonly maxHeight?: string;
}

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    position: 'relative',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: {
    display: 'grid',
    alignItems: 'center',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { position: 'relative', width: '100%' },
  bodyRow: {
    position: 'absolute',
    left: 0,
    width: '100%',
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'default',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  clickable: { cursor: 'pointer' },
  cell: {
    padding: `0 ${tokens.spacingHorizontalM}`,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  end: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  headerCell: {
    position: 'relative',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    textAlign: 'start',
  },
  sortButton: {
    border: 'none',
    background: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
});

const PAGE = 10;

/** Plain text a cell shows, for the tooltip that completes it when the column is too narrow. */
const textOf = (content: ReactNode): string | undefined =>
  typeof content === 'string' || typeof content === 'number' ? String(content) : undefined;

export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const {
    label,
    columns,
    rows,
    getRowId,
    firstColumnIsRowHeader = true,
    onRowActivate,
    sort,
    onSortChange,
    rowHeight = 40,
    maxHeight = 'min(70vh, 720px)',
  } = props;
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const { template, resize } = useColumnWidths(columns);
  const current = Math.min(activeIndex, Math.max(rows.length - 1, 0));

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scrollRef.current?.querySelector<HTMLElement>(`[data-index="${String(current)}"]`)?.focus();
  });

  const move = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    focusPending.current = true;
    virtualizer.scrollToIndex(next);
    setActiveIndex(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number, row: Row) => {
    const keys: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    const target = keys[event.key];
    if (target !== undefined) {
      event.preventDefault();
      move(target);
    } else if (event.key === 'Enter' && onRowActivate && event.target === event.currentTarget) {
      event.preventDefault();
      onRowActivate(row);
    }
  };

  const ariaSort = (column: VirtualTableColumn<Row>) =>
    sort?.columnId === column.id ? sort.direction : column.sortable ? 'none' : undefined;

  return (
    <div ref={scrollRef} className={styles.scroller} style={{ maxHeight }}>
      <div
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length}
      >
        <div role="rowgroup" className={styles.header}>
          <div
            role="row"
            aria-rowindex={1}
            className={styles.row}
            style={{ gridTemplateColumns: template }}
          >
            {columns.map((column, c) => (
              <div
                key={column.id}
                role="columnheader"
                aria-colindex={c + 1}
                aria-sort={ariaSort(column)}
                title={column.header}
                className={mergeClasses(
                  styles.cell,
                  styles.headerCell,
                  column.align === 'end' && styles.end,
                )}
              >
                {column.sortable && onSortChange ? (
                  <button
                    type="button"
                    className={styles.sortButton}
                    onClick={() => {
                      onSortChange({
                        columnId: column.id,
                        direction:
                          sort?.columnId === column.id && sort.direction === 'ascending'
                            ? 'descending'
                            : 'ascending',
                      });
                    }}
                  >
                    {column.header}
                    {sort?.columnId === column.id ? (
                      sort.direction === 'ascending' ? (
                        <ArrowSortUpRegular aria-hidden />
                      ) : (
                        <ArrowSortDownRegular aria-hidden />
                      )
                    ) : null}
                  </button>
                ) : (
                  column.header
                )}
                <ColumnResizer
                  onResize={(px) => {
                    resize(column.id, px);
                  }}
                />
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={styles.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <div
                key={getRowId(row)}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === current ? 0 : -1}
                className={mergeClasses(
                  styles.row,
                  styles.bodyRow,
                  onRowActivate && styles.clickable,
                )}
                style={{
                  gridTemplateColumns: template,
                  height: item.size,
                  transform: `translateY(${String(item.start)}px)`,
                }}
                onKeyDown={(event) => {
                  onKeyDown(event, item.index, row);
                }}
                onFocus={() => {
                  if (item.index !== current) setActiveIndex(item.index);
                }}
                onClick={
                  onRowActivate
                    ? () => {
                        onRowActivate(row);
                      }
                    : undefined
                }
              >
                {columns.map((column, c) => {
                  const content = column.cell(row);
                  return (
                    <div
                      key={column.id}
                      role={c === 0 && firstColumnIsRowHeader ? 'rowheader' : 'gridcell'}
                      aria-colindex={c + 1}
                      title={textOf(content)}
                      className={mergeClasses(styles.cell, column.align === 'end' && styles.end)}
                    >
                      {content}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
