/** The directoryAudit resource and the `$filter` forms Graph documents for it. */
import type { DirectoryAudit } from '../audit';
import type { ResourceSpec } from '../odata/model';

/** `microsoft.graph.directoryAudit`: filters per the directoryAudit list documentation, plus category and result. */
export const AUDIT_SPEC: ResourceSpec<DirectoryAudit> = {
  typeName: 'directoryAudit',
  resourceName: 'DirectoryAudit',
  directoryObject: false,
  properties: {
    id: { get: (a) => a.id, default: true, filter: ['eq'] },
    category: { get: (a) => a.category, default: true, filter: ['eq'] },
    correlationId: { get: (a) => a.correlationId, default: true, filter: ['eq'] },
    result: { get: (a) => a.result, default: true, filter: ['eq'] },
    resultReason: { get: (a) => a.resultReason, default: true },
    activityDisplayName: { get: (a) => a.activityDisplayName, default: true, filter: ['eq', 'startswith'] },
    activityDateTime: { get: (a) => a.activityDateTime, default: true, filter: ['eq', 'ge', 'le'], orderby: true },
    loggedByService: { get: (a) => a.loggedByService, default: true, filter: ['eq'] },
    operationType: { get: (a) => a.operationType, default: true },
    initiatedBy: {
      get: (a) => a.initiatedBy,
      default: true,
      nested: {
        'user/id': ['eq'], 'user/displayName': ['eq'], 'user/userPrincipalName': ['eq', 'startswith'],
        'app/appId': ['eq'], 'app/displayName': ['eq'],
      },
    },
    targetResources: { get: (a) => a.targetResources, default: true, filter: ['any'], items: { id: ['eq'], displayName: ['eq', 'startswith'] } },
    additionalDetails: { get: (a) => a.additionalDetails, default: true },
  },
};
