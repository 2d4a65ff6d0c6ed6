/**
 * How many users a previewed change reaches, the count a refresh before confirming is decided on
 * (`stale-copy.tsx`): one reading per kind of preview, shared by every blade that confirms one.
 */
import type { LicensePreview, MembershipRulePreview } from '../../api/previews';

/** A group licence change: the most users any plan or product of it gains or loses. */
export const licenseChangeReach = (preview: LicensePreview): number =>
  Math.max(
    preview.usersLosing,
    ...preview.planEffects.map((e) => e.affected),
    ...preview.productEffects.map((e) => e.gain + e.lose),
  );

/**
 * A rule change: the users who join or leave, or, when more, the users whose licences change
 * (Graph's totals, never the capped lists).
 */
export const ruleChangeReach = (preview: MembershipRulePreview): number =>
  Math.max(preview.totalJoined + preview.totalLeft, preview.totalUsers);
