/** The failed assignments of a group, one row per user and product, with the reason in words. */
import type { GroupId, SkuId, UserWithPlans } from '../../api/types';
import { errorLine } from '../../lib/licensing/error-explanations';
import { productName } from '../../lib/licensing/names';
import { errorTitle } from '../../lib/licensing/words';
import type { Translate } from '../../lib/i18n/use-t';

export interface LicenseErrorRow {
  readonly id: string;
  readonly userId: string;
  readonly userName: string;
  readonly skuId: SkuId;
  readonly product: string;
  /** Graph's code, for the cell's tooltip. */
  readonly error: string;
  /** "<title>: <what happened>". */
  readonly reason: string;
}

export function licenseErrorRows(
  t: Translate,
  users: readonly UserWithPlans[],
  groupId: GroupId,
): LicenseErrorRow[] {
  return users.flatMap((user) =>
    user.assignments.flatMap((a) =>
      a.source.kind === 'group' && a.source.groupId === groupId && a.error !== null
        ? [
            {
              id: `${user.id}:${a.skuId}`,
              userId: user.id,
              userName: user.displayName,
              skuId: a.skuId,
              product: productName(a.skuId),
              error: a.error,
              reason: errorLine(t, a, user),
            },
          ]
        : [],
    ),
  );
}

/** The most frequent error title, for the section's summary. */
export function topReason(t: Translate, rows: readonly LicenseErrorRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const title = errorTitle(t, row.error);
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
