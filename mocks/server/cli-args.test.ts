/** The command line's profile options: the control API's validator, in command-line words. */
import { describe, expect, it } from 'vitest';
import { parseArgs, USAGE, type EmulatorArgs } from './cli-args';

const parse = (argv: string[]) => parseArgs(argv) as EmulatorArgs;

describe('--profile', () => {
  it('is default unless asked for', () => {
    expect(parse([]).profile).toEqual({
      name: 'default',
      lagMs: 0,
      throttle: { budgets: false, rate: 0, seed: 1, retryAfter: 1 },
    });
  });

  it('graph takes its settings, with Graph-like defaults for the rest', () => {
    expect(parse(['--profile', 'graph']).profile).toEqual({
      name: 'graph',
      lagMs: 2000,
      throttle: { budgets: true, rate: 0, seed: 1, retryAfter: 1 },
    });
    expect(
      parse([
        '--profile',
        'graph',
        '--lag-ms',
        '0',
        '--throttle-budgets',
        'off',
        '--throttle-rate',
        '0.1',
        '--throttle-seed',
        '7',
        '--throttle-retry-after',
        '3',
      ]).profile,
    ).toEqual({
      name: 'graph',
      lagMs: 0,
      throttle: { budgets: false, rate: 0.1, seed: 7, retryAfter: 3 },
    });
  });

  it.each([
    [['--profile', 'beta'], /--profile must be one of default, graph/],
    [['--lag-ms', '100'], /--lag-ms applies to --profile graph only/],
    [
      ['--throttle-rate', '0.5', '--throttle-seed', '2'],
      /--throttle-rate, --throttle-seed apply to --profile graph only/,
    ],
    [
      ['--profile', 'graph', '--throttle-rate', '1.5'],
      /--throttle-rate must be a number from 0 to 1/,
    ],
    [['--profile', 'graph', '--throttle-rate', 'often'], /--throttle-rate needs a number/],
    [['--profile', 'graph', '--lag-ms', '2.5'], /--lag-ms must be a whole number/],
    [['--profile', 'graph', '--throttle-budgets', 'yes'], /--throttle-budgets is on or off/],
    [
      ['--profile', 'graph', '--throttle-retry-after', '0'],
      /--throttle-retry-after must be a whole number from 1/,
    ],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('is in --help', () => {
    for (const flag of [
      '--profile',
      '--lag-ms',
      '--throttle-budgets',
      '--throttle-rate',
      '--throttle-seed',
      '--throttle-retry-after',
    ])
      expect(USAGE).toContain(flag);
  });
});
