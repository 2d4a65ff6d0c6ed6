/**
 * The HTTP server's data file. Writes are atomic: the snapshot goes to a temporary file in the
 * same folder, is flushed to disk, then renamed over the old file (and the folder is synced), so
 * a crash mid-write leaves the previous complete file in place.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { isStoreSnapshot, type StoreSnapshot } from './codec';
import type { SnapshotSink } from './autosave';

/** Reads a data file; null when it does not exist. A file that is not a snapshot is an error. */
export async function readSnapshotFile(file: string): Promise<StoreSnapshot | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const value: unknown = JSON.parse(text);
  if (!isStoreSnapshot(value)) throw new Error(`${file} is not a Graph emulator data file.`);
  return value;
}

/** Writes a file atomically: temp file, fsync, rename, fsync of the folder. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(
    dir,
    `.${path.basename(file)}.${String(process.pid)}.${String(Date.now())}.tmp`,
  );
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  const folder = await open(dir, 'r');
  try {
    await folder.sync();
  } catch {
    /* some file systems cannot sync folders */
  } finally {
    await folder.close();
  }
}

/** A sink that writes snapshots to `file`. */
export function fileSink(file: string): SnapshotSink {
  return { save: (snapshot) => writeFileAtomic(file, JSON.stringify(snapshot)) };
}
