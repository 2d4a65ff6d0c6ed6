/**
 * The official Graph SDK works against the emulator unchanged, over HTTPS: `$select`, `$filter`
 * and `$top`, `PageIterator` across more than 1,000 pages (each `@odata.nextLink` is an absolute
 * https URL the SDK reads back as host, version and path), group `assignLicense`, and errors as
 * `GraphError`. The SDK runs in a child Node process that trusts the emulator's certificate
 * authority through `NODE_EXTRA_CA_CERTS`; TLS checks stay on everywhere.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/http-server';
import { loadOrCreateCertificate, type Certificate } from '../server/tls';
import { skuOf } from './scenario-kit';

const root = path.resolve(import.meta.dirname, '../..');
let server: RunningServer;
let certificate: Certificate;

beforeAll(async () => {
  certificate = await loadOrCreateCertificate(
    mkdtempSync(path.join(tmpdir(), 'graph-emulator-tls-')),
    ['127.0.0.1'],
  );
  server = await startServer({ seed: 'default', clock: 'manual', tls: certificate });
});
afterAll(async () => {
  await server.close();
});

interface Findings {
  selected: { value: Record<string, unknown>[] };
  pages: number;
  distinct: number;
  assigned: { id: string };
  notFound: Record<string, unknown> | null;
  badFilter: Record<string, unknown> | null;
}

function runSdk(env: Record<string, string>): Promise<Findings> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mocks/contract/sdk/sdk-https-client.ts'],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out) as Findings);
      else reject(new Error(`the SDK client exited ${String(code)}: ${err}${out}`));
    });
  });
}

describe('the official Graph SDK over HTTPS, configured only as documented', () => {
  // More than 2,000 HTTPS round trips by design (one user per page): the time is the requests'.
  it('selects, filters, pages past 1,000 pages, assigns a group licence and reports errors as GraphError', async () => {
    const store = server.emulator.store;
    const group = [...store.groups].find(([, g]) => g.displayName === 'Finance leadership')?.[0];
    const sku = skuOf('POWER_BI_STANDARD');
    const findings = await runSdk({
      NODE_EXTRA_CA_CERTS: certificate.caPath,
      EMULATOR_ORIGIN: server.origin,
      EMULATOR_GROUP: group ?? '',
      EMULATOR_SKU: sku,
    });

    expect(findings.selected.value.length).toBeGreaterThan(0);
    expect(findings.selected.value.length).toBeLessThanOrEqual(5);
    for (const user of findings.selected.value) {
      expect(Object.keys(user).sort()).toEqual(['displayName', 'id']);
      expect(String(user.displayName).toLowerCase().startsWith('a')).toBe(true);
    }

    expect(findings.pages).toBe(store.users.size);
    expect(findings.pages).toBeGreaterThan(1000);
    expect(findings.distinct).toBe(findings.pages);

    expect(findings.assigned.id).toBe(group);
    expect(store.tenant.group(group ?? '')?.assignedLicenses.map((l) => l.skuId)).toContain(sku);

    expect(findings.notFound).toMatchObject({
      graphError: true,
      statusCode: 404,
      code: 'Request_ResourceNotFound',
    });
    expect(findings.badFilter).toMatchObject({
      graphError: true,
      statusCode: 400,
      code: 'Request_BadRequest',
      message: expect.stringMatching(/Invalid filter clause/) as unknown,
    });
  }, 120_000);

  it('does not trust the emulator without its certificate authority (TLS checks stay on)', async () => {
    await expect(runSdk({ EMULATOR_ORIGIN: server.origin })).rejects.toThrow(
      /SELF_SIGNED_CERT_IN_CHAIN|self-signed certificate/,
    );
  }, 30_000);
});
