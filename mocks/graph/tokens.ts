/**
 * Access tokens of the emulator. A token is 256 random bits from Web Crypto
 * (`crypto.getRandomValues`, in Node and browsers) plus its expiry: `emu1.<exp>.<random>`, `exp` in
 * seconds of emulator time. The store keeps only `<exp>.<SHA-256 of the token>` (and the owner's
 * id), so a saved tenant holds no usable token, and expired entries can be pruned without the
 * tokens themselves. A token is valid while its hash is stored, the emulator clock is before its
 * expiry, and its owner exists with an enabled account; disabling or deleting the account
 * removes its tokens, so enabling it again does not bring them back.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Seconds a token lives, as `expires_in` says (Microsoft Entra's default is 60-90 minutes). */
export const TOKEN_LIFETIME_SECONDS = 3600;

/** What the token functions need of a tenant store. */
export interface TokenStore {
  /** Stored key (`<exp>.<sha256 hex>`) to the owner's user id. */
  readonly tokens: Map<string, string>;
  readonly clock: { now(): number };
  touch(): void;
}

/** The outcome of checking a presented token. */
export type TokenCheck =
  | { readonly ok: true; readonly userId: string }
  | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

const FORMAT = /^emu1\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The stored key of a token, or null when the text is not a token of this format. */
export function tokenKey(token: string): string | null {
  const match = FORMAT.exec(token);
  if (!match) return null;
  return `${match[1] ?? ''}.${bytesToHex(sha256(utf8ToBytes(token)))}`;
}

function expiry(key: string): number {
  return Number(key.slice(0, key.indexOf('.'))) * 1000;
}

/** Issues a token for a user; expired entries of every user are dropped on the way. */
export function issueToken(
  store: TokenStore,
  userId: string,
): { token: string; expiresIn: number } {
  const now = store.clock.now();
  for (const key of store.tokens.keys()) if (expiry(key) <= now) store.tokens.delete(key);
  const exp = Math.floor(now / 1000) + TOKEN_LIFETIME_SECONDS;
  const token = `emu1.${String(exp)}.${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
  store.tokens.set(tokenKey(token) ?? '', userId);
  store.touch();
  return { token, expiresIn: TOKEN_LIFETIME_SECONDS };
}

/** Whether a presented token is stored and not expired on the emulator clock; changes nothing. */
export function checkToken(
  store: { readonly tokens: ReadonlyMap<string, string>; readonly clock: { now(): number } },
  token: string,
): TokenCheck {
  const key = tokenKey(token);
  const userId = key === null ? undefined : store.tokens.get(key);
  if (key === null || userId === undefined) return { ok: false, reason: 'invalid' };
  if (store.clock.now() >= expiry(key)) return { ok: false, reason: 'expired' };
  return { ok: true, userId };
}

/** Removes every token of a user (account disabled or deleted). Returns how many went. */
export function revokeTokens(store: TokenStore, userId: string): number {
  let removed = 0;
  for (const [key, owner] of store.tokens) {
    if (owner !== userId) continue;
    store.tokens.delete(key);
    removed++;
  }
  if (removed > 0) store.touch();
  return removed;
}
