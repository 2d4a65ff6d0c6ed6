/**
 * The Cost tab's chart (Fluent's `@fluentui/react-charts`, loaded with this module only, which
 * the tab loads lazily): one bar per row that has a price, dearest first, at most `MAX_BARS`
 * (the table beside it has every row). Every label is drawn whole inside the chart: the product
 * or group names on the y axis, shortened with an ellipsis past `LABEL_CHARS`, the amounts on the
 * x axis in the locale's short currency format, and the value past the longest bar.
 */
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useFormat } from '../../lib/i18n/format';
import { toUnits } from '../../lib/licensing/prices';
import type { CostTableRow } from './cost-rows';

const MAX_BARS = 12;
/** A longer name (a licensing group's, say) is cut with an ellipsis; its bar's tooltip has it whole. */
const LABEL_CHARS = 24;
/** Room right of the longest bar for its value ("1.2M"), which the chart draws past the bar's end. */
const VALUE_ROOM = 48;
/** Left of the y axis, besides its longest name: the tick (6), its padding (10) and a little air. */
const AXIS_ROOM = 22;

/**
 * The width the y axis's names take as drawn. The chart measures them itself with a canvas in the
 * font it finds, and where that font is not the one drawn (no Segoe UI on the machine) its room
 * was short and the longest name lost a letter or two at the left edge.
 */
function useDrawnLabelWidth(figure: RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState<number | null>(null);
  // The chart draws its axes itself (d3), after React's render: measure whenever it has drawn.
  useEffect(() => {
    const node = figure.current;
    if (!node) return;
    const measure = () => {
      let widest = 0;
      for (const text of node.querySelectorAll<SVGTextElement>('.fui-cart__yAxis text'))
        // jsdom draws nothing (no getBBox): the chart's own room stays.
        if (typeof text.getBBox === 'function') widest = Math.max(widest, text.getBBox().width);
      if (widest > 0)
        setWidth((drawn) => (drawn !== null && Math.abs(widest - drawn) <= 1 ? drawn : widest));
    };
    const observer = new MutationObserver(measure);
    observer.observe(node, { childList: true, subtree: true, characterData: true });
    measure();
    return () => {
      observer.disconnect();
    };
  }, [figure]);
  return width;
}

export default function CostChart({
  title,
  rows,
  currency,
}: {
  readonly title: string;
  readonly rows: readonly CostTableRow[];
  readonly currency: string;
}) {
  const format = useFormat();
  const figure = useRef<HTMLElement>(null);
  const bars = rows
    .filter((row) => row.spend !== null && row.spend > 0)
    .slice(0, MAX_BARS)
    .reverse()
    .map((row) => ({
      x: toUnits(row.spend ?? 0),
      y: row.name,
      legend: row.name,
      xAxisCalloutData: format.money(toUnits(row.spend ?? 0), currency),
    }));
  const labelWidth = useDrawnLabelWidth(figure);
  return (
    <figure ref={figure} aria-label={title} style={{ margin: 0, minWidth: 0 }}>
      <HorizontalBarChartWithAxis
        chartTitle={title}
        data={bars}
        height={Math.max(160, 36 * bars.length + 60)}
        hideLegend
        useSingleColor
        // The y axis makes room for its names, shortened past LABEL_CHARS.
        showYAxisLables
        showYAxisLablesTooltip
        noOfCharsToTruncate={LABEL_CHARS}
        margins={{
          right: VALUE_ROOM,
          ...(labelWidth === null ? {} : { left: Math.ceil(labelWidth) + AXIS_ROOM }),
        }}
        yAxisTickCount={bars.length}
        tickFormat={(value) => format.moneyShort(Number(value), currency)}
      />
    </figure>
  );
}
