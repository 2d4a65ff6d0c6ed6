/** Per-expression results of one user against a rule, as a nested list with ✓ and ✗. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ExpressionEvaluationDetails } from '../../api/previews';
import { useT } from '../../lib/i18n/use-t';

/** Marks, hidden from assistive technology (the item's label says True or False). */
const PASS = '✓';
const FAIL = '✗';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, listStyleType: 'none' },
  item: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  pass: {
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightBold,
    marginRight: tokens.spacingHorizontalXS,
  },
  fail: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightBold,
    marginRight: tokens.spacingHorizontalXS,
  },
  value: {
    color: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    marginLeft: tokens.spacingHorizontalS,
  },
});

function Node({ node }: { node: ExpressionEvaluationDetails }) {
  const styles = useStyles();
  const t = useT();
  const property = node.propertyToEvaluate;
  return (
    <li
      className={styles.item}
      aria-label={t(node.expressionResult ? 'rules.tree.true' : 'rules.tree.false', {
        expression: node.expression,
      })}
    >
      <span aria-hidden="true" className={node.expressionResult ? styles.pass : styles.fail}>
        {node.expressionResult ? PASS : FAIL}
      </span>
      {node.expression}
      {property ? (
        <span className={styles.value}>
          {property.propertyValue === null
            ? t('rules.tree.empty', { property: property.propertyName })
            : t('rules.tree.value', {
                property: property.propertyName,
                value: property.propertyValue,
              })}
        </span>
      ) : null}
      {node.expressionEvaluationDetails && node.expressionEvaluationDetails.length > 0 ? (
        <ul className={styles.list}>
          {node.expressionEvaluationDetails.map((child, i) => (
            <Node key={`${String(i)}-${child.expression}`} node={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function ExpressionTree({
  details,
  label,
}: {
  details: ExpressionEvaluationDetails;
  label: string;
}) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      <Node node={details} />
    </ul>
  );
}
