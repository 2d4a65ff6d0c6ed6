/**
 * Live mode's tenant copy, from a journey: what the emulator itself answers for a preview (its
 * extensions, which the `graph` profile refuses as real Graph does, asked for a moment in the
 * default profile while the portal sends nothing), the tenant as the test reads it through Graph,
 * and the copy's status line as the admin sees it.
 */
import type { Locator, Page } from '@playwright/test';
import { ADMIN } from './accounts';
import { THROTTLE_RATE, control, graphAsAdmin, graphProfile, graphRead } from './http-emulator';

/** A number as the portal writes it in English ("1,131"). */
export const count = (n: number): string => n.toLocaleString('en-US');

/**
 * The emulator's own answer to one of its preview extensions, on the tenant as it is now. The
 * profile goes back to the journeys' `graph` profile afterwards; call it while the portal is idle.
 */
export async function emulatorAnswer<T>(path: string, body: unknown): Promise<T> {
  await control('POST', '/profile', { profile: 'default' });
  try {
    const { status, json } = await graphAsAdmin(ADMIN.global, 'POST', path, body);
    if (status !== 200) throw new Error(`POST ${path}: ${String(status)} ${JSON.stringify(json)}`);
    return json as T;
  } finally {
    await graphProfile(THROTTLE_RATE);
  }
}

/** Every page of a Graph collection, read as the global admin (429s waited out). */
export async function graphAll<T>(path: string): Promise<T[]> {
  const all: T[] = [];
  let next: string | undefined = path;
  while (next) {
    const page: { value: T[]; '@odata.nextLink'?: string } = await graphRead(ADMIN.global, next);
    all.push(...page.value);
    next = page['@odata.nextLink']?.replace(/^https?:\/\/[^/]+\/v1\.0/, '');
  }
  return all;
}

/** A group's id by its display name. */
export async function groupId(displayName: string): Promise<string> {
  const filter = encodeURIComponent(`displayName eq '${displayName}'`);
  const [group] = await graphAll<{ id: string }>(`/groups?$filter=${filter}&$select=id`);
  if (!group) throw new Error(`No group ${displayName}`);
  return group.id;
}

/** The line beside a preview that says how old the tenant copy is, or how far its load has come. */
export function copyStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^(Tenant copy taken|Reading a copy)/ });
}

/** The copy's age as the status line says it, once a copy is there ("Tenant copy taken 3 seconds ago"). */
export const TAKEN = /^Tenant copy taken \d+ (second|minute)s? ago/;
