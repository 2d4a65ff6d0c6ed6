/**
 * The emulator as an HTTP(S) server. Node's `http` (or `https`) request is screened (`exposure.ts`:
 * method, Host, Origin, control secret), turned into a Fetch `Request` whose body is read only
 * when the pipeline asks for it (after the token check, at most 4 MB), and handed to the same
 * request pipeline the browser and the tests use. With a storage (`--data`), the pipeline's persist step
 * waits for the journal append (group commit: concurrent changes share one write) before a change is answered.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Emulator, type EmulatorOptions } from '../graph/emulator';
import { graphError, type GraphError } from '../graph/errors';
import { errorResponse } from '../graph/http';
import { createEmulatorPipeline } from '../handlers';
import { autosave, type Autosave } from '../persistence/autosave';
import type { TenantStorage } from '../persistence/journal';
import {
  acceptedHostNames,
  CONTROL_SECRET_HEADER,
  DEFAULT_ALLOWED_ORIGINS,
  isLoopback,
  preflightHeaders,
  screen,
  type Exposure,
} from './exposure';

/** How long an idle keep-alive connection stays open: longer than a client pauses between requests in practice. */
export const IDLE_CONNECTION_MS = 60_000;
/** How the server starts. */
export interface ServerOptions extends EmulatorOptions {
  readonly port?: number;
  readonly host?: string;
  /** Where the tenant is saved (the `--data` file); in memory only without it. */
  /** Where the tenant is saved (the `--data` file and its journal); in memory only without it. */
  readonly persist?: TenantStorage;
  /** Whether `persist` already holds the starting tenant (loaded from it); otherwise it is written before listening. */
  readonly persisted?: boolean;
  /** Number of the last journal record `persist` holds (from the load). */
  readonly persistedSeq?: number;
  /** Origins whose pages may call the emulator, added to the portal's dev and preview origins. */
  readonly allowOrigins?: readonly string[];
  /** Host names accepted besides loopback names and `host`. */
  readonly allowHosts?: readonly string[];
  /**
   * The control API's secret. On a non-loopback `host` one is always required (generated when
   * not given); on loopback only when given.
   */
  readonly controlSecret?: string;
  /** Serve HTTPS with this key and certificate (PEM). */
  readonly tls?: { readonly key: string; readonly cert: string };
}

/** A running server. */
export interface RunningServer {
  /** `http(s)://HOST:PORT` (without `/v1.0`). */
  readonly origin: string;
  readonly emulator: Emulator;
  readonly server: Server;
  /** The saver when the server persists, for shutdown and measurements. */
  readonly saver: Autosave | null;
  /** The secret the control API needs, or null when it needs none. */
  readonly controlSecret: string | null;
  /** Saves what is not saved yet, then stops. */
  close(): Promise<void>;
}

/** A request body as a stream that reads from the socket only when pulled, a chunk at a time. */
function lazyBody(request: IncomingMessage): ReadableStream<Uint8Array> {
  request.pause();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        return new Promise<void>((resolve, reject) => {
          const done = () => {
            request.off('data', onData);
            request.off('end', onEnd);
            request.off('error', onError);
          };
          const onData = (chunk: Buffer) => {
            done();
            request.pause();
            controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            resolve();
          };
          const onEnd = () => {
            done();
            controller.close();
            resolve();
          };
          const onError = (error: Error) => {
            done();
            reject(error);
          };
          request.on('data', onData);
          request.once('end', onEnd);
          request.once('error', onError);
          request.resume();
        });
      },
    },
    { highWaterMark: 0 },
  );
}

/** Unread body bytes discarded after an answer before the connection is dropped instead. */
const DISCARD_LIMIT = 16 * 1024 * 1024;

/**
 * After answering a request whose body was not read (refused before it was needed, or too
 * large), the rest is read and thrown away, so the client gets to read the answer (closing a
 * socket with unread data would reset it); past 16 MB the connection is dropped.
 */
function discardRest(request: IncomingMessage): void {
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.byteLength;
    if (discarded > DISCARD_LIMIT) request.socket.destroy();
  });
  request.resume();
}

function hasBody(request: IncomingMessage): boolean {
  const length = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
  );
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

async function send(request: IncomingMessage, response: ServerResponse, answer: Response) {
  answer.headers.forEach((value, key) => response.setHeader(key, value));
  const body = Buffer.from(await answer.arrayBuffer());
  response.once('finish', () => {
    if (!request.complete) discardRest(request);
  });
  response.writeHead(answer.status).end(body);
}

/** Starts the emulator on `host:port` (port 0 picks a free one). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const emulator = new Emulator({ seedSlices: { sliceMs: 10 }, ...options });
  const pipeline = createEmulatorPipeline(emulator);
  const saver = options.persist
    ? autosave(emulator, options.persist, {
        saved: options.persisted ?? false,
        seq: options.persistedSeq ?? 0,
        clock: options.clock ?? 'manual',
      })
    : null;
  // A change is answered only once durable; one that could not be saved is undone and answered
  // 503 (the pipeline's persist step), and no request runs while the tenant is being reloaded.
  if (saver)
    emulator.setPersistence({ ready: () => saver.ready(), commit: (seen) => saver.commit(seen) });
  await saver?.commit();
  const controlSecret =
    options.controlSecret ?? (isLoopback(host) ? null : randomBytes(24).toString('base64url'));
  const exposure: Exposure = {
    allowedOrigins: new Set([...DEFAULT_ALLOWED_ORIGINS, ...(options.allowOrigins ?? [])]),
    hostNames: acceptedHostNames(host, options.allowHosts),
    controlSecret,
  };
  const scheme = options.tls ? 'https' : 'http';

  const refuse = (response: ServerResponse, request: IncomingMessage, error: GraphError) => {
    const requestId = emulator.nextRequestId();
    void send(
      request,
      response,
      errorResponse(
        error,
        { requestId, clientRequestId: header(request, 'client-request-id') ?? requestId },
        emulator.store.clock.now(),
      ),
    );
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    let target: URL;
    try {
      target = new URL(request.url ?? '/', 'http://emulator.invalid');
    } catch {
      refuse(response, request, graphError.badRequest('The request URI is not valid.'));
      return;
    }
    const refused = screen(
      exposure,
      {
        method,
        host: header(request, 'host'),
        origin: header(request, 'origin'),
        pathname: target.pathname,
        secret: header(request, CONTROL_SECRET_HEADER),
      },
      (name, value) => response.setHeader(name, value),
    );
    if (refused) {
      refuse(response, request, refused);
      return;
    }
    if (method === 'OPTIONS') {
      preflightHeaders(header(request, 'access-control-request-headers'), (name, value) =>
        response.setHeader(name, value),
      );
      response.writeHead(204).end();
      return;
    }
    const headers = new Headers();
    for (const [key, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(key, value);
      else if (Array.isArray(value)) headers.set(key, value.join(', '));
    }
    const url = `${scheme}://${header(request, 'host') ?? host}${target.pathname}${target.search}`;
    const fetchRequest = new Request(url, {
      method,
      headers,
      ...(hasBody(request) ? { body: lazyBody(request), duplex: 'half' as const } : {}),
    });
    void pipeline
      .handle(fetchRequest, { clientAddress: request.socket.remoteAddress ?? '127.0.0.1' })
      .then((answer) => send(request, response, answer))
      .catch((error: unknown) => {
        if (!response.headersSent) refuse(response, request, graphError.badRequest(String(error)));
        else response.destroy();
      });
  };

  const server = options.tls
    ? createTlsServer({ key: options.tls.key, cert: options.tls.cert }, handle)
    : createServer(handle);
  // An idle keep-alive connection stays open a minute (Node's default is 5 s). A client that
  // reuses an idle socket just as the server closes it gets ECONNRESET on a request the server
  // never saw: with 5 s that happened to clients waiting out a Retry-After of a few seconds
  // (a live journey's $batch, 1 run in 5 under load). Headers must outlast it (Node's rule).
  server.keepAliveTimeout = IDLE_CONNECTION_MS;
  server.headersTimeout = IDLE_CONNECTION_MS + 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    origin: `${scheme}://${shown}:${String(port)}`,
    emulator,
    server,
    saver,
    controlSecret,
    close: async () => {
      emulator.pump.stop();
      await saver?.flush();
      saver?.stop();
      await saver?.settled();
      await options.persist?.close?.();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      });
    },
  };
}
