/** The group resource: every property the emulator returns, filters, sorts and searches on. */
import { assignedLicenseWire, groupMail, ruleProcessingStateWire, type GroupRow } from '../adapter';
import { isoDate } from '../clock';
import type { FilterOp, PropertySpec, ResourceSpec } from '../odata/model';

type Spec = PropertySpec<GroupRow>;
const TEXT_OPS: readonly FilterOp[] = ['eq', 'ne', 'in', 'startswith', 'endswith', 'ge', 'le'];
const ADVANCED: readonly FilterOp[] = ['ne', 'endswith', 'count'];
const STRING = { '': 'Edm.String' } as const;

function text(get: (g: GroupRow) => string | null, extra: Partial<Spec> = {}): Spec {
  return { get, default: true, filter: TEXT_OPS, advanced: ADVANCED, types: STRING, ...extra };
}

/** `microsoft.graph.group` as the emulator serves it. */
export const GROUP_SPEC: ResourceSpec<GroupRow> = {
  typeName: 'group',
  resourceName: 'Group',
  directoryObject: true,
  properties: {
    // Graph types directory object ids as Edm.String (entity.id), not Edm.Guid: they are quoted.
    id: {
      get: (g) => g.id,
      default: true,
      filter: ['eq', 'ne', 'in'],
      advanced: ADVANCED,
      types: STRING,
    },
    assignedLicenses: {
      get: (g) => g.view.assignedLicenses.map(assignedLicenseWire),
      filter: ['any'],
      items: { skuId: ['eq'] },
      types: { skuId: 'Edm.Guid' },
    },
    createdDateTime: {
      get: (g) => isoDate(g.extras.createdDateTime),
      default: true,
      filter: ['eq', 'ge', 'le', 'ne'],
      advanced: ADVANCED,
    },
    deletedDateTime: { get: () => null, default: true },
    description: text((g) => g.extras.description, { search: true }),
    displayName: text((g) => g.extras.displayName, { orderby: true, search: true }),
    groupTypes: {
      get: (g) => [...g.extras.groupTypes],
      default: true,
      filter: ['any'],
      items: { '': ['eq'] },
      types: STRING,
    },
    hasMembersWithLicenseErrors: {
      get: (g) => g.hasMembersWithLicenseErrors(),
      filterOnly: true,
      filter: ['eq'],
      standardOnly: true,
    },
    isAssignableToRole: {
      get: (g) => g.extras.isAssignableToRole,
      default: true,
      filter: ['eq', 'ne'],
      advanced: ADVANCED,
    },
    licenseProcessingState: { get: (g) => ({ state: g.view.licenseProcessingState }) },
    mail: text((g) => groupMail(g), { search: true }),
    mailEnabled: {
      get: (g) => g.extras.mailEnabled,
      default: true,
      filter: ['eq', 'ne'],
      advanced: ADVANCED,
    },
    mailNickname: text((g) => g.extras.mailNickname, { search: true }),
    membershipRule: text((g) => g.view.membershipRule),
    membershipRuleProcessingState: text((g) => ruleProcessingStateWire(g.view)),
    onPremisesSyncEnabled: { get: () => null, default: true, filter: ['eq'] },
    proxyAddresses: {
      get: (g) => {
        const mail = groupMail(g);
        return mail ? [`SMTP:${mail}`] : [];
      },
      default: true,
      filter: ['any'],
      items: { '': ['eq', 'startswith'] },
      types: STRING,
    },
    securityEnabled: {
      get: (g) => g.view.securityEnabled,
      default: true,
      filter: ['eq', 'ne'],
      advanced: ADVANCED,
    },
    visibility: text((g) => g.extras.visibility),
  },
};
