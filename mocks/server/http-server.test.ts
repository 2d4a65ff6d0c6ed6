import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './http-server';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ seed: 'empty', clock: 'manual' });
});
afterAll(async () => {
  await server.close();
});

describe('the HTTP server', () => {
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
