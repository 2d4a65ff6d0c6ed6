/** One product's seats at a glance: a bar (Assigned of Total) with the numbers as text beside it. */
import { Body1, Caption1, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import type { Seats } from '../../api/types';
import { expiringInWords, seatsInWords } from '../../lib/licensing/seats';
import { useFormat } from '../../lib/i18n/format';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(200px, 2fr) minmax(160px, 3fr) minmax(200px, 2fr)',
    gap: tokens.spacingHorizontalL,
    alignItems: 'center',
  },
  numbers: { color: tokens.colorNeutralForeground2 },
});

export interface SeatMeterProps {
  readonly name: ReactNode;
  readonly seats: Seats;
  /** When the expiring seats stop working (ISO 8601), if known. */
  readonly expiringUntil?: string | null;
}

export function SeatMeter({ name, seats, expiringUntil }: SeatMeterProps) {
  const styles = useStyles();
  const labelId = useId();
  const t = useT();
  const format = useFormat();
  const ratio = seats.total === 0 ? 0 : Math.min(1, seats.assigned / seats.total);
  const color = ratio >= 1 ? 'error' : ratio >= 0.9 ? 'warning' : 'brand';
  const text = seatsInWords(t, seats);
  return (
    <div className={styles.root}>
      <Body1 id={labelId}>{name}</Body1>
      <ProgressBar
        value={ratio}
        max={1}
        thickness="large"
        color={color}
        aria-labelledby={labelId}
        aria-valuetext={text}
      />
      <Caption1 className={styles.numbers}>
        {seats.expiringSoon > 0
          ? t('products.meter.withExpiring', {
              seats: text,
              expiring: expiringInWords(t, seats, expiringUntil && format.date(expiringUntil)),
            })
          : text}
      </Caption1>
    </div>
  );
}
