/**
 * How a user holds a product, in the admin's words: the assignment paths ("Direct", "Inherited
 * (E3 base services, E3 extended services)"), the state and the error of each path.
 */
import type { LicenseAssignmentState, User } from '../../lib/graph/graph-types';

const STATE_WORDS: Record<string, string> = {
  Active: 'Active',
  ActiveWithError: 'Active with errors',
  Error: 'Error',
  Disabled: 'Disabled',
};

const ERROR_WORDS: Record<string, string> = {
  CountViolation: 'Not enough licenses available',
  MutuallyExclusiveViolation: 'Conflicting service plans',
  DependencyViolation: 'A required service plan is missing',
  ProhibitedInUsageLocationViolation: "A service is not available in the user's usage location",
  UniquenessViolation: 'Duplicate proxy address',
  Other: 'Another license of the same group could not be assigned',
};

export const stateInWords = (state: string | null | undefined): string =>
  STATE_WORDS[state ?? ''] ?? state ?? 'Unknown';
export const errorInWords = (error: string | null | undefined): string =>
  !error || error === 'None' ? '' : (ERROR_WORDS[error] ?? error);

export interface AssignmentSummary {
  readonly paths: string;
  readonly state: string;
  readonly error: string;
  readonly hasError: boolean;
}

const unique = (values: readonly string[]): string[] => [
  ...new Set(values.filter((v) => v !== '')),
];

/** Summarises a user's assignment states for one product; `groupName` resolves a group id to its name. */
export function summariseAssignments(
  user: Pick<User, 'licenseAssignmentStates'>,
  skuId: string,
  groupName: (groupId: string) => string | undefined,
): AssignmentSummary {
  const states: LicenseAssignmentState[] = (user.licenseAssignmentStates ?? []).filter(
    (s) => (s.skuId ?? '').toLowerCase() === skuId.toLowerCase(),
  );
  const direct = states.some((s) => !s.assignedByGroup);
  const groups = unique(
    states.flatMap((s) =>
      s.assignedByGroup ? [groupName(s.assignedByGroup) ?? s.assignedByGroup] : [],
    ),
  );
  const paths = [
    direct ? 'Direct' : '',
    groups.length > 0 ? `Inherited (${groups.join(', ')})` : '',
  ]
    .filter((p) => p !== '')
    .join(', ');
  const errors = unique(states.map((s) => errorInWords(s.error)));
  return {
    paths,
    state: unique(states.map((s) => stateInWords(s.state))).join(', '),
    error: errors.join('; '),
    hasError: errors.length > 0,
  };
}
