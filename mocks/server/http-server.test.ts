import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './http-server';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ seed: 'empty', clock: 'manual' });
});
afterAll(async () => {
  await server.close();
});

/** A GET on a keep-alive agent: whether it went over a socket an earlier request had opened. */
function getReusing(agent: Agent, url: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => {
        resolve(request.reusedSocket);
      });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the HTTP server', () => {
  it('keeps an idle keep-alive connection open past 8 s (a client waiting out a Retry-After reuses it safely)', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await getReusing(agent, `${server.origin}/v1.0/users`)).toBe(false);
      // Node's default (5 s, closed by about 6 s) ends the socket in this pause; the next request would then race it.
      await new Promise((resolve) => setTimeout(resolve, 8_000));
      expect(await getReusing(agent, `${server.origin}/v1.0/users`)).toBe(true);
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it('answers CORS preflights from the portal', async () => {
    const response = await fetch(`${server.origin}/v1.0/groups/x/assignLicense`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,consistencylevel',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization,content-type,consistencylevel',
    );
  });

  it('lets the portal read Graph responses and their headers', async () => {
    const response = await fetch(`${server.origin}/v1.0/users`, {
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('access-control-expose-headers')).toContain('location');
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers paths outside /v1.0 and /_emulator with a Graph error', async () => {
    const response = await fetch(`${server.origin}/beta/users`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'Request_BadRequest',
    );
  });
});
