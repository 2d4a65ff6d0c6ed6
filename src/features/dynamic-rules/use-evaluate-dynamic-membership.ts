/** `POST /groups/{id}/evaluateDynamicMembership` (Graph beta, in the emulator): does a user match, and why. */
import { graph } from '../../lib/graph/graph';

export interface EvaluationDetails {
  readonly expression: string;
  readonly expressionResult: boolean;
  readonly propertyToEvaluate?: { readonly propertyName: string; readonly propertyValue: string | null };
  readonly sourceExpressionNodes?: readonly EvaluationDetails[];
}

export interface MembershipEvaluation {
  readonly membershipRule: string;
  readonly membershipRuleEvaluationResult: boolean;
  readonly membershipRuleEvaluationDetails: EvaluationDetails;
}

export const evaluateDynamicMembership = (groupId: string, memberId: string, membershipRule: string) =>
  graph.post<MembershipEvaluation>(`/groups/${encodeURIComponent(groupId)}/evaluateDynamicMembership`, { memberId, membershipRule });
