/** Catching what the page offers as a download (CSV, JSON), for tests. */
import { vi } from 'vitest';

export interface SavedFile {
  readonly name: string;
  readonly type: string;
  /** The file starts with a UTF-8 byte order mark. */
  readonly bom: boolean;
  /** The text after the byte order mark. */
  readonly text: string;
}

/** Catches every file the page offers as a download (the link's name and the blob's bytes). */
export function catchDownloads() {
  const blobs = new Map<string, Blob>();
  const saved: Promise<SavedFile>[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:download-${String(blobs.size)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`No blob behind ${this.href}`);
    const name = this.download;
    saved.push(
      blob.arrayBuffer().then((buffer) => {
        const bytes = new Uint8Array(buffer);
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        return {
          name,
          type: blob.type,
          bom,
          text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bom ? bytes.slice(3) : bytes),
        };
      }),
    );
  });
  return { files: () => Promise.all(saved) };
}
