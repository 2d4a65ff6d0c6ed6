/**
 * What the page sees of the tenant copy (its state and a preview's answer), apart from the service
 * itself: the page imports these without the engine the service runs in its worker.
 */
import type { CopyProgress } from './copy-types';

/** What the page sees of the copy. */
export interface CopyState {
  /** `idle`: nothing asked yet; `loading`: a load or refresh runs; `failed`: the last one did. */
  readonly status: 'idle' | 'loading' | 'ready' | 'failed';
  /** How far the running load has come; null when none runs. */
  readonly progress: CopyProgress | null;
  /** When the copy previews are answered from was taken (ms since the epoch); null without one. */
  readonly takenAt: number | null;
  readonly users: number;
  readonly groups: number;
  /** Why the last load failed (Graph's code and words); null otherwise. */
  readonly error: { readonly code: string; readonly message: string } | null;
  /**
   * What went wrong with the copy kept in this browser (IndexedDB), null when nothing did:
   * `unreadable`, the stored copy could not be read and was dropped (a new one is loaded whole);
   * `unsaved`, the copy could not be saved (it is loaded again next time). Never stops previews.
   */
  readonly storage: { readonly problem: 'unreadable' | 'unsaved'; readonly reason: string } | null;
}

/** A preview's answer, or Graph's refusal in Graph's words (`status` 0: no copy to answer from). */
export type CopyAnswer<T> =
  | { readonly ok: true; readonly answer: T }
  | {
      readonly ok: false;
      readonly status: number;
      readonly code: string;
      readonly message: string;
    };

/** The state before any load. */
export const IDLE_COPY_STATE: CopyState = {
  status: 'idle',
  progress: null,
  takenAt: null,
  users: 0,
  groups: 0,
  error: null,
  storage: null,
};
