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
function mix32(value: number): number {
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

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** The GUID number `counter` of the stream `seed`: a version-4-shaped GUID, the same on every run. */
export function guidAt(seed: number, counter: number): string {
  const a = mix32(seed ^ mix32(counter * 4 + 1));
  const b = mix32(seed ^ mix32(counter * 4 + 2));
  const c = mix32(seed ^ mix32(counter * 4 + 3));
  const d = mix32(seed ^ mix32(counter * 4 + 4));
  const s = hex8(a) + hex8(b) + hex8(c) + hex8(d);
  const variant = ((parseInt(s.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
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
