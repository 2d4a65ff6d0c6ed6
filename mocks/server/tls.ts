/**
 * The HTTPS certificate of `npm run emulator -- --https`: a local certificate authority made on
 * first start (`selfsigned`), and a server certificate it signs for `localhost`, `127.0.0.1`,
 * `::1` and the listening host. Both are kept in a folder (beside the data file, or in
 * `node_modules/.cache/graph-emulator/tls`) and reused; the server certificate is made again when
 * it nears its end or does not name the host, signed by the same authority, so a client that
 * trusts `ca.pem` once (`NODE_EXTRA_CA_CERTS`, or the system's store) keeps trusting it.
 * Private keys are written with mode 0600.
 */
import { X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';

/** The files of a certificate folder. */
export interface Certificate {
  /** PEM of the server's private key. */
  readonly key: string;
  /** PEM of the server certificate followed by the authority's. */
  readonly cert: string;
  /** The file to trust: the authority's certificate. */
  readonly caPath: string;
  /** Whether anything was made on this start. */
  readonly created: boolean;
}

const DAY = 86_400_000;

/** The default folder: beside the data file, or in `node_modules/.cache`. */
export function certificateFolder(dataFile: string | null, root = process.cwd()): string {
  return dataFile
    ? path.join(path.dirname(path.resolve(dataFile)), `${path.basename(dataFile)}.tls`)
    : path.join(root, 'node_modules', '.cache', 'graph-emulator', 'tls');
}

async function read(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function writeKey(file: string, pem: string): Promise<void> {
  await writeFile(file, pem, { mode: 0o600 });
  await chmod(file, 0o600);
}

const isIp = (host: string) => /^[\d.]+$/.test(host) || host.includes(':');

/** The names a certificate carries: loopback names and the ones the server answers to. */
function namesFor(hosts: readonly string[]): string[] {
  const names = ['localhost', '127.0.0.1', '::1'];
  for (const host of hosts) {
    const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
    if (bare !== '0.0.0.0' && bare !== '::' && bare !== '' && !names.includes(bare))
      names.push(bare);
  }
  return names;
}

function valid(pem: string | null, now: number, margin: number): pem is string {
  if (pem === null) return false;
  try {
    return Date.parse(new X509Certificate(pem).validTo) - now > margin;
  } catch {
    return false;
  }
}

/** A name as written in a certificate, canonical (IPv6 compressed, lower case). */
function canonical(name: string): string {
  const bare = name.trim().toLowerCase();
  return bare.includes(':') ? new URL(`http://[${bare}]`).hostname.slice(1, -1) : bare;
}

function names(cert: X509Certificate): string[] {
  return (cert.subjectAltName ?? '')
    .split(',')
    .map((entry) => canonical(entry.trim().replace(/^(DNS|IP Address):/, '')));
}

/**
 * Reads the certificate for `hosts` (the names and addresses the server answers to, besides
 * loopback) from `folder`, making what is missing or no longer fit.
 */
export async function loadOrCreateCertificate(
  folder: string,
  hosts: readonly string[],
): Promise<Certificate> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const files = {
    ca: path.join(folder, 'ca.pem'),
    caKey: path.join(folder, 'ca-key.pem'),
    cert: path.join(folder, 'server.pem'),
    key: path.join(folder, 'server-key.pem'),
  };
  const now = Date.now();
  let created = false;
  let ca = await read(files.ca);
  let caKey = await read(files.caKey);
  if (!valid(ca, now, 30 * DAY) || caKey === null) {
    const made = await generate([{ name: 'commonName', value: 'Graph emulator local CA' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: new Date(now - DAY),
      notAfterDate: new Date(now + 3650 * DAY),
      extensions: [
        { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
        {
          name: 'keyUsage',
          keyCertSign: true,
          cRLSign: true,
          digitalSignature: true,
          critical: true,
        },
      ],
    });
    ca = made.cert;
    caKey = made.private;
    await writeFile(files.ca, ca);
    await writeKey(files.caKey, caKey);
    created = true;
  }
  const wanted = namesFor(hosts);
  let cert = await read(files.cert);
  let key = await read(files.key);
  const fits = (pem: string) => {
    const x509 = new X509Certificate(pem);
    return (
      x509.checkIssued(new X509Certificate(ca)) && wanted.every((n) => names(x509).includes(n))
    );
  };
  if (created || key === null || !valid(cert, now, 7 * DAY) || !fits(cert)) {
    const made = await generate([{ name: 'commonName', value: 'localhost' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: new Date(now - DAY),
      notAfterDate: new Date(now + 397 * DAY),
      ca: { key: caKey, cert: ca },
      extensions: [
        { name: 'basicConstraints', cA: false, critical: true },
        { name: 'keyUsage', digitalSignature: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: wanted.map((n) => (isIp(n) ? { type: 7, ip: n } : { type: 2, value: n })),
        },
      ],
    });
    cert = made.cert;
    key = made.private;
    await writeFile(files.cert, cert);
    await writeKey(files.key, key);
    created = true;
  }
  return { key, cert: `${cert.trim()}\n${ca.trim()}\n`, caPath: files.ca, created };
}
