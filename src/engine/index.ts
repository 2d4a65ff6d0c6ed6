/**
 * The licensing engine's public surface. Everything outside `src/engine` imports from here.
 */
export { Tenant, type EngineOptions } from './tenant';
export { LicensingError, messages, type LicensingErrorKind } from './errors';
export {
  blankProfile,
  type UserProfile,
  type AssignedPlanView,
  type ExtensionAttributeName,
} from './user-profile';
export {
  catalog,
  describePlan,
  type Catalog,
  type ProductInfo,
  type ServicePlanInfo,
} from './catalog/catalog';
export type * from './types';
export type {
  TenantSnapshot,
  SnapshotGroup,
  SnapshotJob,
  SnapshotPlan,
  SnapshotSku,
  SnapshotUser,
} from './snapshot';
export {
  applyTenantDeltas,
  DeltaMismatchError,
  isEmptyTenantDelta,
  type ChangeTracker,
  type DeltaGroup,
  type DeltaUser,
  type TenantDelta,
} from './changes';
export {
  changeImpact,
  groupLicenseImpact,
  planGain,
  planLoss,
  userImpact,
  type ChangeImpact,
  type DisabledPlanEffect,
  type GroupLicenseImpact,
  type RuleImpact,
  type UserImpact,
} from './impact';
export {
  exclusiveConflicts,
  newPlansEnabled,
  plansEnabled,
  plansAddedAfterPurchase,
  unmetPrerequisites,
} from './plan-explain';
export {
  compileRule,
  completions,
  type CompiledRule,
  type CompiledRuleResult,
  RULE_DIAGNOSTIC_CODES,
  type RuleDiagnostic,
  type RuleDiagnosticCode,
  type ExpressionResult,
  type Completion,
} from './rules/index';
export {
  ACTIONS,
  ROLE_ACTIONS,
  ROLE_NAMES,
  isAllowed,
  isRoleName,
  readsOnly,
  rolesAllowing,
  type Action,
  type RoleName,
} from './roles';
