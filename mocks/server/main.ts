/**
 * `npm run emulator -- [--port 4010] [--seed default|empty|large] [--data FILE] [--host 127.0.0.1]
 * [--https] [--allow-origin ORIGIN] [--allow-host NAME] [--control-secret SECRET]`
 *
 * Serves Graph v1.0 at `http(s)://HOST:PORT/v1.0` and the control API at `/_emulator`. With
 * `--data`, the tenant is loaded from FILE and its journal when FILE exists (started from the seed
 * and created when it does not), and every change is appended to the journal before it is
 * answered; concurrent changes share one append (`mocks/persistence/README.md`). A data file that
 * cannot be loaded stops the start with one line naming it and the problem, and is left untouched.
 * The npm script `exec`s Node, so this process is the one npm signals: it stops cleanly on SIGINT
 * and SIGTERM, after a last save.
 */
import { compileRule } from '../../src/engine/rules';
import { importStore } from '../persistence/codec';
import { reasonOf } from '../persistence/errors';
import {
  openFileStorage,
  type FileStorageOptions,
  type StoragePoint,
} from '../persistence/file-storage';
import { parseArgs, USAGE, type EmulatorArgs } from './cli-args';
import { acceptedHostNames, CONTROL_SECRET_HEADER, isLoopback } from './exposure';
import { startServer } from './http-server';
import { certificateFolder, loadOrCreateCertificate } from './tls';

function readArgs(): EmulatorArgs {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args === 'help') {
      console.log(USAGE);
      process.exit(0);
    }
    return args;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    process.exit(2);
  }
}

/**
 * Crash tests only: `GRAPH_EMULATOR_CRASH_AT=compact:renamed` (optionally `:N` for the Nth time)
 * kills the process with SIGKILL at that point inside a journal append or a compaction.
 */
function crashPoint(): ((point: StoragePoint) => void) | undefined {
  const spec = process.env.GRAPH_EMULATOR_CRASH_AT;
  if (!spec) return undefined;
  const [kind = '', phase = '', nth = '1'] = spec.split(':');
  let seen = 0;
  return (point) => {
    if (point === `${kind}:${phase}` && ++seen >= Number(nth)) process.kill(process.pid, 'SIGKILL');
  };
}

/**
 * `GRAPH_EMULATOR_COMPACT_BYTES=N` folds the journal into the data file whenever it exceeds N
 * bytes (default: 8 MiB and half the data file).
 */
function storageOptions(): FileStorageOptions {
  const at = crashPoint();
  const bytes = Number(process.env.GRAPH_EMULATOR_COMPACT_BYTES ?? Number.NaN);
  return {
    ...(at ? { at } : {}),
    ...(Number.isFinite(bytes) ? { compactMinBytes: bytes, compactRatio: 0 } : {}),
  };
}

/** Opens the data file and its journal; one line naming the file and the problem when it can't. */
async function openData(file: string | null) {
  if (!file) return { opened: null, store: undefined };
  try {
    const opened = await openFileStorage(file, storageOptions());
    const store = opened.loaded
      ? importStore(opened.loaded.snapshot, compileRule, 'flowing')
      : undefined;
    return { opened, store };
  } catch (error) {
    // The file is left as it is.
    console.error(`Graph emulator: cannot start: ${reasonOf(error)}`);
    process.exit(1);
  }
}

/** Set when the server is up; a signal before that ends the process before it listens. */
let running: { close(): Promise<void> } | null = null;
let stopping = false;

function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  void (async () => {
    try {
      await running?.close();
      console.log(`Graph emulator stopped (${signal}).`);
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  })();
}

async function main(): Promise<void> {
  // Before anything else: a signal that comes while the server starts must not go unheard.
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  const args = readArgs();
  const { opened, store } = await openData(args.data);
  const certificate = args.https
    ? await loadOrCreateCertificate(certificateFolder(args.data), [
        ...acceptedHostNames(args.host, args.allowHosts),
      ])
    : null;
  const server = await startServer({
    port: args.port,
    host: args.host,
    seed: args.seed,
    clock: 'flowing',
    allowOrigins: args.allowOrigins,
    allowHosts: args.allowHosts,
    ...(args.controlSecret ? { controlSecret: args.controlSecret } : {}),
    ...(certificate ? { tls: certificate } : {}),
    ...(store ? { store } : {}),
    ...(opened
      ? {
          persist: opened.storage,
          persisted: opened.loaded !== null,
          persistedSeq: opened.loaded?.seq ?? 0,
        }
      : {}),
  });
  running = server;
  console.log(`Graph emulator listening on ${server.origin}/v1.0`);
  if (certificate) {
    console.log(
      `HTTPS certificate ${certificate.created ? 'made' : 'reused'}; trust its authority: ${certificate.caPath}`,
    );
    console.log(`  Node clients: NODE_EXTRA_CA_CERTS=${certificate.caPath}`);
  }
  if (!isLoopback(args.host))
    console.log(
      `Listening on ${args.host}, not only on this machine: anyone who can reach it can call Graph with a token.`,
    );
  if (server.controlSecret !== null)
    console.log(
      `The control API (/_emulator: tokens, reset, clock) answers only requests with the header\n  ${CONTROL_SECRET_HEADER}: ${server.controlSecret}`,
    );
}

void main();
