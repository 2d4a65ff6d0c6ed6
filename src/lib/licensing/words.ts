/**
 * The admin's licensing words, each in one place: licence error codes, assignment states, group
 * licence processing states, assignment paths and group kinds. Graph's codes stay as Graph sends
 * them on the wire and in the audit log; here they become the words the blades show.
 *
 * Error titles are the portal's own labels for Graph's codes (LICENSING.md "Assignment";
 * reference/entra-licensing-research.md §3.7), one wording per code on every blade. `Other` is the
 * portal's bare "Other"; it is worded after LICENSING.md rule 6 (all or nothing per group), which
 * is the only way this project produces it.
 */

/** Title of each `licenseAssignmentState.error` code. */
const ERROR_TITLES: Readonly<Record<string, string>> = {
  CountViolation: 'Not enough licenses',
  MutuallyExclusiveViolation: 'Conflicting service plans',
  DependencyViolation: 'Missing dependent service plans',
  ProhibitedInUsageLocationViolation: "Usage location isn't allowed",
  UniquenessViolation: 'Duplicate proxy addresses',
  Other: 'Another license in the group failed',
};

/** An error code in words; an unknown code as Graph sent it. */
export const errorTitle = (code: string): string => ERROR_TITLES[code] ?? code;

const STATE_WORDS: Readonly<Record<string, string>> = {
  Active: 'Active',
  ActiveWithError: 'Active with errors',
  Error: 'Error',
  Disabled: 'Disabled',
};

/** A `licenseAssignmentState.state` in words. */
export const stateInWords = (state: string): string => STATE_WORDS[state] ?? state;

const PROCESSING_WORDS: Readonly<Record<string, string>> = {
  QueuedForProcessing: 'Queued for processing',
  ProcessingInProgress: 'Processing in progress',
  ProcessingComplete: 'Processing complete',
  ProcessingFailed: 'Processing failed',
};

/** A group's `licenseProcessingState` in words; a group without licences is "Not licensed". */
export const processingInWords = (state: string | null): string =>
  state === null ? 'Not licensed' : (PROCESSING_WORDS[state] ?? state);

/** An assignment path's source: "Direct", or the group's name. */
export const DIRECT = 'Direct';

/** The paths of one product: "Direct, Inherited (E3 base services, Sales)". */
export function pathsInWords(direct: boolean, groupNames: readonly string[]): string {
  const inherited = groupNames.length > 0 ? `Inherited (${groupNames.join(', ')})` : null;
  return [direct ? DIRECT : null, inherited].filter((p) => p !== null).join(', ');
}

/** A group's kind: Microsoft 365, Security or Distribution. */
export function groupTypeInWords(group: {
  readonly isMicrosoft365: boolean;
  readonly securityEnabled: boolean;
}): string {
  if (group.isMicrosoft365) return 'Microsoft 365';
  return group.securityEnabled ? 'Security' : 'Distribution';
}

/** How a group gets its members: Dynamic (a rule) or Assigned (by hand). */
export const membershipTypeInWords = (group: { readonly isDynamic: boolean }): string =>
  group.isDynamic ? 'Dynamic' : 'Assigned';

/** A service plan switched on or off. */
export const PLAN_SWITCH_WORDS = { on: 'On', off: 'Off' } as const;
