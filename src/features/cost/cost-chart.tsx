/**
 * The Cost tab's chart (Fluent's `@fluentui/react-charts`, loaded with this module only, which
 * the tab loads lazily): one bar per row that has a price, dearest first, at most `MAX_BARS`
 * (the table beside it has every row). Every label is drawn whole inside the chart: the product
 * or group names on the y axis, shortened with an ellipsis past `LABEL_CHARS`, and the value past
 * the longest bar.
 */
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { useFormat } from '../../lib/i18n/format';
import { toUnits } from '../../lib/licensing/prices';
import type { CostTableRow } from './cost-rows';

const MAX_BARS = 12;
/** A longer name (a licensing group's, say) is cut with an ellipsis; its bar's tooltip has it whole. */
const LABEL_CHARS = 24;
/** Room right of the longest bar for its value ("1.2M"), which the chart draws past the bar's end. */
const VALUE_ROOM = 48;

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
  return (
    <figure aria-label={title} style={{ margin: 0, minWidth: 0 }}>
      <HorizontalBarChartWithAxis
        chartTitle={title}
        data={bars}
        height={Math.max(160, 36 * bars.length + 60)}
        hideLegend
        useSingleColor
        // The y axis makes room for its names (they were cut off at the left edge), shortened
        // past LABEL_CHARS.
        showYAxisLables
        showYAxisLablesTooltip
        noOfCharsToTruncate={LABEL_CHARS}
        margins={{ right: VALUE_ROOM }}
        yAxisTickCount={bars.length}
      />
    </figure>
  );
}
