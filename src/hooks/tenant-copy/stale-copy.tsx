/**
 * A refresh before confirming a change on an old copy (live mode). A change the preview says reaches
 * more than `FEW_USERS` users, previewed on a copy older than `STALE_COPY_MS`, is not saved at once:
 * Save refreshes the copy first and asks, while the refresh runs, whether to save on the old copy
 * anyway ("Save on the copy taken 8 minutes ago"). When the refresh ends the question closes and
 * the preview shows again on the fresh copy, for the admin to read before saving.
 *
 * The thresholds: five minutes is the time Graph's group licence processing commonly takes to
 * settle a small change, so an older copy may miss the admin's (or a colleague's) last changes; ten
 * users is where a wrong preview stops being a correction of a few accounts by hand and becomes a
 * piece of the tenant losing or gaining service. Below either, the refresh would cost more than it
 * protects.
 */
import { useState } from 'react';
import { previewsFromCopy, refreshTenantCopy, useTenantCopy } from '../../api/tenant-copy';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useT } from '../../lib/i18n/use-t';
import { useCopyAge, useCopyAgeMs } from './use-copy-age';

/** A copy older than this is refreshed before a change reaching many users is confirmed. */
export const STALE_COPY_MS = 5 * 60_000;
/** A change reaching more users than this is "many". */
export const FEW_USERS = 10;

/**
 * Guards a save: `guard(save)` saves at once, or, on a stale copy and a change reaching many users,
 * refreshes the copy and opens the question (`dialog`) instead.
 */
export function useFreshCopyGuard(usersReached: number) {
  const t = useT();
  const state = useTenantCopy();
  const ageMs = useCopyAgeMs(state.takenAt);
  const age = useCopyAge(state.takenAt);
  const stale =
    previewsFromCopy() && ageMs !== null && ageMs > STALE_COPY_MS && usersReached > FEW_USERS;
  // The save asked about, and the copy it was asked on: once the refresh has brought another copy
  // the question is no longer shown, and the preview shows on the new copy.
  const [pending, setPending] = useState<{ save: () => void; on: number | null } | null>(null);
  const guard = (save: () => void) => {
    if (!stale) {
      save();
      return;
    }
    refreshTenantCopy();
    setPending({ save, on: state.takenAt });
  };
  // Rendered only once a save was asked about: its words are live mode's (the sandbox never has
  // them), and a save is asked about only on a tenant copy.
  const dialog = pending && (
    <ConfirmDialog
      open={pending.on === state.takenAt}
      title={t('live.copy.staleTitle')}
      confirmLabel={t('live.copy.saveOnCopy', { age: age ?? '' })}
      onConfirm={() => {
        setPending(null);
        pending.save();
      }}
      onCancel={() => {
        setPending(null);
      }}
    >
      {t('live.copy.staleQuestion', { count: usersReached, age: age ?? '' })}
    </ConfirmDialog>
  );
  return { guard, dialog };
}
