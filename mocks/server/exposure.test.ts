/**
 * The HTTP server's exposure (issue #11): bodies are not read before the token is checked and
 * never past 4 MB; CORS only for allowed origins and never with credentials; Host must be a
 * loopback name, the listening host or an allowed one; on a non-loopback address the control API
 * needs the secret.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './http-server';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    seed: 'empty',
    clock: 'manual',
    allowOrigins: ['https://portal.example'],
    allowHosts: ['emulator.test'],
  });
});
afterAll(async () => {
  await server.close();
});

async function token(target: RunningServer = server, secret?: string): Promise<string> {
  const response = await fetch(`${target.origin}/_emulator/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secret === undefined ? {} : { 'x-emulator-control-secret': secret }),
    },
    body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/**
 * POSTs a body that never ends (64 KB chunks, as fast as the socket takes them) and resolves with
 * the answer; the upload stops once the answer is in. A server that read the whole body first
 * would never answer.
 */
function endlessUpload(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; sent: number }> {
  const url = new URL(path, server.origin);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const req = httpRequest({
      host: url.hostname,
      port: url.port,
      method: 'POST',
      path: url.pathname,
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', (res: IncomingMessage) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString(), sent });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (!answered && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    req.write('{"displayName": "');
    pump();
  });
}

describe('request bodies', () => {
  it('are not read before the token is checked: an endless upload without a token gets its 401', async () => {
    const answer = await endlessUpload('/v1.0/users', {});
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: { code: 'InvalidAuthenticationToken' },
    });
  });

  it('are read up to 4 MB only: an endless upload with a token gets 413 in the envelope', async () => {
    const answer = await endlessUpload('/v1.0/users', { authorization: `Bearer ${await token()}` });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'RequestEntityTooLarge' } });
    expect(answer.sent).toBeGreaterThan(4 * 1024 * 1024);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${server.origin}/_emulator/token`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it.each(['http://127.0.0.1:5173', 'http://localhost:4173', 'https://portal.example'])(
    'answers an allowed origin (%s) with that origin and never with credentials',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      const read = await fetch(`${server.origin}/_emulator/clock`, { headers: { origin } });
      expect(read.headers.get('access-control-allow-origin')).toBe(origin);
      expect(read.headers.get('access-control-allow-credentials')).toBeNull();
    },
  );

  it.each(['https://evil.example', 'null', 'http://127.0.0.1:5174'])(
    'refuses any other origin (%s) without reflecting it',
    async (origin) => {
      const response = await preflight(origin);
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const read = await fetch(`${server.origin}/_emulator/admins`, { headers: { origin } });
      expect(read.status).toBe(403);
      expect(read.headers.get('access-control-allow-origin')).toBeNull();
    },
  );
});

function getWithHost(target: RunningServer, path: string, host: string): Promise<number> {
  const url = new URL(path, target.origin);
  return new Promise((resolve, reject) => {
    httpRequest({ host: url.hostname, port: url.port, path: url.pathname, headers: { host } })
      .on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject)
      .end();
  });
}

describe('Host', () => {
  it('accepts loopback names and allowed hosts, refuses any other (DNS rebinding)', async () => {
    const port = new URL(server.origin).port;
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `[::1]:${port}`,
      `emulator.test:${port}`,
    ])
      expect(await getWithHost(server, '/_emulator/clock', host), host).toBe(200);
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, '10.0.0.8'])
      expect(await getWithHost(server, '/_emulator/clock', host), host).toBe(403);
  });
});

describe('a server on a non-loopback address', () => {
  it('refuses the control API without the secret it was given, and answers with it', async () => {
    const exposed = await startServer({
      seed: 'empty',
      clock: 'manual',
      host: '0.0.0.0',
      controlSecret: 'correct horse battery staple',
    });
    try {
      const origin = exposed.origin.replace('0.0.0.0', '127.0.0.1');
      const without = await fetch(`${origin}/_emulator/admins`);
      expect(without.status).toBe(403);
      expect(await without.text()).toMatch(/X-Emulator-Control-Secret/);
      const wrong = await fetch(`${origin}/_emulator/admins`, {
        headers: { 'x-emulator-control-secret': 'wrong' },
      });
      expect(wrong.status).toBe(403);
      const right = await fetch(`${origin}/_emulator/admins`, {
        headers: { 'x-emulator-control-secret': 'correct horse battery staple' },
      });
      expect(right.status).toBe(200);
      const bearer = await token({ ...exposed, origin }, 'correct horse battery staple');
      const me = await fetch(`${origin}/v1.0/me`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      expect(me.status).toBe(200);
    } finally {
      await exposed.close();
    }
  });

  it('makes up a secret when none is given', async () => {
    const exposed = await startServer({ seed: 'empty', clock: 'manual', host: '0.0.0.0' });
    try {
      expect(exposed.controlSecret).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(server.controlSecret).toBeNull();
    } finally {
      await exposed.close();
    }
  });
});
