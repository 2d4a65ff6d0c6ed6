import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { invalidate } from './invalidate';
import { graphKeys } from './keys';

/** A read whose answers the test hands out one by one. */
function controlledRead() {
  const pending: ((value: string) => void)[] = [];
  return {
    calls: () => pending.length,
    answer: (index: number, value: string) => pending[index]?.(value),
    queryFn: () => new Promise<string>((resolve) => pending.push(resolve)),
  };
}

const clients: QueryClient[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.clear();
});

function watched(read: ReturnType<typeof controlledRead>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  clients.push(client);
  const observer = new QueryObserver(client, {
    queryKey: graphKeys.products,
    queryFn: read.queryFn,
  });
  const unsubscribe = observer.subscribe(() => undefined);
  return { client, observer, unsubscribe };
}

describe('invalidate', () => {
  it('reads again what is on screen when it has data', async () => {
    const read = controlledRead();
    const { client, observer, unsubscribe } = watched(read);
    read.answer(0, 'before');
    await expect.poll(() => observer.getCurrentResult().data).toBe('before');
    void invalidate(client, ['products']);
    await expect.poll(read.calls).toBe(2);
    read.answer(1, 'after');
    await expect.poll(() => observer.getCurrentResult().data).toBe('after');
    unsubscribe();
  });

  it('restarts a first read still in flight: it began before the change', async () => {
    const read = controlledRead();
    const { client, observer, unsubscribe } = watched(read);
    expect(read.calls()).toBe(1);
    const done = invalidate(client, ['products']);
    await expect.poll(read.calls).toBe(2);
    // The first read's answer, taken before the change, never reaches the screen.
    read.answer(0, 'before');
    read.answer(1, 'after');
    await done;
    expect(observer.getCurrentResult().data).toBe('after');
    unsubscribe();
  });

  it('hands a read built on that first read the new answer', async () => {
    const read = controlledRead();
    const { client, unsubscribe } = watched(read);
    // What a query function does when it needs another query's data (`client.query`).
    const built = client.query({ queryKey: graphKeys.products, queryFn: read.queryFn });
    void invalidate(client, ['products']);
    await expect.poll(read.calls).toBe(2);
    read.answer(0, 'before');
    read.answer(1, 'after');
    expect(await built).toBe('after');
    unsubscribe();
  });

  it('leaves a first read nobody shows as it is', async () => {
    const read = controlledRead();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    clients.push(client);
    const built = client.query({ queryKey: graphKeys.products, queryFn: read.queryFn });
    await invalidate(client, ['products']);
    expect(read.calls()).toBe(1);
    read.answer(0, 'only');
    expect(await built).toBe('only');
  });

  it('leaves the queries under `except` as they are, and reads the rest of the entity again', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    clients.push(client);
    const report = controlledRead();
    const list = controlledRead();
    const observers = [
      new QueryObserver(client, {
        queryKey: graphKeys.users.inactive(90),
        queryFn: report.queryFn,
      }),
      new QueryObserver(client, { queryKey: graphKeys.users.withErrors, queryFn: list.queryFn }),
    ];
    const unsubscribe = observers.map((o) => o.subscribe(() => undefined));
    report.answer(0, 'report');
    list.answer(0, 'list');
    await expect
      .poll(() => observers.map((o) => o.getCurrentResult().data))
      .toEqual(['report', 'list']);
    const done = invalidate(client, ['users'], [graphKeys.users.inactiveReports]);
    await expect.poll(list.calls).toBe(2);
    list.answer(1, 'list again');
    await done;
    expect(report.calls()).toBe(1);
    expect(client.getQueryState(graphKeys.users.inactive(90))?.isInvalidated).toBe(false);
    for (const stop of unsubscribe) stop();
  });
});
