import { useVirtualizer } from '@tanstack/react-virtual';
import { render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { JSDOM_ELEMENT_OFFSET_HEIGHT, JSDOM_VIEWPORT } from './jsdom-layout';

const ROW_COUNT = 10_000;
const OVERSCAN = 2;

function VirtualList() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ROW_COUNT,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => JSDOM_ELEMENT_OFFSET_HEIGHT,
    overscan: OVERSCAN,
  });
  return (
    <div ref={scrollRef} style={{ height: JSDOM_VIEWPORT.height, overflow: 'auto' }}>
      <ul aria-label="Rows" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <li key={item.key} ref={virtualizer.measureElement} data-index={item.index}>
            Row {item.index}
          </li>
        ))}
      </ul>
    </div>
  );
}

describe('jsdom layout stubs', () => {
  it('let a virtualised list render one viewport of rows, not zero and not all', () => {
    render(<VirtualList />);

    const rows = screen.getAllByRole('listitem');
    const visibleRows = Math.ceil(JSDOM_VIEWPORT.height / JSDOM_ELEMENT_OFFSET_HEIGHT);
    expect(rows).toHaveLength(visibleRows + OVERSCAN);
    expect(rows[0]).toHaveTextContent('Row 0');
  });

  it('give every element a bounding box from its offset size', () => {
    const element = document.createElement('div');

    const rect = element.getBoundingClientRect();

    expect(rect.width).toBe(JSDOM_VIEWPORT.width);
    expect(rect.height).toBe(JSDOM_ELEMENT_OFFSET_HEIGHT);
  });

  it('give every attached, unhidden element an offsetParent, as Fluent UI focus management expects', () => {
    const parent = document.createElement('div');
    const child = document.createElement('button');
    parent.append(child);
    document.body.append(parent);

    expect(child.offsetParent).toBe(parent);
    expect(document.body.offsetParent).toBeNull();
    child.hidden = true;
    expect(child.offsetParent).toBeNull();
    parent.remove();
  });
});
