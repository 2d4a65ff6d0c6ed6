/**
 * The Cost tab's chart (Fluent's `@fluentui/react-charts`, loaded with this module only, which
 * the tab loads lazily): one bar per row that has a price, dearest first, at most `MAX_BARS`
 * (the table beside it has every row).
 */
import { HorizontalBarChartWithAxis } from '@fluentui/react-charts';
import { useFormat } from '../../lib/i18n/format';
import { toUnits } from '../../lib/licensing/prices';
import type { CostTableRow } from './cost-rows';

const MAX_BARS = 12;

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
        yAxisTickCount={bars.length}
      />
    </figure>
  );
}
