/**
 * Resizable columns for the virtual table (issue #16 item 6): each column header ends in a
 * splitter the admin drags to widen or narrow the column; a double click gives the column its own
 * width back. A resized column keeps its width in pixels; the others share what is left as before.
 *
 * Like Fluent's DataGrid, the splitter is for the pointer only (hidden from assistive technology and
 * out of the tab order): the grid keeps one tab stop, and a cell's whole text is in its tooltip and
 * its accessible name whatever the column's width.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState, type PointerEvent } from 'react';

/** The narrowest a resized column gets. */
export const MIN_COLUMN_PX = 64;
const MAX_COLUMN_PX = 1200;

const clamp = (px: number) => Math.round(Math.min(MAX_COLUMN_PX, Math.max(MIN_COLUMN_PX, px)));

/** The grid template of the columns, with the admin's widths in place of the resized ones. */
export function useColumnWidths(columns: readonly { id: string; width?: string }[]) {
  const [widths, setWidths] = useState<Readonly<Record<string, number>>>({});
  const template = columns
    .map((c) => {
      const px = widths[c.id];
      return px === undefined ? (c.width ?? '1fr') : `${String(px)}px`;
    })
    .join(' ');
  const resize = (id: string, px: number | null) => {
    setWidths((current) => {
      const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== id));
      return px === null ? rest : { ...rest, [id]: clamp(px) };
    });
  };
  return { template, resize };
}

const useStyles = makeStyles({
  handle: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    right: 0,
    width: '8px',
    cursor: 'col-resize',
    touchAction: 'none',
    '::after': {
      content: '""',
      position: 'absolute',
      top: '25%',
      bottom: '25%',
      right: '3px',
      width: tokens.strokeWidthThin,
      backgroundColor: tokens.colorNeutralStroke1,
    },
    ':hover::after': {
      top: 0,
      bottom: 0,
      width: tokens.strokeWidthThick,
      backgroundColor: tokens.colorBrandStroke1,
    },
  },
});

export interface ColumnResizerProps {
  /** Sets the column's width in pixels, or back to its own width (null). */
  readonly onResize: (px: number | null) => void;
}

/** The splitter at a column header's end edge. */
export function ColumnResizer({ onResize }: ColumnResizerProps) {
  const styles = useStyles();
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const startWidth =
      event.currentTarget.parentElement?.getBoundingClientRect().width ?? MIN_COLUMN_PX;
    const move = (moved: globalThis.PointerEvent) => {
      onResize(startWidth + moved.clientX - startX);
    };
    const end = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  };
  return (
    <div
      aria-hidden
      data-column-resizer=""
      className={styles.handle}
      onPointerDown={onPointerDown}
      onClick={(event) => {
        event.stopPropagation();
      }}
      onDoubleClick={(event) => {
        event.stopPropagation();
        onResize(null);
      }}
    />
  );
}
