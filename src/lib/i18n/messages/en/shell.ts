/** The portal's frame: top bar, navigation, account menu. English is the source catalog. */
export const shell = {
  'shell.tagline': 'works with Microsoft Entra group-based licensing',
  'shell.skipToMain': 'Skip to main content',
  'shell.theme.dark': 'Dark theme',
  'shell.theme.toLight': 'Switch to light theme',
  'shell.theme.toDark': 'Switch to dark theme',
  'shell.graphWait': 'Waiting for Microsoft Graph',
  'shell.graphWaitSeconds': 'Waiting for Microsoft Graph ({seconds, number} s)',
  'shell.nav.label': 'Navigation',
  'shell.nav.manage': 'Manage',
  'shell.nav.monitoring': 'Monitoring',
  'shell.nav.users': 'Users',
  'shell.nav.groups': 'Groups',
  'shell.nav.licenses': 'Licenses',
  'shell.nav.overview': 'Overview',
  'shell.nav.allProducts': 'All products',
  'shell.nav.auditLogs': 'Audit logs',
  'shell.account.label': 'Account: {name}, {roles}',
  'shell.account.noRole': 'No administrator role',
  'shell.account.switch': 'Switch account',
  'shell.account.switched': 'Account switched',
  'shell.account.switchedBody': 'Signed in as {userPrincipalName} ({roles}).',
  'shell.account.switchFailed': 'Could not sign in as {userPrincipalName}',
  'shell.account.anotherAccount': 'Sign in with another account',
  'shell.account.signOut': 'Sign out',
  'shell.language': 'Language',
  'shell.reset.button': 'Reset demo tenant',
  'shell.reset.onlyGlobalAdmin':
    'Only a Global Administrator can reset the demo tenant. You are signed in as {roles}.',
  'shell.reset.title': 'Reset the demo tenant?',
  'shell.reset.confirm': 'Reset',
  'shell.reset.body':
    'Every change made in this demo (licences, groups, members, users and audit records) is discarded and the tenant starts again from the seed you choose. This cannot be undone.',
  'shell.reset.seedLabel': 'Start from',
  'shell.reset.seed.default': 'Contoso',
  'shell.reset.seed.defaultHint':
    'About 2,000 users, an admin per role and the documented licensing scenarios with their errors. Ready in a few seconds.',
  'shell.reset.seed.empty': 'Empty',
  'shell.reset.seed.emptyHint':
    'The organization and one Global Administrator, nothing else. Ready at once.',
  'shell.reset.seed.large': 'Large',
  'shell.reset.seed.largeHint':
    'About 100,000 users and groups of up to 60,000 members, to try the portal at scale. Takes several seconds to build.',
  'shell.reset.done': 'Demo tenant reset',
  'shell.reset.doneBody':
    'Users, groups, products and audit logs start again from the {seed} seed.',
  'shell.reset.failed': 'Could not reset the demo tenant',
  'shell.readOnly.title': 'Read-only',
  'shell.readOnly.body':
    'You are signed in as {roles}: you can see everything in this tenant and change nothing. Controls that change the tenant are turned off.',
  'shell.readOnly.dismiss': 'Dismiss',
} as const;
