/**
 * The page's side of the embedded emulator: MSW handlers for `*\/v1.0/*` and `*\/_emulator/*` that
 * hand each request to the emulator worker and answer with its response. Nothing else is matched,
 * so the portal's own files pass straight through the service worker.
 */
import { transfer } from 'comlink';
import { http, type HttpHandler, type HttpResponseResolver } from 'msw';
import { errorBody } from '../graph/error-envelope';
import {
  requestToWire,
  responseFromWire,
  transferables,
  type WireRequest,
  type WireResponse,
} from '../../src/lib/graph/wire';

/** Where requests go: the worker's `EmulatorService` behind Comlink (or, in tests, the service itself). */
export interface RequestSink {
  handle(request: WireRequest): Promise<WireResponse | null>;
}

/** A 503 in Graph's envelope, for when the emulator cannot answer at all. */
function unavailable(request: Request, error: unknown): Response {
  const reason = error instanceof Error ? error.message : String(error);
  const requestId = crypto.randomUUID();
  const clientRequestId = request.headers.get('client-request-id') ?? requestId;
  const body = errorBody(
    {
      code: 'serviceNotAvailable',
      message: `The embedded Graph emulator is not available: ${reason}`,
    },
    { requestId, clientRequestId, now: Date.now() },
  );
  return Response.json(body, {
    status: 503,
    headers: { 'request-id': requestId, 'client-request-id': clientRequestId },
  });
}

/**
 * Handlers forwarding to `sink` once `ready` resolves; if the emulator could not start (or fails
 * while answering), every request gets a 503 whose message says why.
 */
export function forwardingHandlers(sink: RequestSink, ready: PromiseLike<unknown>): HttpHandler[] {
  const forward: HttpResponseResolver = async ({ request }) => {
    try {
      await ready;
      const wire = await requestToWire(request);
      const answer = await sink.handle(transfer(wire, transferables(wire)));
      return answer ? responseFromWire(answer) : undefined;
    } catch (error) {
      return unavailable(request, error);
    }
  };
  return [http.all('*/v1.0/*', forward), http.all('*/_emulator/*', forward)];
}
