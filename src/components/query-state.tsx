/**
 * The ladder every blade walks for a query: loading (skeleton rows), error (the server's words and
 * Retry), empty, then the content. Words come from the caller.
 *
 *   <QueryState query={groups} data={groups.data} loading="Loading groups"
 *     error="Could not load groups" isEmpty={(g) => g.length === 0}
 *     empty={<EmptyState title="No groups match" />}>
 *     {(g) => <GroupsTable groups={g} />}
 *   </QueryState>
 */
import type { ReactNode } from 'react';
import { ErrorMessage } from './error-message';
import { Loading } from './loading';

/** The state of the query (or queries) the data comes from. */
interface QueryStatus {
  readonly error: unknown;
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly refetch: () => unknown;
}

export interface QueryStateProps<T> {
  readonly query: QueryStatus;
  /** The query's data, or what the blade made of it. */
  readonly data: T | undefined;
  /** For assistive technology while loading: "Loading groups". */
  readonly loading: string;
  /** The error's title: "Could not load groups". */
  readonly error: string;
  readonly rows?: number;
  readonly isEmpty?: (data: T) => boolean;
  readonly empty?: ReactNode;
  readonly children: (data: T) => ReactNode;
}

export function QueryState<T>({
  query,
  data,
  loading,
  error,
  rows,
  isEmpty,
  empty,
  children,
}: QueryStateProps<T>) {
  if (query.isError)
    return <ErrorMessage title={error} error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || data === undefined)
    return <Loading label={loading} {...(rows === undefined ? {} : { rows })} />;
  if (isEmpty?.(data) === true) return <>{empty}</>;
  return <>{children(data)}</>;
}
