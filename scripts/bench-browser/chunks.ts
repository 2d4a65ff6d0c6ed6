/**
 * Gzip sizes of the production build's JavaScript, from Vite's manifest: the first load (the entry
 * chunk and every chunk it imports statically), the chunks loaded on demand, and the emulator's
 * (anything built from `mocks/`, and Web Worker bundles, which the manifest does not list).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** One JavaScript file of the build. */
export interface ChunkSize {
  readonly file: string;
  /** The source module that names the chunk, when the manifest has one. */
  readonly src: string | null;
  readonly bytes: number;
  readonly gzip: number;
}

/** The build's JavaScript, grouped as the page loads it. */
export interface BuildSizes {
  readonly firstLoad: readonly ChunkSize[];
  readonly lazy: readonly ChunkSize[];
  readonly emulator: readonly ChunkSize[];
}

const isEmulator = (chunk: ManifestChunk | undefined, file: string) =>
  (chunk?.src?.startsWith('mocks/') ?? false) || /worker/i.test(path.basename(file));

/** Reads `dist/.vite/manifest.json` and sizes every `.js` file under `dist/assets`. */
export function buildSizes(dist: string): BuildSizes {
  const manifest = JSON.parse(
    readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  const size = (file: string, src: string | null): ChunkSize => {
    const content = readFileSync(path.join(dist, file));
    return { file, src, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const first = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || first.has(chunk.file)) return;
    first.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  // The portal's page only: the MSAL redirect bridge (redirect.html, live mode's sign-in) is a
  // second entry the portal's first load never fetches.
  for (const [key, chunk] of Object.entries(manifest))
    if (chunk.isEntry && key === 'index.html') visit(key);
  // Only chunks reached from the emulator's own modules count as the emulator's.
  const emulator = new Set<string>();
  const visitEmulator = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || emulator.has(chunk.file) || first.has(chunk.file)) return;
    emulator.add(chunk.file);
    for (const imported of chunk.imports ?? []) visitEmulator(imported);
  };
  for (const [key, chunk] of Object.entries(manifest))
    if (isEmulator(chunk, chunk.file)) visitEmulator(key);

  const out = {
    firstLoad: [] as ChunkSize[],
    lazy: [] as ChunkSize[],
    emulator: [] as ChunkSize[],
  };
  const files = readdirSync(path.join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
    .sort();
  for (const file of files) {
    const chunk = byFile.get(file);
    const sized = size(file, chunk?.src ?? null);
    if (first.has(file)) out.firstLoad.push(sized);
    else if (emulator.has(file) || isEmulator(chunk, file)) out.emulator.push(sized);
    else out.lazy.push(sized);
  }
  return out;
}

/** Sum of gzip sizes. */
export const totalGzip = (chunks: readonly ChunkSize[]) => chunks.reduce((n, c) => n + c.gzip, 0);
