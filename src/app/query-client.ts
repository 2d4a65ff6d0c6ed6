/** The app's QueryClient: Graph data stays fresh for 30 s; 4xx answers are not retried. */
import { QueryClient } from '@tanstack/react-query';
import { isGraphError } from '../lib/graph/graph-error';

export function createAppQueryClient(options: { test?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry:
          options.test === true
            ? false
            : (failureCount, error) =>
                failureCount < 2 &&
                !(isGraphError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
