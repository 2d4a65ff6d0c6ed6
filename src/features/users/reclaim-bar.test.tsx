import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { inactiveUsersQueryOptions } from '../../api/inactive-users';
import { useSessionStore } from '../../lib/session/session-store';
import { intlWrapper } from '../../test/intl-wrapper';
import { InactiveUsersReport } from './inactive-users-report';

const IntlWrapper = intlWrapper();

/** Data stays fresh: what the cache holds is what the report shows, with no read of its own. */
const newClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

/** The report alone (no route, so no loader reading ahead), over this query cache. */
function renderReport(client: QueryClient) {
  render(
    <IntlWrapper>
      <QueryClientProvider client={client}>
        <InactiveUsersReport
          days={90}
          search=""
          sku={undefined}
          onDays={() => undefined}
          onOpen={() => undefined}
        />
      </QueryClientProvider>
    </IntlWrapper>,
  );
}

describe('Users → Inactive licensed users → the Reclaim bar', () => {
  beforeEach(() => {
    useSessionStore.setState({
      account: {
        userPrincipalName: 'admin@example.com',
        displayName: null,
        roles: ['Global Administrator'],
        accessToken: 't',
      },
    });
  });

  it('names no count while the report has not answered', () => {
    const client = newClient();
    // A read that is under way and never answers: the report mounts onto it.
    void client.query({
      queryKey: inactiveUsersQueryOptions(90).queryKey,
      queryFn: () => new Promise<never>(() => undefined),
    });
    renderReport(client);

    expect(screen.getByRole('checkbox', { name: 'Select all users listed' })).toBeDisabled();
    expect(screen.queryByText(/Select (all|the) \d+ users? listed/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Reclaim' })).toBeDisabled();
  });

  it('says it found nobody once the report answers with nobody', () => {
    const client = newClient();
    client.setQueryData(inactiveUsersQueryOptions(90).queryKey, []);
    renderReport(client);

    expect(screen.getByRole('checkbox', { name: 'Select all 0 users listed' })).toBeDisabled();
  });
});
