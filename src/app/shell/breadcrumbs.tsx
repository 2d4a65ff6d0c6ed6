/** Breadcrumbs from the matched routes: the crumb a route's loader named, else its static label. */
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
import type { Crumb } from '../routes/loaders';
import { BreadcrumbLink } from './nav-links';
import { useT } from '../../lib/i18n/use-t';

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

const loaderCrumb = (data: unknown): string | undefined =>
  typeof data === 'object' && data !== null && 'crumb' in data ? (data as Crumb).crumb : undefined;

export function Breadcrumbs() {
  const styles = useStyles();
  const t = useT();
  const crumbs = useMatches({
    select: (matches) =>
      matches.flatMap((match) => {
        const named = loaderCrumb(match.loaderData);
        const id = match.staticData.breadcrumb;
        const label = named ?? (id === undefined ? undefined : t(id));
        return label === undefined ? [] : [{ id: match.id, label, pathname: match.pathname }];
      }),
  });
  if (crumbs.length === 0) return null;
  return (
    <div className={styles.root}>
      <Breadcrumb aria-label={t('shell.breadcrumb')} size="small">
        {crumbs.map((crumb, index) => {
          const current = index === crumbs.length - 1;
          return (
            <Fragment key={crumb.id}>
              <BreadcrumbItem>
                {current ? (
                  <BreadcrumbButton current>{crumb.label}</BreadcrumbButton>
                ) : (
                  <BreadcrumbLink to={crumb.pathname}>{crumb.label}</BreadcrumbLink>
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
