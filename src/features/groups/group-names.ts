/** Words the group blades show for Graph values: product names, group type, licence error reasons. */
import { catalog } from '../../engine';
import type { Group, SubscribedSku } from '../../lib/graph/graph-types';

export function productName(skuId: string, skus?: readonly SubscribedSku[]): string {
  return (
    catalog.product(skuId)?.displayName ??
    skus?.find((s) => s.skuId === skuId)?.skuPartNumber ??
    skuId
  );
}

export function planName(servicePlanId: string, sku?: SubscribedSku): string {
  return (
    catalog.plan(servicePlanId)?.friendlyName ??
    sku?.servicePlans?.find((p) => p.servicePlanId === servicePlanId)?.servicePlanName ??
    servicePlanId
  );
}

export const isDynamic = (group: Pick<Group, 'groupTypes'>) =>
  (group.groupTypes ?? []).includes('DynamicMembership');
export const isMicrosoft365 = (group: Pick<Group, 'groupTypes'>) =>
  (group.groupTypes ?? []).includes('Unified');

export function groupTypeLabel(group: Pick<Group, 'groupTypes' | 'securityEnabled'>): string {
  if (isMicrosoft365(group)) return 'Microsoft 365';
  return group.securityEnabled ? 'Security' : 'Distribution';
}

export const membershipTypeLabel = (group: Pick<Group, 'groupTypes'>) =>
  isDynamic(group) ? 'Dynamic' : 'Assigned';

const PROCESSING_LABELS: Record<string, string> = {
  QueuedForProcessing: 'Queued for processing',
  ProcessingInProgress: 'Processing in progress',
  ProcessingComplete: 'Processing complete',
  ProcessingFailed: 'Processing failed',
};

export const processingLabel = (state: string | null | undefined) =>
  state ? (PROCESSING_LABELS[state] ?? state) : 'Not licensed';

/** Queued or in progress: the blade polls and shows a progress banner. */
export const isProcessing = (state: string | null | undefined) =>
  state === 'QueuedForProcessing' || state === 'ProcessingInProgress';

const ERROR_REASONS: Record<string, string> = {
  CountViolation: 'Not enough licenses',
  MutuallyExclusiveViolation: 'Conflicting service plans',
  DependencyViolation: 'Missing dependent service plans',
  ProhibitedInUsageLocationViolation: "Usage location isn't allowed",
  UniquenessViolation: 'Duplicate proxy addresses',
  Other: 'Another license in this group could not be assigned',
};

export const errorReason = (error: string | null | undefined) =>
  ERROR_REASONS[error ?? ''] ?? error ?? 'Unknown error';
