/** `POST /groups/{id}/evaluateDynamicMembership` (Graph beta, in the emulator): does a user match, and why. */
import { graph } from '../../lib/graph/graph';

/** Graph beta's `expressionEvaluationDetails`: one expression, its result, and one entry per sub-expression. */
export interface ExpressionEvaluationDetails {
  readonly expression: string;
  readonly expressionResult: boolean;
  readonly propertyToEvaluate?: {
    readonly propertyName: string;
    readonly propertyValue: string | null;
  };
  /** The sub-expressions; absent on a leaf. */
  readonly expressionEvaluationDetails?: readonly ExpressionEvaluationDetails[];
}

/** Graph beta's `evaluateDynamicMembershipResult`. */
export interface MembershipEvaluation {
  readonly membershipRule: string;
  readonly membershipRuleEvaluationResult: boolean;
  readonly membershipRuleEvaluationDetails: ExpressionEvaluationDetails;
}

export const evaluateDynamicMembership = (
  groupId: string,
  memberId: string,
  membershipRule: string,
) =>
  graph.post<MembershipEvaluation>(
    `/groups/${encodeURIComponent(groupId)}/evaluateDynamicMembership`,
    { memberId, membershipRule },
  );
