/**
 * The HTTP server's snapshot file. Layout (version 2): one JSON value per line: a manifest
 * (`{"format":"graph-emulator-tenant-file","version":2,"seq":S,"parts":N}`), the snapshot's head,
 * then N parts (`snapshot-parts.ts`), so neither writing nor reading ever holds the whole tenant
 * as one string, and a part is stringified between two turns of the event loop. A file of
 * version 1 (the whole snapshot as one JSON document) still loads.
 *
 * Writes are atomic: a temporary file in the same folder (mode 0600), flushed, renamed over the
 * old one, the folder synced; a crash mid-write leaves the previous complete file, and the
 * temporary files such a crash leaves are removed at the next start.
 */
import { chmod, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type StoreSnapshot } from './codec';
import { DataFileError, reasonOf } from './errors';
import { checkPart, checkSnapshot } from './schema';
import { joinSnapshot, splitSnapshot, type SnapshotPart } from './snapshot-parts';

/** Data files are the tenant's secrets (tokens): owner only. */
export const FILE_MODE = 0o600;

const MANIFEST_FORMAT = 'graph-emulator-tenant-file';

/** A snapshot read from a file, with the last journal record it includes. */
export interface SnapshotFile {
  readonly snapshot: StoreSnapshot;
  readonly seq: number;
  readonly bytes: number;
}

/** Offsets of the lines of a buffer; `rest` is what follows the last newline (a torn line). */
export function splitLines(buffer: Buffer): { lines: [number, number][]; rest: number } {
  const lines: [number, number][] = [];
  let start = 0;
  for (;;) {
    const end = buffer.indexOf(10, start);
    if (end < 0) break;
    lines.push([start, end]);
    start = end + 1;
  }
  return { lines, rest: start };
}

function parseLine(file: string, text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataFileError(
      `${file}: ${what} is not valid JSON (the file is truncated or corrupt).`,
    );
  }
}

/** Reads a snapshot file; null when it does not exist. Anything unloadable is a `DataFileError`. */
export async function readSnapshotFile(file: string): Promise<SnapshotFile | null> {
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new DataFileError(`${file}: cannot be read (${reasonOf(error)}).`);
  }
  if (buffer.length === 0) throw new DataFileError(`${file}: is empty.`);
  const { lines, rest } = splitLines(buffer);
  const text = (range: [number, number]) => buffer.toString('utf8', range[0], range[1]);
  let manifest: { format?: unknown; version?: unknown; seq?: unknown; parts?: unknown } | null;
  try {
    manifest = JSON.parse(lines[0] ? text(lines[0]) : buffer.toString('utf8')) as typeof manifest;
  } catch {
    manifest = null;
  }
  if (manifest?.format !== MANIFEST_FORMAT) return legacy(file, buffer);
  if (manifest.version !== 2)
    throw new DataFileError(
      `${file}: is a data file of version ${String(manifest.version)}, which this emulator cannot read.`,
    );
  const { seq, parts } = manifest;
  if (!Number.isInteger(seq) || !Number.isInteger(parts) || (parts as number) < 0)
    throw new DataFileError(`${file}: line 1: the manifest is damaged.`);
  const count = parts as number;
  if (lines.length < count + 2 || rest !== buffer.length)
    throw new DataFileError(
      `${file}: is truncated (${String(Math.max(0, lines.length - 2))} of ${String(count)} parts, ${String(buffer.length)} bytes).`,
    );
  if (lines.length > count + 2)
    throw new DataFileError(`${file}: has ${String(lines.length - count - 2)} lines too many.`);
  const headLine = lines[1] as [number, number];
  const head = checkSnapshot(parseLine(file, text(headLine), 'line 2'));
  if (typeof head === 'string') throw new DataFileError(`${file}: line 2: ${head}.`);
  const list: SnapshotPart[] = [];
  for (let i = 0; i < count; i++) {
    const part = checkPart(
      parseLine(file, text(lines[i + 2] as [number, number]), `line ${String(i + 3)}`),
    );
    if (typeof part === 'string')
      throw new DataFileError(`${file}: line ${String(i + 3)}: ${part}.`);
    list.push(part.part);
  }
  return { snapshot: joinSnapshot(head.snapshot, list), seq: seq as number, bytes: buffer.length };
}

function legacy(file: string, buffer: Buffer): SnapshotFile {
  const value = parseLine(file, buffer.toString('utf8'), 'the snapshot');
  if ((value as { format?: unknown } | null)?.format !== 'graph-emulator-tenant')
    throw new DataFileError(`${file}: is not a Graph emulator data file.`);
  const checked = checkSnapshot(value);
  if (typeof checked === 'string') throw new DataFileError(`${file}: ${checked}.`);
  return { snapshot: checked.snapshot, seq: 0, bytes: buffer.length };
}

/** The lines of a snapshot file for `snapshot`, which includes journal records up to `seq`. */
export function* snapshotLines(snapshot: StoreSnapshot, seq: number): Generator<string> {
  const { head, parts } = splitSnapshot(snapshot);
  yield `${JSON.stringify({ format: MANIFEST_FORMAT, version: 2, seq, parts: parts.length })}\n`;
  yield `${JSON.stringify(head)}\n`;
  for (const part of parts) yield `${JSON.stringify(part)}\n`;
}

const tempPrefix = (file: string) => `.${path.basename(file)}.`;

/** Removes temporary files a crash mid-write left beside `file`; returns how many. */
export async function removeStaleTemps(file: string): Promise<number> {
  const dir = path.dirname(path.resolve(file));
  const prefix = tempPrefix(file);
  const stale = (await readdir(dir)).filter((f) => f.startsWith(prefix) && f.endsWith('.tmp'));
  for (const name of stale) await unlink(path.join(dir, name)).catch(() => undefined);
  return stale.length;
}

/** Syncs a folder, so a rename or a new file in it survives a crash. */
export async function syncFolder(dir: string): Promise<void> {
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } catch {
    /* some file systems cannot sync folders */
  } finally {
    await folder.close();
  }
}

/**
 * Writes a temporary file beside `file` (mode 0600) from its pieces, each written with its own
 * call so a long file does not hold the event loop, and flushes it to disk. `onPiece` runs after
 * each piece but the first two (crash tests). The caller renames it over `file`.
 */
export async function writeTemp(
  file: string,
  content: string | Iterable<string>,
  onPiece?: () => void,
): Promise<{ temp: string; bytes: number }> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(
    dir,
    `${tempPrefix(file)}${String(process.pid)}.${String(Date.now())}.tmp`,
  );
  let bytes = 0;
  let pieces = 0;
  const handle = await open(temp, 'w', FILE_MODE);
  try {
    for (const piece of typeof content === 'string' ? [content] : content) {
      const { bytesWritten } = await handle.write(piece);
      bytes += bytesWritten;
      if (++pieces > 2) onPiece?.();
    }
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return { temp, bytes };
}

/** Writes a file atomically: `writeTemp`, rename over `file`, fsync of the folder. */
export async function writeFileAtomic(
  file: string,
  content: string | Iterable<string>,
): Promise<number> {
  const { temp, bytes } = await writeTemp(file, content);
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(path.resolve(file)));
  return bytes;
}

/** Makes an existing data file owner-only (files written before 0600 was the rule). */
export async function restrictMode(file: string): Promise<void> {
  await chmod(file, FILE_MODE).catch(() => undefined);
}
