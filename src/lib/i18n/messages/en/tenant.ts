/**
 * Working on a tenant: connecting and signing in with Microsoft Entra, sign-in errors, reprocessing
 * member by member, and the tenant copy that previews run on. Not in the first load: the portal
 * started on a tenant loads it before it renders (`src/app/main.tsx`), and in the sandbox only the
 * Connect page uses it (it loads with that page).
 */
export const tenant = {
  'live.connect.title': 'Connect to a tenant',
  'live.connect.intro':
    'Manage the licences of your own Microsoft 365 tenant. Register an app in Microsoft Entra ID first (single-page application, redirect URI below); the portal signs you in with Microsoft and calls Microsoft Graph with your permissions.',
  'live.connect.redirectUri': 'Redirect URI to register: {uri}',
  'live.connect.clientId': 'Application (client) ID',
  'live.connect.clientIdHint':
    'From the app registration’s Overview, such as 00000000-0000-0000-0000-000000000000.',
  'live.connect.tenant': 'Directory (tenant) ID or domain',
  'live.connect.tenantHint':
    'Your tenant’s ID, a domain such as contoso.onmicrosoft.com, or organizations.',
  'live.connect.submit': 'Connect',
  'live.connect.cancel': 'Cancel',
  'live.connect.clientIdRequired': 'Enter the application (client) ID.',
  'live.connect.clientIdNotGuid':
    'An application (client) ID is a GUID, such as 00000000-0000-0000-0000-000000000000.',
  'live.connect.tenantRequired': 'Enter the tenant ID or one of its domains.',
  'live.connect.tenantInvalid':
    'Enter a tenant ID (a GUID), a domain such as contoso.onmicrosoft.com, or organizations.',
  'live.connect.tenantPersonal':
    'Personal Microsoft accounts hold no admin roles: use your tenant’s ID, a domain or organizations.',
  'live.signIn.title': 'Sign in to your tenant',
  'live.signIn.body': 'Sign in with a work account that holds an admin role in {tenant}.',
  'live.signIn.button': 'Sign in with Microsoft',
  'live.signIn.pick': 'Choose an account',
  'live.signIn.another': 'Use another account',
  'live.signIn.failed': 'Sign-in did not complete',
  'live.signIn.code': 'Error code: {code}',
  'live.error.appNotFound':
    'The tenant does not know this application (client) ID. Check the ID, and that the app is registered in this tenant or as multitenant.',
  'live.error.redirectUri':
    'The app registration does not list this page’s redirect URI. Add it as a single-page application redirect URI.',
  'live.error.tenantNotFound': 'No tenant has this ID or domain. Check the tenant.',
  'live.error.consentRequired':
    'The portal needs permissions nobody has consented to yet. Ask an administrator to grant admin consent on the app registration.',
  'live.error.wrongTenant':
    'This account is not in the tenant. Sign in with an account of the tenant.',
  'live.error.cancelled': 'Sign-in was cancelled.',
  'live.error.inProgress':
    'A sign-in is already under way in this browser. Finish it, or reload the page.',
  'live.error.network':
    'Microsoft Entra could not be reached. Check the network connection and try again.',
  'live.error.timedOut': 'Microsoft Entra took too long to answer. Try again.',
  'live.error.signInAgain': 'Your session has ended. Sign in again.',
  'live.error.stateMismatch':
    'The sign-in answer did not match the request (another tab may have signed in). Try again.',
  'live.error.other': 'Microsoft Entra refused the sign-in.',
  'live.reprocess.progress': 'Reprocessing {done, number} of {total, number} users',
  'live.reprocess.cancel': 'Cancel reprocessing',
  'live.reprocess.done': 'Reprocessed {total, number} users',
  'live.reprocess.cancelled':
    'Reprocessing cancelled after {done, number} of {total, number} users',
  'live.reprocess.failed': '{failed, number} of {total, number} users could not be reprocessed',
  // The tenant copy that previews, Why? and Validate rules are computed on in live mode.
  'live.copy.starting': 'Reading a copy of the tenant from Microsoft Graph…',
  'live.copy.phase.organization': 'Reading a copy of the tenant: the organization',
  'live.copy.phase.skus': 'Reading a copy of the tenant: products',
  'live.copy.phase.users': 'Reading a copy of the tenant: users, {done, number} so far',
  'live.copy.phase.groups': 'Reading a copy of the tenant: groups, {done, number} so far',
  'live.copy.phase.members': 'Reading a copy of the tenant: members, {done, number} groups so far',
  'live.copy.progress.organization': 'Reading a copy of the tenant: the organization',
  'live.copy.progress.skus':
    'Reading a copy of the tenant: products {done, number} of {total, number}',
  'live.copy.progress.users':
    'Reading a copy of the tenant: users {done, number} of {total, number}',
  'live.copy.progress.groups':
    'Reading a copy of the tenant: groups {done, number} of {total, number}',
  'live.copy.progress.members':
    'Reading a copy of the tenant: members of groups {done, number} of {total, number}',
  'live.copy.taken': 'Tenant copy taken {age}',
  'live.copy.refreshing': 'Tenant copy taken {age}. {progress}',
  'live.copy.refresh': 'Refresh copy',
  'live.copy.failed': 'The copy of the tenant could not be read: {message}',
  'live.copy.retry': 'Try again',
  'live.copy.staleTitle': 'Preview on an older copy',
  'live.copy.staleQuestion':
    'This change reaches {count, plural, one {# user} other {# users}}, and its preview was computed on a tenant copy taken {age}. Refresh the copy to preview it on the tenant as it is now, or save it as previewed.',
  'live.copy.saveOnCopy': 'Save on the copy taken {age}',
  'live.copy.staleUndoQuestion':
    'Undoing this change reaches {count, plural, one {# user} other {# users}}, and its preview was computed on a tenant copy taken {age}. Refresh the copy to preview it on the tenant as it is now, or undo it as previewed.',
  'live.copy.undoOnCopy': 'Undo on the copy taken {age}',
  'live.copy.storeUnreadable':
    'The tenant copy kept in this browser could not be read, so it was set aside and a new copy is read from Microsoft Graph.',
  'live.copy.storeUnsaved':
    'The tenant copy could not be kept in this browser: it will be read again from Microsoft Graph on your next visit.',
} as const;
