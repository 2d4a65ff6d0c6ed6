/**
 * What the catalog generator (`scripts/generate-catalog.ts`) adds to Microsoft's sources: the
 * project's own tables, not Microsoft data. A workload label per plan (Graph's
 * `assignedPlan.service` approximated), where services are not offered, and where Teams Calling
 * Plans are sold.
 */

/**
 * Workload label per plan, approximating Graph's `assignedPlan.service`. Matched case-insensitively
 * against the plan name, first match wins; `X*` is a prefix, otherwise an exact name. Plans matching
 * nothing use their own plan name as the label. This is a UI/grouping label, not Microsoft data.
 */
export const SERVICE_LABELS: readonly (readonly [pattern: string, service: string])[] = [
  ['EXCHANGE*', 'exchange'],
  ['SHAREPOINT*', 'SharePoint'],
  ['ONEDRIVE*', 'SharePoint'],
  ['MCO*', 'MicrosoftCommunicationsOnline'],
  ['TEAMS*', 'TeamspaceAPI'],
  ['INTUNE*', 'SCO'],
  ['YAMMER*', 'YammerEnterprise'],
  ['RMS_*', 'RMSOnline'],
  ['AAD_*', 'AADPremiumService'],
  ['MFA_PREMIUM', 'AADPremiumService'],
  ['OFFICESUBSCRIPTION*', 'MicrosoftOffice'],
  ['POWERAPPS*', 'PowerAppsService'],
  ['FLOW*', 'ProcessSimple'],
  ['BI_AZURE*', 'PowerBI'],
  ['POWER_BI*', 'PowerBI'],
  ['PBI_*', 'PowerBI'],
  ['ADALLOM*', 'Adallom'],
  ['STREAM_*', 'MicrosoftStream'],
  ['SWAY', 'Sway'],
  ['FORMS_*', 'OfficeForms'],
  ['PROJECTWORKMANAGEMENT*', 'ProjectWorkManagement'],
  ['BPOS_S_TODO*', 'To-Do'],
  ['WHITEBOARD*', 'WhiteboardServices'],
  ['KAIZALA*', 'MicrosoftKaizala'],
  ['MICROSOFTBOOKINGS', 'MicrosoftBookings'],
  ['DESKLESS', 'Deskless'],
  ['WINDEFATP', 'WindowsDefenderATP'],
];

/** Countries where Microsoft online services are not offered (project decision). */
export const EMBARGOED_LOCATIONS = ['CU', 'IR', 'KP', 'SY'] as const;
/** Countries where Microsoft sells Teams Calling Plans (project decision, fixed list). */
export const CALLING_PLAN_COUNTRIES = [
  'US',
  'CA',
  'GB',
  'IE',
  'FR',
  'DE',
  'ES',
  'IT',
  'NL',
  'BE',
  'AT',
  'CH',
  'DK',
  'FI',
  'NO',
  'SE',
  'PT',
  'PL',
  'CZ',
  'HU',
  'RO',
  'SK',
  'SI',
  'HR',
  'BG',
  'EE',
  'LV',
  'LT',
  'LU',
  'AU',
  'NZ',
  'JP',
  'SG',
  'HK',
  'PR',
] as const;
/** A plan is a Calling Plan when its name starts with this (case-insensitive). */
export const CALLING_PLAN_PREFIX = 'MCOPSTN';

/** Workload label for a plan name, per {@link SERVICE_LABELS}. */
export function serviceFor(planName: string): string {
  const upper = planName.toUpperCase();
  for (const [pattern, service] of SERVICE_LABELS) {
    const p = pattern.toUpperCase();
    if (p.endsWith('*') ? upper.startsWith(p.slice(0, -1)) : upper === p) return service;
  }
  return planName;
}
