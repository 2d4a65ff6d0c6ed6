import { describe, expect, it } from 'vitest';
import { ReadLedger } from './read-ledger';

const COUNTS = 'POST $batch of GET /groups/a/members/$count';
const LIST = 'GET /v1.0/groups';

type Step = ['sent' | 'abandoned', string] | ['navigated'];

function play(steps: readonly Step[]): string[] {
  const ledger = new ReadLedger();
  for (const step of steps) {
    if (step[0] === 'navigated') ledger.navigated();
    else if (step[0] === 'sent') ledger.sentRead(step[1]);
    else ledger.abandonedRead(step[1]);
  }
  return ledger.wasted();
}

describe('ReadLedger', () => {
  it.each<[string, Step[], string[]]>([
    [
      'a read abandoned and sent again on the same page is waste',
      [
        ['sent', COUNTS],
        ['abandoned', COUNTS],
        ['sent', COUNTS],
      ],
      [COUNTS],
    ],
    [
      'sent again after the admin went elsewhere and came back is a new read',
      [
        ['sent', COUNTS],
        ['navigated'],
        ['abandoned', COUNTS],
        ['navigated'],
        ['navigated'],
        ['sent', COUNTS],
      ],
      [],
    ],
    [
      'abandoned and never sent again',
      [
        ['sent', COUNTS],
        ['abandoned', COUNTS],
      ],
      [],
    ],
    [
      'only a later send counts, not the one that was abandoned',
      [
        ['sent', COUNTS],
        ['sent', LIST],
        ['abandoned', COUNTS],
      ],
      [],
    ],
    [
      'another read sent after an abandoned one is not the same read',
      [
        ['sent', COUNTS],
        ['abandoned', COUNTS],
        ['sent', LIST],
      ],
      [],
    ],
    [
      'a read thrown away twice on one page is named once',
      [
        ['sent', LIST],
        ['abandoned', LIST],
        ['sent', LIST],
        ['abandoned', LIST],
        ['sent', LIST],
      ],
      [LIST],
    ],
    [
      'a remount right after a route change wastes within the new visit',
      [['navigated'], ['sent', LIST], ['abandoned', LIST], ['sent', LIST]],
      [LIST],
    ],
  ])('%s', (_, steps, wasted) => {
    expect(play(steps)).toEqual(wasted);
  });
});
