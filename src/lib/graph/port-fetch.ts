/**
 * `fetch` over a `MessagePort` to the embedded emulator (`EmulatorService.serve` in
 * `mocks/worker`): requests and answers cross as data (`wire.ts`), bodies transferred, so a
 * worker's Graph client reaches the emulator's worker directly.
 */
import { transfer, wrap } from 'comlink';
import {
  requestToWire,
  responseFromWire,
  transferables,
  type WireRequest,
  type WireResponse,
} from './wire';

interface RequestSink {
  handle(request: WireRequest): Promise<WireResponse | null>;
}

/** A `fetch` answered by the emulator on `port`; an abort rejects at once, as `fetch` does. */
export function portFetch(port: MessagePort): typeof fetch {
  const sink = wrap<RequestSink>(port);
  return async (input, init) => {
    const request = new Request(input, init);
    const wire = await requestToWire(request);
    const aborted = new Promise<never>((_resolve, reject) => {
      const stop = () => {
        reject(request.signal.reason as Error);
      };
      if (request.signal.aborted) stop();
      else request.signal.addEventListener('abort', stop, { once: true });
    });
    const answer = await Promise.race([sink.handle(transfer(wire, transferables(wire))), aborted]);
    if (!answer) throw new TypeError(`The embedded emulator does not answer ${request.url}.`);
    return responseFromWire(answer);
  };
}
