/** Modified Properties of an audit entry: old and new values, licences read as product and plan names. */
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ModifiedProperty } from '../../api/types';
import { SPACE, useT } from '../../lib/i18n/use-t';
import { parseLicenseValue, plainValue, type LicenseValue } from './license-value';

const useStyles = makeStyles({
  value: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    wordBreak: 'break-word',
  },
  secondary: { color: tokens.colorNeutralForeground3 },
  plans: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

function License({ license }: { license: LicenseValue }) {
  const styles = useStyles();
  const t = useT();
  const count = license.disabledPlans.length;
  return (
    <div>
      <Text weight="semibold">{license.productName}</Text>
      <Caption1 block className={styles.secondary}>
        {t('audit.props.sku', { name: license.skuName, id: license.skuId })}
      </Caption1>
      {count === 0 ? (
        <Caption1 block>{t('audit.props.allPlans')}</Caption1>
      ) : (
        <details>
          <summary>
            <Caption1>{t('audit.props.disabledPlans', { count })}</Caption1>
          </summary>
          <ul className={styles.plans}>
            {license.disabledPlans.map((plan) => (
              <li key={plan.id}>
                <Caption1>{plan.name}</Caption1>
                {SPACE}
                <Caption1 className={styles.secondary}>{plan.id}</Caption1>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function PropertyValue({ value }: { value: string | null | undefined }) {
  const styles = useStyles();
  const t = useT();
  const licenses = parseLicenseValue(value);
  if (licenses === null)
    return (
      <div className={styles.value}>
        {plainValue(value) || (
          <Caption1 className={styles.secondary}>{t('audit.props.empty')}</Caption1>
        )}
      </div>
    );
  if (licenses.length === 0)
    return (
      <div className={styles.value}>
        <Caption1 className={styles.secondary}>{t('audit.props.noLicenses')}</Caption1>
      </div>
    );
  return (
    <div className={styles.value}>
      {licenses.map((l) => (
        <License key={l.skuId} license={l} />
      ))}
    </div>
  );
}

export interface ModifiedPropertiesProps {
  readonly properties: readonly ModifiedProperty[];
  /** The target the properties belong to, for the table's name. */
  readonly targetName: string;
}

export function ModifiedProperties({ properties, targetName }: ModifiedPropertiesProps) {
  const t = useT();
  if (properties.length === 0) return <Caption1>{t('audit.props.none')}</Caption1>;
  return (
    <Table aria-label={t('audit.props.label', { target: targetName })} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('audit.props.property')}</TableHeaderCell>
          <TableHeaderCell>{t('audit.props.old')}</TableHeaderCell>
          <TableHeaderCell>{t('audit.props.new')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {properties.map((p, i) => (
          <TableRow key={`${p.name}-${String(i)}`}>
            <TableCell>{p.name}</TableCell>
            <TableCell>
              <PropertyValue value={p.oldValue} />
            </TableCell>
            <TableCell>
              <PropertyValue value={p.newValue} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
