/**
 * `npm run emulator -- --data FILE` as a process: an unloadable file stops the start with one line
 * and is left as it was; a process killed with SIGKILL anywhere (inside a journal append, inside a
 * compaction, during bursts of concurrent changes) restarts with every acknowledged change.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportStore } from '../persistence/codec';
import { createSeedStore } from '../seeds';

const dir = mkdtempSync(path.join(tmpdir(), 'graph-emulator-data-'));
const root = path.resolve(import.meta.dirname, '../..');
let files = 0;
const freshFile = () => path.join(dir, `tenant-${String(++files)}.json`);

interface Cli {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  /** Resolves with the origin once listening, or rejects with everything it printed. */
  readonly listening: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

function runCli(file: string, env: Record<string, string> = {}, seed = 'empty'): Cli {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/server/main.ts', '--port', '0', '--seed', seed, '--data', file],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let output = '';
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    output: string;
  }>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve({ code, signal, output });
    });
  });
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Graph emulator listening on (http:\/\/127\.0\.0\.1:\d+)\/v1\.0/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then(() => {
      reject(new Error(`emulator exited: ${output}`));
    });
  });
  listening.catch(() => undefined);
  return { child, listening, exited };
}

async function tokenFor(origin: string): Promise<Record<string, string>> {
  const response = await fetch(`${origin}/_emulator/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: 'admin@contoso.onmicrosoft.com' }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

/** Creates a user; true when the creation was acknowledged (201). */
async function createUser(origin: string, headers: Record<string, string>, name: string) {
  try {
    const response = await fetch(`${origin}/v1.0/users`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        accountEnabled: true,
        displayName: name,
        mailNickname: name,
        userPrincipalName: `${name}@contoso.com`,
        passwordProfile: { password: 'Pa55w.rd!Pa55w.rd!' },
      }),
    });
    return response.status === 201;
  } catch {
    return false; // the process died before answering: not acknowledged
  }
}

async function savedUpns(file: string): Promise<Set<string>> {
  const cli = runCli(file);
  const origin = await cli.listening;
  const headers = await tokenFor(origin);
  const response = await fetch(`${origin}/v1.0/users?$top=999`, { headers });
  const { value } = (await response.json()) as { value: { userPrincipalName: string }[] };
  cli.child.kill('SIGTERM');
  await cli.exited;
  return new Set(value.map((u) => u.userPrincipalName.toLowerCase()));
}

describe('an unloadable data file', () => {
  const snapshot = JSON.stringify(exportStore(createSeedStore('empty')));
  it.each([
    [
      'truncated',
      snapshot.slice(0, Math.floor(snapshot.length / 2)),
      /is not valid JSON \(the file is truncated or corrupt\)/,
    ],
    [
      'structurally invalid ("users": "x")',
      JSON.stringify({ ...(JSON.parse(snapshot) as object), users: 'x' }),
      /users: invalid input \(expected array\)/,
    ],
    ['empty', '', /is empty/],
    ['not an emulator file', '{"hello":"world"}', /is not a Graph emulator data file/],
  ])(
    '%s: the start stops with one line naming the file, and the file is left as it was',
    async (_name, content, problem) => {
      const file = freshFile();
      writeFileSync(file, content);
      const cli = runCli(file);
      const { code, output } = await cli.exited;
      expect(code).toBe(1);
      const lines = output.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(problem);
      expect(output.length).toBeLessThan(400);
      expect(readFileSync(file, 'utf8')).toBe(content);
    },
    60_000,
  );
});

describe('a missing data file', () => {
  it('starts from the seed and creates it, owner-only', async () => {
    const file = freshFile();
    const cli = runCli(file);
    await cli.listening;
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  }, 60_000);
});

const CRASH_POINTS = [
  'append:written',
  'append:synced',
  'compact:started',
  'compact:part-written',
  'compact:temp-synced',
  'compact:renamed',
  'compact:segment-deleted',
] as const;

describe('killed with SIGKILL', () => {
  it.each(CRASH_POINTS)(
    'at %s: the restarted server loads and has every acknowledged change',
    async (point) => {
      const file = freshFile();
      // Compaction after every append, so each change runs through every point.
      const env = { GRAPH_EMULATOR_COMPACT_BYTES: '0' };
      const first = runCli(file, env);
      const firstOrigin = await first.listening;
      const firstHeaders = await tokenFor(firstOrigin);
      const acknowledged: string[] = [];
      for (let i = 0; i < 3; i++)
        if (await createUser(firstOrigin, firstHeaders, `before${String(i)}`))
          acknowledged.push(`before${String(i)}@contoso.com`);
      first.child.kill('SIGTERM');
      await first.exited;

      const crashing = runCli(file, { ...env, GRAPH_EMULATOR_CRASH_AT: `${point}:2` });
      const origin = await crashing.listening;
      const headers = await tokenFor(origin);
      // Changes one at a time until the process dies at the point (a compaction runs in the
      // background, so how many changes that takes depends on the machine; bounded).
      const state = { alive: true };
      void crashing.exited.then(() => {
        state.alive = false;
      });
      for (let i = 0; state.alive && i < 500; i++) {
        if (await createUser(origin, headers, `during${String(i)}`))
          acknowledged.push(`during${String(i)}@contoso.com`);
      }
      const { signal } = await crashing.exited;
      expect(signal).toBe('SIGKILL');
      expect(acknowledged.length).toBeGreaterThanOrEqual(3);

      const saved = await savedUpns(file);
      for (const upn of acknowledged) expect(saved, upn).toContain(upn);
    },
    90_000,
  );

  it('5 rounds during bursts of 20 concurrent changes: every acknowledged change survives', async () => {
    const file = freshFile();
    const acknowledged: string[] = [];
    for (let round = 0; round < 5; round++) {
      const cli = runCli(file, { GRAPH_EMULATOR_COMPACT_BYTES: '20000' });
      const origin = await cli.listening;
      const headers = await tokenFor(origin);
      let answered = 0;
      const burst = Array.from({ length: 20 }, (_, i) => `r${String(round)}u${String(i)}`).map(
        async (name) => {
          const ok = await createUser(origin, headers, name);
          if (ok) acknowledged.push(`${name}@contoso.com`);
          // Killed while the rest of the burst is still being written.
          if (++answered === 5 + round * 3) cli.child.kill('SIGKILL');
        },
      );
      await Promise.all(burst);
      expect((await cli.exited).signal).toBe('SIGKILL');
    }
    expect(acknowledged.length).toBeGreaterThan(25);
    const saved = await savedUpns(file);
    for (const upn of acknowledged) expect(saved, upn).toContain(upn);
  }, 180_000);
});
