/** The command line of `npm run emulator`. */
import { GraphError } from '../graph/errors';
import { DEFAULT_PROFILE, parseProfile, type EmulatorProfile } from '../graph/profile/profile';
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
  profile: EmulatorProfile;
}

export const USAGE = `Usage: npm run emulator -- [options]
  --port 4010              port (0 picks a free one)
  --host 127.0.0.1         address to listen on; any other than loopback needs the control secret
  --seed default           default | empty | large
  --data FILE              load the tenant from FILE and save every change to it
  --https                  serve HTTPS with a certificate made on first start (trust the CA it prints)
  --allow-origin ORIGIN    a page origin that may call the emulator (repeatable), besides the portal's
  --allow-host NAME        a Host name to answer (repeatable), besides loopback names and --host
  --control-secret SECRET  the secret /_emulator needs (made up when --host is not loopback)
  --profile default        default | graph: graph behaves like production Microsoft Graph (the
                           emulator's extensions are unknown segments, Graph's throttling
                           budgets, lists lag writes); POST /_emulator/profile switches it later
  --lag-ms 2000            graph: how long lists and counts lag a write (0: at once)
  --throttle-budgets on    graph: Graph's documented budgets (on | off)
  --throttle-rate 0        graph: share of requests forced to 429, 0 to 1 (0.1: one in ten)
  --throttle-seed 1        graph: seed of the forced 429s (same seed, same requests throttled)
  --throttle-retry-after 1 graph: Retry-After seconds of a forced 429`;

/** Command-line names of the profile's settings, for messages. */
const PROFILE_FLAGS: Readonly<Record<string, string>> = {
  lagMs: '--lag-ms',
  'throttle.budgets': '--throttle-budgets',
  'throttle.rate': '--throttle-rate',
  'throttle.seed': '--throttle-seed',
  'throttle.retryAfter': '--throttle-retry-after',
};

/** Builds the profile through the control API's validator, in command-line words. */
function profileOf(name: string, settings: Record<string, unknown>): EmulatorProfile {
  const given = Object.keys(settings).map((key) => PROFILE_FLAGS[key] ?? key);
  if (name !== 'graph' && given.length > 0)
    throw new Error(
      `${given.join(', ')} ${given.length > 1 ? 'apply' : 'applies'} to --profile graph only.`,
    );
  const throttle: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings))
    if (key.startsWith('throttle.')) throttle[key.slice('throttle.'.length)] = value;
  try {
    return parseProfile({
      profile: name,
      ...(settings.lagMs === undefined ? {} : { lagMs: settings.lagMs }),
      ...(Object.keys(throttle).length > 0 ? { throttle } : {}),
    });
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    let message = error.message.replace(/'profile'/, '--profile');
    for (const [key, flag] of Object.entries(PROFILE_FLAGS))
      message = message.replace(`'${key}'`, flag);
    throw new Error(message, { cause: error });
  }
}

function numberOf(flag: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`${flag} needs a number.`);
  return n;
}

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
    profile: DEFAULT_PROFILE,
  };
  let profile = 'default';
  const settings: Record<string, unknown> = {};
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
      case '--profile':
        profile = value;
        break;
      case '--lag-ms':
        settings.lagMs = numberOf(flag, value);
        break;
      case '--throttle-budgets':
        if (value !== 'on' && value !== 'off') throw new Error('--throttle-budgets is on or off.');
        settings['throttle.budgets'] = value === 'on';
        break;
      case '--throttle-rate':
        settings['throttle.rate'] = numberOf(flag, value);
        break;
      case '--throttle-seed':
        settings['throttle.seed'] = numberOf(flag, value);
        break;
      case '--throttle-retry-after':
        settings['throttle.retryAfter'] = numberOf(flag, value);
        break;
      default:
        throw new Error(`Unknown option '${flag}'.`);
    }
  }
  args.profile = profileOf(profile, settings);
  return args;
}
