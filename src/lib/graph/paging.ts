/** Following `@odata.nextLink`: stream a collection page by page, or collect it whole. */
import type { GraphClient, GraphRequestOptions } from './graph-client';
import type { GraphCollection } from './graph-types';

type PageOptions = Omit<GraphRequestOptions, 'method' | 'body'>;

/** Yields every page of a collection, following `@odata.nextLink` until there is none. */
export async function* streamPages<T>(
  client: GraphClient,
  path: string,
  options: PageOptions = {},
): AsyncGenerator<GraphCollection<T>> {
  let next: string | undefined = path;
  while (next !== undefined) {
    const page: GraphCollection<T> = await client.get<GraphCollection<T>>(next, options);
    yield page;
    next = page['@odata.nextLink'];
  }
}

/** Every item of a collection (all pages). `maxItems` stops early once that many are read. */
export async function collectAll<T>(
  client: GraphClient,
  path: string,
  options: PageOptions & { readonly maxItems?: number } = {},
): Promise<T[]> {
  const { maxItems = Number.POSITIVE_INFINITY, ...requestOptions } = options;
  const items: T[] = [];
  for await (const page of streamPages<T>(client, path, requestOptions)) {
    items.push(...page.value);
    if (items.length >= maxItems) return items.slice(0, maxItems);
  }
  return items;
}

/** One page of a collection, for "load more" lists and `useInfiniteQuery` (`pageParam` = the nextLink). */
export async function fetchPage<T>(
  client: GraphClient,
  pathOrNextLink: string,
  options: PageOptions = {},
): Promise<GraphCollection<T>> {
  return client.get<GraphCollection<T>>(pathOrNextLink, options);
}
