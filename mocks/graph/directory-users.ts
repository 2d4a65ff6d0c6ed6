/**
 * User commands as the emulator performs them: the engine change, the Graph-only fields and the
 * audit record, in that order, each command whole or not at all.
 */
import { blankProfile, type LicenseRequest, type UserProfile } from '../../src/engine';
import { ACTIVITY, changed, userTarget } from './audit';
import { errorMessages, graphError } from './errors';
import { groupsOf, recordUserMoves } from './membership-audit';
import type { Actor } from './model';
import { userChangeFacts } from './processing-audit';
import { refreshIndexedUser } from './search/user-index';
import type { StoreReader, TenantStore } from './store';
import { revokeTokens } from './tokens';
import { proxiesForMail, type ProfilePatch } from './user-input';

/** Refuses a userPrincipalName another user has (case-insensitive). */
export function ensureUniqueUpn(store: StoreReader, upn: string, self: string | null): void {
  const owner = store.upnIndex.get(upn.toLowerCase());
  if (owner !== undefined && owner !== self)
    throw graphError.badRequest(errorMessages.duplicateValue('userPrincipalName'));
}

function target(profile: UserProfile, props: Parameters<typeof userTarget>[1] = []) {
  return userTarget(
    {
      id: profile.id,
      displayName: profile.displayName,
      userPrincipalName: profile.userPrincipalName,
    },
    props,
  );
}

/** Creates a user; returns its id. `proxyAddresses` defaults to the primary address of `mail`. */
export function createUser(
  store: TenantStore,
  patch: ProfilePatch & { userPrincipalName: string },
  actor: Actor,
  id = store.ids.guid(),
): string {
  ensureUniqueUpn(store, patch.userPrincipalName, null);
  const mail = patch.mail ?? null;
  const profile: UserProfile = {
    ...blankProfile(id, patch.userPrincipalName),
    proxyAddresses: mail ? [`SMTP:${mail}`] : [],
    ...patch,
    id,
  };
  const correlationId = store.newCorrelationId();
  store.mutate(correlationId, () => {
    store.tenant.addUser(profile);
  });
  store.users.set(id, { createdDateTime: store.clock.now() });
  store.upnIndex.set(profile.userPrincipalName.toLowerCase(), id);
  refreshIndexedUser(store, id);
  store.record(actor, correlationId, {
    category: 'UserManagement',
    activityDisplayName: ACTIVITY.addUser,
    operationType: 'Add',
    targetResources: [target(profile)],
  });
  recordUserMoves(store, correlationId, id, store.auditEnabled ? [] : null);
  return id;
}

/** Changes a user's attributes; dynamic groups re-evaluate the user. Disabling revokes its tokens. */
export function updateUser(
  store: TenantStore,
  id: string,
  patch: ProfilePatch,
  actor: Actor,
): void {
  const before = store.tenant.profile(id);
  if (!before) throw graphError.notFound(id);
  if (patch.userPrincipalName !== undefined) ensureUniqueUpn(store, patch.userPrincipalName, id);
  const next: ProfilePatch = { ...patch };
  if (patch.mail !== undefined && patch.mail !== before.mail)
    next.proxyAddresses = proxiesForMail(before.proxyAddresses, patch.mail);
  const diffs = Object.entries(next).filter(
    ([key, value]) => JSON.stringify(before[key as keyof UserProfile]) !== JSON.stringify(value),
  );
  if (diffs.length === 0) return;
  const correlationId = store.newCorrelationId();
  const groupsBefore = groupsOf(store, id);
  store.mutate(correlationId, () => {
    store.tenant.updateUser(id, next);
  });
  if (patch.userPrincipalName !== undefined) {
    store.upnIndex.delete(before.userPrincipalName.toLowerCase());
    store.upnIndex.set(patch.userPrincipalName.toLowerCase(), id);
  }
  refreshIndexedUser(store, id);
  if (patch.accountEnabled === false) revokeTokens(store, id);
  const after = store.tenant.profile(id) ?? before;
  const props = diffs.map(([key, value]) =>
    changed(key.charAt(0).toUpperCase() + key.slice(1), before[key as keyof UserProfile], value),
  );
  props.push({
    displayName: 'Included Updated Properties',
    oldValue: null,
    newValue: diffs.map(([k]) => k.charAt(0).toUpperCase() + k.slice(1)).join(', '),
  });
  store.record(actor, correlationId, {
    category: 'UserManagement',
    activityDisplayName: ACTIVITY.updateUser,
    operationType: 'Update',
    targetResources: [target(after, props)],
  });
  recordUserMoves(store, correlationId, id, groupsBefore);
}

/** Deletes a user: memberships, licences and seats go at once; tokens and roles of the user too. */
export function deleteUser(store: TenantStore, id: string, actor: Actor): void {
  const profile = store.tenant.profile(id);
  if (!profile) throw graphError.notFound(id);
  const correlationId = store.newCorrelationId();
  store.mutate(correlationId, () => {
    store.tenant.deleteUser(id);
  });
  store.users.delete(id);
  store.upnIndex.delete(profile.userPrincipalName.toLowerCase());
  refreshIndexedUser(store, id);
  store.admins.delete(id);
  revokeTokens(store, id);
  store.record(actor, correlationId, {
    category: 'UserManagement',
    activityDisplayName: ACTIVITY.deleteUser,
    operationType: 'Delete',
    targetResources: [target(profile)],
  });
}

/** `assignLicense` on a user: synchronous and atomic; one `Change user license` record by the admin. */
export function assignUserLicenses(
  store: TenantStore,
  id: string,
  add: readonly LicenseRequest[],
  remove: readonly string[],
  actor: Actor,
): void {
  const correlationId = store.newCorrelationId();
  const change = store.mutate(correlationId, () =>
    store.tenant.assignUserLicenses(id, add, remove),
  );
  if (change) store.record(actor, correlationId, userChangeFacts(store, change, []));
}

/** Reprocess on a user: retries every entry in error, synchronously. */
export function reprocessUser(store: TenantStore, id: string, actor: Actor): void {
  const correlationId = store.newCorrelationId();
  const change = store.mutate(correlationId, () => store.tenant.reprocessUser(id));
  if (change) store.record(actor, correlationId, userChangeFacts(store, change, []));
}
