/**
 * A refresh before confirming a change on an old copy (live mode). A change the preview says reaches
 * more than `FEW_USERS` users, previewed on a copy older than `STALE_COPY_MS`, is not made at once:
 * the confirmation refreshes the copy first and asks, while the refresh runs, whether to go on with
 * the old copy anyway ("Save on the copy taken 8 minutes ago"). When the refresh ends the question
 * closes and the preview shows again on the fresh copy, for the admin to read before confirming.
 * One guard for every blade that confirms a previewed change: a group's licence Save, a rule's
 * Save, Undo of a licence or rule record.
 *
 * The thresholds: five minutes is the time Graph's group licence processing commonly takes to
 * settle a small change, so an older copy may miss the admin's (or a colleague's) last changes; ten
 * users is where a wrong preview stops being a correction of a few accounts by hand and becomes a
 * piece of the tenant losing or gaining service. Below either, the refresh would cost more than it
 * protects. The age is the copy's, read on the wall clock when the admin confirms.
 */
import { useEffect, useRef, useState } from 'react';
import {
  previewsFromCopy,
  refreshTenantCopy,
  useTenantCopy,
  useTenantCopyStore,
} from '../../api/tenant-copy';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useT } from '../../lib/i18n/use-t';
import { copyAgeNow, useCopyAge } from './use-copy-age';

/** A copy older than this is refreshed before a change reaching many users is confirmed. */
export const STALE_COPY_MS = 5 * 60_000;
/** A change reaching more users than this is "many". */
export const FEW_USERS = 10;

/** What the change is, in the question's words: a save, or an undo. */
export type GuardedAction = 'save' | 'undo';

/**
 * Guards a confirmation: `guard(usersReached, go)` goes at once (and says true), or, on a stale
 * copy and a change reaching many users, refreshes the copy and opens the question (`dialog`)
 * instead (false). Whether the copy is stale is read when `guard` is called (the copy held then,
 * its age on the wall clock).
 */
export function useFreshCopyGuard(action: GuardedAction = 'save') {
  const t = useT();
  const takenAt = useTenantCopy().takenAt;
  // The change asked about, its reach, and the copy it was asked on: once the refresh has brought
  // another copy the question is no longer shown, and the preview shows on the new copy.
  const opener = useRef<HTMLElement | null>(null);
  const [pending, setPending] = useState<{
    go: () => void;
    on: number;
    count: number;
  } | null>(null);
  const age = useCopyAge(pending?.on ?? null);
  const guard = (usersReached: number, go: () => void): boolean => {
    const on = useTenantCopyStore.getState().state.takenAt;
    const stale =
      previewsFromCopy() &&
      on !== null &&
      copyAgeNow(on) > STALE_COPY_MS &&
      usersReached > FEW_USERS;
    if (!stale) {
      go();
      return true;
    }
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    refreshTenantCopy();
    setPending({ go, on, count: usersReached });
    return false;
  };
  // When the question closes, focus goes back where the admin was: the confirm button, or, while
  // that is disabled (the preview being read again on the fresh copy), the dialog holding it.
  // Left on the page's body, the dialog below stayed hidden from assistive technology by the
  // question's modal layer (Fluent moves it only once focus is inside).
  const asking = pending !== null && pending.on === takenAt;
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !asking) returnFocus(opener.current);
    wasAsking.current = asking;
  }, [asking]);
  // Rendered only while a change is asked about on the copy held: its words are live mode's (the
  // sandbox never has them), and once the refresh brings another copy the question is gone.
  const dialog = asking && (
    <ConfirmDialog
      open
      title={t('live.copy.staleTitle')}
      confirmLabel={t(action === 'undo' ? 'live.copy.undoOnCopy' : 'live.copy.saveOnCopy', {
        age: age ?? '',
      })}
      onConfirm={() => {
        // Going on: what the change opens next (a confirmation, a toast) takes focus, not the opener.
        opener.current = null;
        setPending(null);
        pending.go();
      }}
      onCancel={() => {
        setPending(null);
      }}
    >
      {t(action === 'undo' ? 'live.copy.staleUndoQuestion' : 'live.copy.staleQuestion', {
        count: pending.count,
        age: age ?? '',
      })}
    </ConfirmDialog>
  );
  return { guard, dialog };
}

/** Focuses `element` if it can take focus, else the dialog it is in (still on the page). */
function returnFocus(element: HTMLElement | null): void {
  if (!element?.isConnected) return;
  const usable = !(element as HTMLButtonElement).disabled;
  const target = usable
    ? element
    : element.closest<HTMLElement>('[role="dialog"], [role="alertdialog"]');
  target?.focus();
}
