/**
 * The emulator's control API (`/_emulator/...`, not Graph, no bearer token): sign in as a seeded
 * admin, reset the demo tenant, watch background processing.
 */
import { portalMode } from '../mode/portal-mode';
import { emulatorControlUrl } from './graph-config';
import { extensionRefused } from './graph-client';
import { GraphError, graphErrorFromResponse } from './graph-error';
import type {
  AdminAccount,
  EmulatorProcessingStatus,
  EmulatorResetResult,
  EmulatorToken,
} from './graph-types';

async function control<T>(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  base = emulatorControlUrl(),
  token: string | null = null,
): Promise<T> {
  // A tenant has no control API: in live mode nothing is sent to one (`extensions.ts`).
  if (portalMode.kind === 'live')
    throw extensionRefused(`${base}${path}`, 'the emulator control API');
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, init);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GraphError(0, 'NetworkError', `The Graph emulator could not be reached (${reason}).`);
  }
  if (!response.ok) throw await graphErrorFromResponse(response);
  return (await response.json()) as T;
}

/** A bearer token for a seeded admin account, and the account's roles. */
export function requestToken(userPrincipalName: string): Promise<EmulatorToken> {
  return control<EmulatorToken>('POST', '/token', { userPrincipalName });
}

/**
 * Replaces the tenant with a fresh copy of a seed (`default`, `empty`, `large`). Every token is
 * forgotten. With the admin's token the emulator lets only a Global Administrator do it.
 */
export function resetTenant(
  seed?: string,
  token: string | null = null,
): Promise<EmulatorResetResult> {
  return control<EmulatorResetResult>(
    'POST',
    '/reset',
    seed === undefined ? {} : { seed },
    emulatorControlUrl(),
    token,
  );
}

/** Whether background licence processing is idle. */
export function processingStatus(): Promise<EmulatorProcessingStatus> {
  return control<EmulatorProcessingStatus>('GET', '/processing');
}

/** Resolves when background processing has finished. */
export function waitForProcessing(): Promise<EmulatorProcessingStatus> {
  return control<EmulatorProcessingStatus>('POST', '/processing/wait');
}

/**
 * The tenant's admin accounts with their roles, from `GET /_emulator/admins`. The emulator does
 * not offer that list yet: then this resolves to null and the sign-in page asks for a user name.
 */
export async function listAdminAccounts(): Promise<AdminAccount[] | null> {
  try {
    const body = await control<{ value?: AdminAccount[] } | AdminAccount[]>('GET', '/admins');
    return Array.isArray(body) ? body : (body.value ?? null);
  } catch (error) {
    if (error instanceof GraphError && (error.status === 404 || error.status === 405)) return null;
    throw error;
  }
}
