/**
 * `npm run emulator -- --port 4010 [--seed default|empty|large] [--data FILE] [--host 127.0.0.1]`
 *
 * Serves Graph v1.0 at `http://HOST:PORT/v1.0` and the control API at `/_emulator`. With `--data`,
 * the tenant is loaded from FILE and its journal when FILE exists (started from the seed and
 * created when it does not), and every change is appended to the journal before it is answered;
 * concurrent changes share one append (`mocks/persistence/README.md`). A data file that cannot be
 * loaded stops the start with one line naming it and the problem, and is left untouched.
 * Stops cleanly on SIGINT and SIGTERM, after a last save.
 */
import { compileRule } from '../../src/engine/rules';
import { importStore } from '../persistence/codec';
import { reasonOf } from '../persistence/errors';
import {
  openFileStorage,
  type FileStorageOptions,
  type StoragePoint,
} from '../persistence/file-storage';
import type { LoadedTenant } from '../persistence/journal';
import { isSeedName, type SeedName } from '../seeds/names';
import { startServer } from './http-server';

interface Args {
  port: number;
  host: string;
  seed: SeedName;
  data: string | null;
}

const USAGE =
  'Usage: npm run emulator -- [--port 4010] [--seed default|empty|large] [--data FILE] [--host 127.0.0.1]';

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { port: 4010, host: '127.0.0.1', seed: 'default', data: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    if (value === undefined) throw new Error(`${flag ?? ''} needs a value.`);
    i++;
    if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`Invalid port '${value}'.`);
      args.port = port;
    } else if (flag === '--seed') {
      if (!isSeedName(value)) throw new Error(`Unknown seed '${value}'.`);
      args.seed = value;
    } else if (flag === '--data') args.data = value;
    else if (flag === '--host') args.host = value;
    else throw new Error(`Unknown option '${flag ?? ''}'.`);
  }
  return args;
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

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    process.exit(2);
  }
  let opened: Awaited<ReturnType<typeof openFileStorage>> | null = null;
  let store: ReturnType<typeof importStore> | undefined;
  try {
    opened = args.data ? await openFileStorage(args.data, storageOptions()) : null;
    const loaded: LoadedTenant | null = opened?.loaded ?? null;
    store = loaded ? importStore(loaded.snapshot, compileRule, 'flowing') : undefined;
  } catch (error) {
    // One line naming the file and the problem; the file is left as it is.
    console.error(`Graph emulator: cannot start: ${reasonOf(error)}`);
    process.exit(1);
  }
  const server = await startServer({
    port: args.port,
    host: args.host,
    seed: args.seed,
    clock: 'flowing',
    ...(store ? { store } : {}),
    ...(opened
      ? {
          persist: opened.storage,
          persisted: opened.loaded !== null,
          persistedSeq: opened.loaded?.seq ?? 0,
        }
      : {}),
  });
  console.log(`Graph emulator listening on ${server.origin}/v1.0`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      try {
        await server.close();
        console.log(`Graph emulator stopped (${signal}).`);
        process.exit(0);
      } catch (error) {
        console.error(error);
        process.exit(1);
      }
    })();
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

void main();
