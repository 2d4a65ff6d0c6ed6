/**
 * The server's tenant storage for `--data FILE`: FILE holds a snapshot (`file.ts`), and
 * `FILE.journal.<first seq>` segments hold the records after it, one line per group commit:
 * `<crc32 hex> <json>\n`, appended and fdatasync'ed before the commit resolves. Compaction starts a
 * new segment, writes a new snapshot beside the old one and renames it over, then deletes the
 * segments it folded in. Every step leaves a loadable tenant: records the snapshot already holds
 * are skipped on load by their number, and a torn last line (a crash mid-append) was never
 * acknowledged and is cut off at the next start.
 */
import { open, readdir, readFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import type { StoreSnapshot } from './codec';
import type { JournalRecord } from './delta';
import { DataFileError, NotDurableError, reasonOf } from './errors';
import {
  FILE_MODE,
  readSnapshotFile,
  removeStaleTemps,
  restrictMode,
  snapshotLines,
  splitLines,
  syncFolder,
  writeTemp,
} from './file';
import { replay, type LoadedTenant, type ReadRecord, type TenantStorage } from './journal';

/** Named points inside appends and compaction, where crash tests stop the process. */
export type StoragePoint =
  | 'append:written'
  | 'append:synced'
  | 'compact:started'
  | 'compact:part-written'
  | 'compact:temp-synced'
  | 'compact:renamed'
  | 'compact:segment-deleted'
  | 'checkpoint:renamed';

/** How the file storage runs. */
export interface FileStorageOptions {
  /** Compact once the journal exceeds this many bytes and `compactRatio` of the snapshot. */
  readonly compactMinBytes?: number;
  /** Default 0.5: the journal may grow to half the snapshot before it is folded in. */
  readonly compactRatio?: number;
  /** Called at each `StoragePoint` (tests: crash there, or throw to fail the step). */
  readonly at?: (point: StoragePoint) => void;
}

interface Segment {
  readonly path: string;
  readonly firstSeq: number;
  bytes: number;
}

/** One journal line for a record. */
export function frameRecord(record: JournalRecord): string {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

async function listSegments(file: string): Promise<Segment[]> {
  const dir = path.dirname(path.resolve(file));
  const prefix = `${path.basename(file)}.journal.`;
  const segments: Segment[] = [];
  for (const name of await readdir(dir)) {
    if (!name.startsWith(prefix)) continue;
    const first = name.slice(prefix.length);
    if (!/^\d+$/.test(first)) continue;
    segments.push({ path: path.join(dir, name), firstSeq: Number(first), bytes: 0 });
  }
  return segments.sort((a, b) => a.firstSeq - b.firstSeq);
}

/** Reads every record line of the segments; the torn end of the last one, if any, is reported. */
async function readSegments(segments: Segment[]): Promise<{
  read: ReadRecord[];
  /** Where the last segment's valid records end, when a torn line follows them. */
  validLength: number | null;
}> {
  const read: ReadRecord[] = [];
  let validLength: number | null = null;
  for (const [index, segment] of segments.entries()) {
    const buffer = await readFile(segment.path);
    segment.bytes = buffer.length;
    const { lines, rest } = splitLines(buffer);
    let end = 0;
    for (const [n, [start, stop]] of lines.entries()) {
      const where = `${segment.path} line ${String(n + 1)}`;
      const space = buffer.indexOf(32, start);
      const json = space > 0 && space < stop ? buffer.subarray(space + 1, stop) : null;
      const crc = buffer.toString('latin1', start, Math.max(start, space));
      if (!json || !/^[0-9a-f]{8}$/.test(crc) || crc32(json) !== Number.parseInt(crc, 16)) {
        read.push({ where, problem: 'checksum mismatch (a write cut short or a damaged file)' });
        continue;
      }
      try {
        read.push({ where, value: JSON.parse(json.toString('utf8')) as unknown });
        end = stop + 1;
      } catch {
        read.push({ where, problem: 'not valid JSON' });
      }
    }
    if (rest < buffer.length)
      read.push({ where: `${segment.path} (end)`, problem: 'an incomplete last line' });
    if (index === segments.length - 1) validLength = end;
  }
  return { read, validLength };
}

/** Reads the data file and its journal: the last durable tenant, or null when there is none. */
async function loadFiles(file: string): Promise<{
  loaded: LoadedTenant | null;
  snapshotBytes: number;
  segments: Segment[];
  /** The length to cut the last segment to (a torn record after it), or null. */
  cutLastTo: number | null;
}> {
  const segments = await listSegments(file);
  const base = await readSnapshotFile(file);
  if (!base) {
    const first = segments[0];
    if (first)
      throw new DataFileError(
        `${file}: is missing, but its journal ${path.basename(first.path)} is there; restore the file or move the journal away.`,
      );
    return { loaded: null, snapshotBytes: 0, segments, cutLastTo: null };
  }
  const { read, validLength } = await readSegments(segments);
  const replayed = replay(base, read);
  return {
    loaded: { snapshot: replayed.snapshot, seq: replayed.seq },
    snapshotBytes: base.bytes,
    segments,
    cutLastTo: replayed.droppedTail ? validLength : null,
  };
}

/** The tenant saved in `--data FILE` and its journal, without changing anything; null when none. */
export async function loadDataFile(file: string): Promise<LoadedTenant | null> {
  return (await loadFiles(file)).loaded;
}

/**
 * Opens `--data FILE`: removes temporary files a crash left, makes the data files owner-only,
 * loads the tenant (null when FILE does not exist yet), cuts a torn last record, and returns the
 * storage that appends to it. Anything unloadable is a `DataFileError`, and nothing is written.
 */
export async function openFileStorage(
  file: string,
  options: FileStorageOptions = {},
): Promise<{ storage: FileStorage; loaded: LoadedTenant | null }> {
  const found = await loadFiles(file);
  await removeStaleTemps(file);
  const last = found.segments.at(-1);
  if (last && found.cutLastTo !== null) {
    const handle = await open(last.path, 'r+');
    try {
      await handle.truncate(found.cutLastTo);
      await handle.sync();
    } finally {
      await handle.close();
    }
    last.bytes = found.cutLastTo;
  }
  await restrictMode(file);
  for (const segment of found.segments) await restrictMode(segment.path);
  const storage = new FileStorage(file, options, found.segments, found.snapshotBytes);
  return { storage, loaded: found.loaded };
}

/** The data file and its journal. Made by `openFileStorage`. */
export class FileStorage implements TenantStorage {
  readonly #file: string;
  readonly #dir: string;
  readonly #options: FileStorageOptions;
  readonly #segments: Segment[];
  #snapshotBytes: number;
  #active: { readonly segment: Segment; readonly handle: FileHandle } | null = null;
  /** Bumped by every checkpoint, so a compaction begun before one never replaces it. */
  #epoch = 0;
  #exclusive: Promise<void> = Promise.resolve();
  /** Set when a failed append could not be cut off again: no more appends. */
  #broken: string | null = null;

  constructor(
    file: string,
    options: FileStorageOptions,
    segments: Segment[],
    snapshotBytes: number,
  ) {
    this.#file = file;
    this.#dir = path.dirname(path.resolve(file));
    this.#options = options;
    this.#segments = segments;
    this.#snapshotBytes = snapshotBytes;
  }

  /** Bytes of journal not yet folded into the snapshot. */
  get journalBytes(): number {
    return this.#segments.reduce((sum, s) => sum + s.bytes, 0);
  }

  /** The journal segments now on disk (tests). */
  get segmentPaths(): string[] {
    return this.#segments.map((s) => s.path);
  }

  async append(record: JournalRecord): Promise<void> {
    if (this.#broken) throw new NotDurableError(this.#broken);
    const line = Buffer.from(frameRecord(record));
    const active = this.#active ?? (await this.#startSegment(record.seq));
    const at = active.segment.bytes;
    try {
      await active.handle.write(line);
      this.#options.at?.('append:written');
      await active.handle.datasync();
      this.#options.at?.('append:synced');
    } catch (error) {
      try {
        await active.handle.truncate(at);
        await active.handle.datasync();
      } catch (undo) {
        this.#broken = `The data file's journal ${active.segment.path} could not be written or cut back (${reasonOf(undo)}); restart the emulator once the disk is back.`;
      }
      throw new NotDurableError(
        `The change could not be saved to ${active.segment.path} (${reasonOf(error)}).`,
      );
    }
    active.segment.bytes += line.length;
  }

  async #startSegment(firstSeq: number) {
    const segment: Segment = {
      path: `${this.#file}.journal.${String(firstSeq)}`,
      firstSeq,
      bytes: 0,
    };
    let handle: FileHandle;
    try {
      handle = await open(segment.path, 'a', FILE_MODE);
      await syncFolder(this.#dir);
    } catch (error) {
      throw new NotDurableError(
        `The journal ${segment.path} could not be created (${reasonOf(error)}).`,
      );
    }
    this.#segments.push(segment);
    this.#active = { segment, handle };
    return this.#active;
  }

  /** Ends the current segment: the next append starts a new one. */
  #rotate(): void {
    const active = this.#active;
    this.#active = null;
    if (active) void active.handle.close().catch(() => undefined);
  }

  wantsCompaction(): boolean {
    const { compactMinBytes = 8 * 1024 * 1024, compactRatio = 0.5 } = this.#options;
    const bytes = this.journalBytes;
    return bytes > compactMinBytes && bytes > this.#snapshotBytes * compactRatio;
  }

  compact(snapshot: StoreSnapshot, seq: number): Promise<void> {
    this.#rotate();
    const folded = this.#segments.filter((s) => s.firstSeq <= seq);
    const epoch = this.#epoch;
    return (async () => {
      this.#options.at?.('compact:started');
      const written = await writeTemp(this.#file, snapshotLines(snapshot, seq), () =>
        this.#options.at?.('compact:part-written'),
      );
      this.#options.at?.('compact:temp-synced');
      await this.#alone(async () => {
        if (epoch !== this.#epoch) {
          await unlink(written.temp).catch(() => undefined);
          return;
        }
        await rename(written.temp, this.#file);
        await syncFolder(this.#dir);
        this.#options.at?.('compact:renamed');
        this.#snapshotBytes = written.bytes;
        await this.#drop(folded, 'compact:segment-deleted');
      });
    })();
  }

  async checkpoint(snapshot: StoreSnapshot, seq: number): Promise<void> {
    this.#epoch++;
    this.#rotate();
    const written = await writeTemp(this.#file, snapshotLines(snapshot, seq)).catch(
      (error: unknown) => {
        throw new NotDurableError(
          `The tenant could not be saved to ${this.#file} (${reasonOf(error)}).`,
        );
      },
    );
    await this.#alone(async () => {
      await rename(written.temp, this.#file);
      await syncFolder(this.#dir);
      this.#options.at?.('checkpoint:renamed');
      this.#snapshotBytes = written.bytes;
      await this.#drop([...this.#segments], null);
    });
  }

  async load(): Promise<LoadedTenant | null> {
    return (await loadFiles(this.#file)).loaded;
  }

  /** Deletes segments the snapshot now holds. */
  async #drop(segments: readonly Segment[], point: StoragePoint | null): Promise<void> {
    for (const segment of segments) {
      await unlink(segment.path).catch(() => undefined);
      const index = this.#segments.indexOf(segment);
      if (index >= 0) this.#segments.splice(index, 1);
      if (point) this.#options.at?.(point);
    }
    await syncFolder(this.#dir);
  }

  /** Runs `step` after every other replacement of the snapshot has finished. */
  #alone(step: () => Promise<void>): Promise<void> {
    const run = this.#exclusive.then(step);
    this.#exclusive = run.catch(() => undefined);
    return run;
  }

  /** Closes the open segment. */
  async close(): Promise<void> {
    const active = this.#active;
    this.#active = null;
    await active?.handle.close();
    await this.#exclusive;
  }
}
