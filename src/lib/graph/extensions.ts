/**
 * The one place that knows which calls are the emulator's own and not Microsoft Graph's: the impact
 * previews, group Reprocess, v1.0 `evaluateDynamicMembership` (Graph has it in beta only) and the
 * control API under `/_emulator`. In live mode the Graph client and the control API refuse them
 * before anything is sent (`graph-client.ts` `allowExtensions`, `emulator-control.ts`), so no
 * request to a real tenant can reach one by mistake.
 */

/** What each extension is, for the refusal's message. */
const EXTENSIONS: readonly { readonly name: string; readonly path: RegExp }[] = [
  { name: 'previewAssignLicense', path: /^\/groups\/[^/?#]+\/previewAssignLicense(?:[/?#]|$)/i },
  { name: 'previewMembershipRule', path: /^\/groups\/[^/?#]+\/previewMembershipRule(?:[/?#]|$)/i },
  {
    name: 'group reprocessLicenseAssignment',
    path: /^\/groups\/[^/?#]+\/reprocessLicenseAssignment(?:[/?#]|$)/i,
  },
  {
    name: 'evaluateDynamicMembership (v1.0)',
    path: /^\/groups\/[^/?#]+\/evaluateDynamicMembership(?:[/?#]|$)/i,
  },
];

/**
 * The path below the version root, dot segments resolved: `https://graph.microsoft.com/v1.0/groups/x?y`,
 * `/groups/x?y` and `groups/./x?y` are all `/groups/x`.
 */
function versionRelative(url: string): string {
  let pathname: string;
  try {
    pathname = new URL(url, 'https://graph.invalid/v1.0/').pathname;
  } catch {
    return url;
  }
  return decodeSafely(pathname).replace(/^\/(?:v1\.0|beta)(?=\/|$)/i, '');
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The extension a URL (absolute, or relative to the version root) calls, or null for Graph's own. */
export function emulatorExtensionOf(url: string): string | null {
  const path = versionRelative(url);
  if (/^\/_emulator(?:\/|$)/i.test(path)) return 'the emulator control API';
  return EXTENSIONS.find((extension) => extension.path.test(path))?.name ?? null;
}
