/**
 * `npm run emulator` as an admin runs it: it stops when npm is sent SIGTERM or SIGINT (no server
 * left behind), says so when it listens beyond this machine and prints the control secret, and
 * with `--https` prints the certificate authority to trust.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const started: ChildProcess[] = [];

afterEach(() => {
  // A test that failed may leave its process group behind: end it (only what this file started).
  for (const child of started.splice(0))
    if (child.pid !== undefined && child.exitCode === null)
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
});

interface Cli {
  readonly child: ChildProcess;
  /** Everything printed so far. */
  output(): string;
  /** Resolves when the output matches. */
  printed(pattern: RegExp): Promise<RegExpExecArray>;
  /**
   * Resolves when every process holding the output has ended (npm, Node and any child) with npm's
   * exit code, or the signal npm ended with (npm re-raises SIGINT on itself once its child is done).
   */
  closed: Promise<number | NodeJS.Signals | null>;
}

function npmEmulator(args: readonly string[]): Cli {
  const child = spawn('npm', ['run', '--silent', 'emulator', '--', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  started.push(child);
  let text = '';
  const waiters: (() => void)[] = [];
  const onData = (chunk: Buffer) => {
    text += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const closed = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.on('close', (code, signal) => {
      for (const wake of waiters.splice(0)) wake();
      resolve(code ?? signal);
    });
  });
  return {
    child,
    output: () => text,
    closed,
    async printed(pattern) {
      for (;;) {
        const match = pattern.exec(text);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`the emulator exited: ${text}`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
  };
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

describe('npm run emulator', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops, server and all, when npm is sent %s',
    async (signal) => {
      const cli = npmEmulator(['--port', '0', '--seed', 'empty']);
      const [, port] = await cli.printed(/listening on http:\/\/127\.0\.0\.1:(\d+)\/v1\.0/);
      expect(await portOpen(Number(port))).toBe(true);
      cli.child.kill(signal);
      expect([0, signal]).toContain(await cli.closed);
      expect(cli.output()).toContain(`Graph emulator stopped (${signal}).`);
      expect(await portOpen(Number(port))).toBe(false);
    },
    30_000,
  );

  it('says when it listens beyond this machine, and prints the control secret it needs', async () => {
    const cli = npmEmulator(['--port', '0', '--seed', 'empty', '--host', '0.0.0.0']);
    const [, port] = await cli.printed(/listening on http:\/\/0\.0\.0\.0:(\d+)\/v1\.0/);
    const [, secret] = await cli.printed(/x-emulator-control-secret: (\S+)/);
    expect(cli.output()).toMatch(/not only on this machine/);
    const origin = `http://127.0.0.1:${port ?? ''}`;
    expect((await fetch(`${origin}/_emulator/admins`)).status).toBe(403);
    const allowed = await fetch(`${origin}/_emulator/admins`, {
      headers: { 'x-emulator-control-secret': secret ?? '' },
    });
    expect(allowed.status).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.closed).toBe(0);
  }, 30_000);

  it('with --https prints the authority to trust, made beside the data file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-https-'));
    const data = path.join(dir, 'tenant.json');
    const cli = npmEmulator(['--port', '0', '--seed', 'empty', '--https', '--data', data]);
    await cli.printed(/listening on https:\/\/127\.0\.0\.1:\d+\/v1\.0/);
    const [, ca] = await cli.printed(/NODE_EXTRA_CA_CERTS=(\S+)/);
    expect(ca).toBe(path.join(dir, 'tenant.json.tls', 'ca.pem'));
    expect(cli.output()).toMatch(/certificate made/);
    cli.child.kill('SIGTERM');
    expect(await cli.closed).toBe(0);
  }, 30_000);
});
