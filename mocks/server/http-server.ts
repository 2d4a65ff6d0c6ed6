/**
 * The emulator as an HTTP server: Node's `http` turns each request into a Fetch `Request`, MSW's
 * `getResponse` finds the handler, the answer is written back with CORS headers for the portal.
 * With a sink, a request that changed the tenant is answered only once the change is saved
 * (group commit: concurrent changes share one write).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { Emulator, type EmulatorOptions } from '../graph/emulator';
import { errorBody, graphError } from '../graph/errors';
import { createHandlers } from '../handlers';
import { autosave, type Autosave, type SnapshotSink } from '../persistence/autosave';

/** How the server starts. */
export interface ServerOptions extends EmulatorOptions {
  readonly port?: number;
  readonly host?: string;
  /** Where the tenant is saved (the `--data` file); in memory only without it. */
  readonly persist?: SnapshotSink;
  /** Whether `persist` already holds the starting tenant (loaded from it); otherwise it is written before listening. */
  readonly persisted?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** `http://127.0.0.1:PORT` (without `/v1.0`). */
  readonly origin: string;
  readonly emulator: Emulator;
  readonly server: Server;
  /** The saver when the server persists, for shutdown and measurements. */
  readonly saver: Autosave | null;
  /** Saves what is not saved yet, then stops. */
  close(): Promise<void>;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const EXPOSED = 'request-id, client-request-id, location, content-type';

function cors(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
  response.setHeader('vary', 'Origin');
  response.setHeader('access-control-allow-credentials', 'true');
  response.setHeader('access-control-expose-headers', EXPOSED);
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** Starts the emulator on `host:port` (port 0 picks a free one). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const emulator = new Emulator(options);
  const handlers = createHandlers(emulator);
  const saver = options.persist
    ? autosave(emulator, options.persist, { saved: options.persisted ?? false })
    : null;
  await saver?.commit();
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    void (async () => {
      cors(request, response);
      if (request.method === 'OPTIONS') {
        response.setHeader(
          'access-control-allow-methods',
          'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        );
        response.setHeader(
          'access-control-allow-headers',
          request.headers['access-control-request-headers'] ?? '*',
        );
        response.setHeader('access-control-max-age', '600');
        response.writeHead(204).end();
        return;
      }
      try {
        const url = `http://${request.headers.host ?? `${host}:0`}${request.url ?? '/'}`;
        if (!isDecodable(new URL(url).pathname)) {
          const error = graphError.badRequest(
            'The request URI is not valid: it holds a malformed percent-encoded sequence.',
          );
          response.writeHead(400, { 'content-type': 'application/json' }).end(
            JSON.stringify(
              errorBody(error, {
                requestId: emulator.nextRequestId(),
                clientRequestId: '',
                now: emulator.store.clock.now(),
              }),
            ),
          );
          return;
        }
        const headers = new Headers();
        for (const [key, value] of Object.entries(request.headers)) {
          if (typeof value === 'string') headers.set(key, value);
          else if (Array.isArray(value)) headers.set(key, value.join(', '));
        }
        headers.set('x-forwarded-for', request.socket.remoteAddress ?? '127.0.0.1');
        const body =
          request.method === 'GET' || request.method === 'HEAD'
            ? undefined
            : await readBody(request);
        const fetchRequest = new Request(url, {
          method: request.method ?? 'GET',
          headers,
          ...(body ? { body: new Uint8Array(body) } : {}),
        });
        const store = emulator.store;
        const version = store.version;
        const answer = await getResponse(handlers, fetchRequest);
        // Durable before answered: a change is on disk when the client hears of it.
        if (
          saver &&
          !READS.has(fetchRequest.method) &&
          (emulator.store !== store || store.version !== version)
        )
          await saver.commit();
        if (!answer) {
          const error = graphError.badRequest(
            `Resource not found for the segment '${new URL(url).pathname}'.`,
          );
          response.writeHead(400, { 'content-type': 'application/json' }).end(
            JSON.stringify(
              errorBody(error, {
                requestId: emulator.nextRequestId(),
                clientRequestId: '',
                now: emulator.store.clock.now(),
              }),
            ),
          );
          return;
        }
        answer.headers.forEach((value, key) => response.setHeader(key, value));
        response.writeHead(answer.status);
        response.end(Buffer.from(await answer.arrayBuffer()));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { code: 'UnknownError', message } }));
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${String(port)}`,
    emulator,
    server,
    saver,
    close: async () => {
      emulator.pump.stop();
      await saver?.flush();
      saver?.stop();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
