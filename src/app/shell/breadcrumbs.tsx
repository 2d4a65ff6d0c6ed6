/** Breadcrumbs from the matched routes' `staticData.breadcrumb`, or the label a blade set. */
import {
  Breadcrumb,
  BreadcrumbButton,
  BreadcrumbDivider,
  BreadcrumbItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMatches } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useBreadcrumbStore } from '../../lib/navigation/breadcrumb-store';
import { useLinkProps } from './use-link-props';

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

export function Breadcrumbs() {
  const styles = useStyles();
  const link = useLinkProps();
  const labels = useBreadcrumbStore((state) => state.labels);
  const crumbs = useMatches({
    select: (matches) =>
      matches.flatMap((match) => {
        const label = match.staticData.breadcrumb;
        return label === undefined ? [] : [{ id: match.id, label, pathname: match.pathname }];
      }),
  });
  if (crumbs.length === 0) return null;
  return (
    <div className={styles.root}>
      <Breadcrumb aria-label="Breadcrumb" size="small">
        {crumbs.map((crumb, index) => {
          const current = index === crumbs.length - 1;
          const label = labels[crumb.id] ?? crumb.label;
          return (
            <Fragment key={crumb.id}>
              <BreadcrumbItem>
                {current ? (
                  <BreadcrumbButton current>{label}</BreadcrumbButton>
                ) : (
                  <BreadcrumbButton {...link(crumb.pathname)}>{label}</BreadcrumbButton>
                )}
              </BreadcrumbItem>
              {current ? null : <BreadcrumbDivider />}
            </Fragment>
          );
        })}
      </Breadcrumb>
    </div>
  );
}
