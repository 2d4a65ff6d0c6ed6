/**
 * What the emulator's Web Worker needs that a worker does not have. MSW's core creates a cookie
 * store when it loads and, in any browser-like global, insists on `localStorage`, which only
 * windows have. The emulator sets no cookies (Graph uses bearer tokens), so an in-memory `Storage`
 * serves. Imported by the worker entry before anything that loads MSW.
 */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  [name: string]: unknown;

  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

if (!('localStorage' in globalThis))
  Object.defineProperty(globalThis, 'localStorage', {
    value: new MemoryStorage(),
    configurable: true,
  });
