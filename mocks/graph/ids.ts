/**
 * Id sources for the emulator. Object ids must be reproducible (seeds and tests compare them), so
 * the default source derives GUIDs from a seed and a counter instead of randomness.
 */

/** Hands out ids. `state` is the counter, so a persisted tenant resumes where it stopped. */
export interface IdSource {
  /** A new lower-case GUID. */
  guid(): string;
  /** How many ids were handed out so far. */
  readonly state: number;
  /** The stream's name, so a persisted tenant can resume it. */
  readonly seed: string;
  /**
   * Goes back to an earlier `state`: the ids handed out since then were never used (a refused
   * change), so the stream hands them out again.
   */
  rewind(state: number): void;
}

/** 32-bit integer hash (a murmur3 finaliser variant); small, fast and well mixed. */
export function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Hash of a string seed to a 32-bit number (FNV-1a). */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hex digits of every 12-bit number, three each (a seed hands out 100,000 ids: no `toString(16)`). */
const HEX3 = Array.from({ length: 4096 }, (_, n) => n.toString(16).padStart(3, '0'));
const hex3 = (n: number) => HEX3[n & 0xfff] as string;
/** Variant digits 8, 9, a, b: the top two bits of the fourth group are 10. */
const VARIANT = '89ab';

/**
 * The GUID number `counter` of the stream `seed`: a version-4-shaped GUID, the same on every run.
 * Four 32-bit words a, b, c, d as 32 hex digits, the 13th replaced by the version `4` and the
 * 17th by the variant (`8 | (digit & 3)`).
 */
export function guidAt(seed: number, counter: number): string {
  const a = mix32(seed ^ mix32(counter * 4 + 1));
  const b = mix32(seed ^ mix32(counter * 4 + 2));
  const c = mix32(seed ^ mix32(counter * 4 + 3));
  const d = mix32(seed ^ mix32(counter * 4 + 4));
  return (
    `${hex3(a >>> 20)}${hex3(a >>> 8)}${hex3(a << 4).slice(0, 2)}-` +
    `${hex3(b >>> 20)}${hex3(b >>> 16).slice(2)}-4${hex3(b)}-` +
    `${VARIANT.charAt((c >>> 28) & 3)}${hex3(c >>> 16)}-${hex3(c >>> 4)}${hex3(c << 8).slice(0, 1)}` +
    `${hex3(d >>> 20)}${hex3(d >>> 8)}${hex3(d << 4).slice(0, 2)}`
  );
}

/** A deterministic id source: GUID n of the stream named `seed`, starting after `start` ids. */
export function seededIds(seed: string, start = 0): IdSource {
  const key = seedOf(seed);
  let counter = start;
  return {
    guid: () => guidAt(key, counter++),
    get state() {
      return counter;
    },
    seed,
    rewind(state) {
      if (state <= counter) counter = state;
    },
  };
}

/** Whether a string is a GUID in the 8-4-4-4-12 form (any case). */
export function isGuid(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
  );
}
