/**
 * A list of On/Off switches, rows in and toggles out: the plans of a product wherever they are
 * switched (Assign dialogs, a group's product card). Rows carry their own words (badges, a note);
 * a changed row is highlighted.
 */
import {
  Badge,
  Caption1,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';

export interface SwitchRow {
  readonly id: string;
  readonly label: string;
  readonly checked: boolean;
  readonly disabled?: boolean;
  /** Shown beside the switch: "From group Sales". */
  readonly note?: string;
  readonly badges?: readonly { readonly text: string; readonly color: BadgeProps['color'] }[];
  /** Differs from what is saved: highlighted. */
  readonly changed?: boolean;
  /** Shown on hover over the label (a plan's technical name). */
  readonly title?: string;
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, listStyle: 'none' },
  scroll: { maxHeight: '50vh', overflowY: 'auto' },
  row: {
    display: 'grid',
    gridTemplateColumns: '1fr max-content max-content',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: '36px',
  },
  changed: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    boxShadow: `inset 3px 0 0 ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SwitchListProps {
  /** The list's accessible name: "Service plans of Office 365 E3". */
  readonly label: string;
  readonly rows: readonly SwitchRow[];
  readonly onToggle: (id: string, checked: boolean) => void;
  /** Turns every switch off (read-only roles, a group that cannot hold licences). */
  readonly disabled?: boolean;
  /** Scrolls inside a dialog instead of growing it. */
  readonly scroll?: boolean;
  /** The visible state word after each row ("On" / "Off"), when the row should say it. */
  readonly stateWords?: { readonly on: string; readonly off: string };
}

export function SwitchList({
  label,
  rows,
  onToggle,
  disabled = false,
  scroll = false,
  stateWords,
}: SwitchListProps) {
  const styles = useStyles();
  return (
    <ul
      className={mergeClasses(styles.list, scroll ? styles.scroll : undefined)}
      aria-label={label}
    >
      {rows.map((row) => (
        <li
          key={row.id}
          className={mergeClasses(styles.row, row.changed ? styles.changed : undefined)}
        >
          <Switch
            label={<span title={row.title}>{row.label}</span>}
            aria-label={row.label}
            checked={row.checked}
            disabled={disabled || row.disabled === true}
            onChange={(_event, data) => {
              onToggle(row.id, data.checked);
            }}
          />
          <span>
            {row.note ? <Caption1 className={styles.note}>{row.note}</Caption1> : null}
            {(row.badges ?? []).map((badge) => (
              <Badge key={badge.text} color={badge.color} appearance="tint">
                {badge.text}
              </Badge>
            ))}
          </span>
          {stateWords ? (
            <Caption1 aria-hidden="true">{row.checked ? stateWords.on : stateWords.off}</Caption1>
          ) : (
            <span />
          )}
        </li>
      ))}
    </ul>
  );
}
