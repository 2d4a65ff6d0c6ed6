/**
 * Whether a display name matches a search as Graph's `$search="displayName:term"` does: a word of
 * the name, or the whole name, starts with the term (any case). For lists the portal already holds
 * whole (the users in licence error, a product's users on one assignment path).
 */
export function matchesName(displayName: string, term: string): boolean {
  const words = term.trim().toLowerCase();
  if (!words) return true;
  const name = displayName.toLowerCase();
  return name.startsWith(words) || name.split(/\s+/).some((w) => w.startsWith(words));
}
