/**
 * The state tokens of `users/delta` and `groups/delta`, opaque to clients (base64url JSON):
 * `$deltatoken` says from which change on (and with which `$select`, which Graph keeps in its
 * token); `$skiptoken` is a round in progress: its start, the change it ends at and the last id
 * answered (objects are answered in id order, so a change during the round moves nothing).
 */
import { graphError } from '../errors';

/** Which collection a token belongs to. */
export type DeltaResource = 'users' | 'groups';

/** A `$deltatoken`'s content. */
export interface DeltaState {
  readonly resource: DeltaResource;
  /** The tenant's generation (a reset makes every older token a 410). */
  readonly generation: number;
  /** Changes after this number are answered; null: the initial round (every object). */
  readonly since: number | null;
  /** When the token was issued (emulator time). */
  readonly issuedAt: number;
  readonly select: readonly string[] | null;
}

/** A `$skiptoken`'s content: the round's start, where it ends, and the last id answered. */
export interface RoundState extends DeltaState {
  readonly upTo: number;
  readonly after: string;
}

/** How long Graph keeps a directory delta token answerable: seven days. */
export const TOKEN_LIFETIME_MS = 7 * 24 * 3_600_000;

const encode = (value: unknown) =>
  btoa(JSON.stringify(value)).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');

function decode(token: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(atob(token.replaceAll('-', '+').replaceAll('_', '/')));
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    /* refused below */
  }
  throw graphError.syncStateNotFound();
}

export const deltaToken = (state: DeltaState) => encode({ d: state });
export const skipToken = (state: RoundState) => encode({ r: state });

const isSelect = (v: unknown): v is readonly string[] | null =>
  v === null || (Array.isArray(v) && v.every((s) => typeof s === 'string'));

function checkState(v: unknown, resource: DeltaResource): DeltaState {
  const s = v as Partial<DeltaState> | null;
  if (
    typeof s !== 'object' ||
    s?.resource !== resource ||
    typeof s.generation !== 'number' ||
    !(s.since === null || (typeof s.since === 'number' && Number.isInteger(s.since))) ||
    typeof s.issuedAt !== 'number' ||
    !isSelect(s.select)
  )
    throw graphError.syncStateNotFound();
  return s as DeltaState;
}

/** Reads a `$deltatoken` of `resource`; a 400 `syncStateNotFound` for anything else. */
export function readDeltaToken(token: string, resource: DeltaResource): DeltaState {
  return checkState(decode(token).d, resource);
}

/** Reads a `$skiptoken` of a delta round of `resource`. */
export function readSkipToken(token: string, resource: DeltaResource): RoundState {
  const round = decode(token).r as Partial<RoundState> | undefined;
  const state = checkState(round, resource);
  if (typeof round?.upTo !== 'number' || typeof round.after !== 'string')
    throw graphError.syncStateNotFound();
  return { ...state, upTo: round.upTo, after: round.after };
}

/** A 410 `resyncRequired` when the token is too old or of a tenant since replaced. */
export function checkAnswerable(
  state: DeltaState,
  tenant: { readonly generation: number; readonly now: number; readonly seq: number },
): void {
  if (
    state.generation !== tenant.generation ||
    tenant.now - state.issuedAt > TOKEN_LIFETIME_MS ||
    (state.since ?? 0) > tenant.seq
  )
    throw graphError.resyncRequired();
}
