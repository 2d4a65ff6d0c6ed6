/** The directoryAudit resource and the `$filter` forms Graph documents for it. */
import type { DirectoryAudit } from '../audit';
import type { ResourceSpec } from '../odata/model';

const STRING = { '': 'Edm.String' } as const;

/** `microsoft.graph.directoryAudit`: filters per the directoryAudit list documentation, plus category and result. */
export const AUDIT_SPEC: ResourceSpec<DirectoryAudit> = {
  typeName: 'directoryAudit',
  resourceName: 'DirectoryAudit',
  directoryObject: false,
  properties: {
    id: { get: (a) => a.id, default: true, filter: ['eq'], types: STRING },
    category: { get: (a) => a.category, default: true, filter: ['eq'], types: STRING },
    correlationId: { get: (a) => a.correlationId, default: true, filter: ['eq'], types: STRING },
    result: { get: (a) => a.result, default: true, filter: ['eq'] },
    resultReason: { get: (a) => a.resultReason, default: true },
    activityDisplayName: {
      get: (a) => a.activityDisplayName,
      default: true,
      filter: ['eq', 'startswith'],
      types: STRING,
    },
    activityDateTime: {
      get: (a) => a.activityDateTime,
      default: true,
      filter: ['eq', 'ge', 'le'],
      orderby: true,
    },
    loggedByService: {
      get: (a) => a.loggedByService,
      default: true,
      filter: ['eq'],
      types: STRING,
    },
    operationType: { get: (a) => a.operationType, default: true },
    initiatedBy: {
      get: (a) => a.initiatedBy,
      default: true,
      nested: {
        'user/id': ['eq'],
        'user/displayName': ['eq'],
        'user/userPrincipalName': ['eq', 'startswith'],
        'app/appId': ['eq'],
        'app/displayName': ['eq'],
      },
      types: {
        'user/id': 'Edm.String',
        'user/displayName': 'Edm.String',
        'user/userPrincipalName': 'Edm.String',
        'app/appId': 'Edm.String',
        'app/displayName': 'Edm.String',
      },
    },
    targetResources: {
      get: (a) => a.targetResources,
      default: true,
      filter: ['any'],
      items: { id: ['eq'], displayName: ['eq', 'startswith'] },
      types: { id: 'Edm.String', displayName: 'Edm.String' },
    },
    additionalDetails: { get: (a) => a.additionalDetails, default: true },
  },
};
