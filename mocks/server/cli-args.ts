/** The command line of `npm run emulator`. */
import { isSeedName, type SeedName } from '../seeds/names';

/** What the command line asks for. */
export interface EmulatorArgs {
  port: number;
  host: string;
  seed: SeedName;
  data: string | null;
  https: boolean;
  allowOrigins: string[];
  allowHosts: string[];
  controlSecret: string | null;
}

export const USAGE = `Usage: npm run emulator -- [options]
  --port 4010              port (0 picks a free one)
  --host 127.0.0.1         address to listen on; any other than loopback needs the control secret
  --seed default           default | empty | large
  --data FILE              load the tenant from FILE and save every change to it
  --https                  serve HTTPS with a certificate made on first start (trust the CA it prints)
  --allow-origin ORIGIN    a page origin that may call the emulator (repeatable), besides the portal's
  --allow-host NAME        a Host name to answer (repeatable), besides loopback names and --host
  --control-secret SECRET  the secret /_emulator needs (made up when --host is not loopback)`;

const FLAGS = new Set(['--https']);

/** Parses the arguments; throws with a readable message. */
export function parseArgs(argv: readonly string[]): EmulatorArgs | 'help' {
  const args: EmulatorArgs = {
    port: 4010,
    host: '127.0.0.1',
    seed: 'default',
    data: null,
    https: false,
    allowOrigins: [],
    allowHosts: [],
    controlSecret: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    if (flag === '--help' || flag === '-h') return 'help';
    if (FLAGS.has(flag)) {
      args.https = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value.`);
    i++;
    switch (flag) {
      case '--port': {
        const port = Number(value);
        if (!/^\d+$/.test(value) || port > 65535) throw new Error(`Invalid port '${value}'.`);
        args.port = port;
        break;
      }
      case '--seed':
        if (!isSeedName(value)) throw new Error(`Unknown seed '${value}'.`);
        args.seed = value;
        break;
      case '--data':
        args.data = value;
        break;
      case '--host':
        args.host = value;
        break;
      case '--allow-origin': {
        let origin: string;
        try {
          origin = new URL(value).origin;
        } catch {
          throw new Error(`Invalid origin '${value}' (write it as https://host:port).`);
        }
        if (origin === 'null' || origin !== value.replace(/\/$/, ''))
          throw new Error(`Invalid origin '${value}' (write it as https://host:port).`);
        args.allowOrigins.push(origin);
        break;
      }
      case '--allow-host':
        args.allowHosts.push(value);
        break;
      case '--control-secret':
        if (value.length < 16)
          throw new Error('The control secret must have 16 characters or more.');
        args.controlSecret = value;
        break;
      default:
        throw new Error(`Unknown option '${flag}'.`);
    }
  }
  return args;
}
