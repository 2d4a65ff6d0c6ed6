import { beforeEach, describe, expect, it } from 'vitest';
import { graph } from '../../lib/graph/graph';
import { createGraphClient } from '../../lib/graph/graph-client';
import { GraphError } from '../../lib/graph/graph-error';
import { signInAs } from '../../lib/session/sign-in';
import { ADMIN, resetTestTenant, testEmulator } from '../../test/emulator';
import { readInactiveRows, readPathSeats } from './read-seats';
import { unwrap } from './outcome';
import { createReportsService } from './reports-service';

/** What crosses a `postMessage` (Comlink's messages between the worker and the page). */
const message = <T>(value: T): T => structuredClone(value);

describe('the seat reports service (the reports worker)', () => {
  beforeEach(async () => {
    testEmulator();
    resetTestTenant('default');
    await signInAs(ADMIN.globalReader);
  });

  it('hands the inactive users report over in slices that join to the whole report, by name', async () => {
    const service = createReportsService({ client: graph });
    const whole = await readInactiveRows(graph, 30);
    expect(whole.length).toBeGreaterThan(7);

    const ready = unwrap(message(await service.inactiveUsers('report-1', 30)));
    expect(ready.count).toBe(whole.length);
    const joined = [];
    for (let from = 0; from < ready.count; from += 7)
      joined.push(...message(service.inactiveRows('report-1', from, from + 7)));
    expect(joined).toEqual(whole);
    expect(new Set(ready.groupIds)).toEqual(
      new Set(
        whole.flatMap((row) =>
          row.assignments.flatMap((a) => (a.source.kind === 'group' ? [a.source.groupId] : [])),
        ),
      ),
    );

    service.release('report-1');
    expect(() => service.inactiveRows('report-1', 0, 7)).toThrow(/No inactive users/);
  });

  it('answers the sums the page would count itself', async () => {
    const service = createReportsService({ client: graph });
    expect(unwrap(message(await service.pathSeats('report-2')))).toEqual(
      await readPathSeats(graph),
    );
  });

  it("carries Graph's refusal to the page as a GraphError, with its status and code", async () => {
    const refusing = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      getToken: () => 'token',
      fetch: () =>
        Promise.resolve(
          Response.json(
            { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } },
            { status: 403, headers: { 'request-id': 'r-1' } },
          ),
        ),
    });
    const outcome = message(await createReportsService({ client: refusing }).pathSeats('r'));

    const error = (() => {
      try {
        unwrap(outcome);
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({
      status: 403,
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges.',
      requestId: 'r-1',
    });
  });

  it('stops a job the page cancels', async () => {
    let sent = 0;
    const hanging = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      getToken: () => 'token',
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => {
          sent++;
          init?.signal?.addEventListener('abort', () => {
            reject(new DOMException('The read was cancelled.', 'AbortError'));
          });
        }),
    });
    const service = createReportsService({ client: hanging });
    const running = service.pathSeats('report-3');
    await expect.poll(() => sent).toBe(1);

    service.cancel('report-3');

    const outcome = message(await running);
    expect(outcome).toMatchObject({ ok: false, error: { name: 'AbortError' } });
    expect(sent).toBe(1);
  });
});
