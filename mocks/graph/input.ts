/**
 * Checks of request bodies, with Graph's messages. Every check runs before anything changes, so
 * a malformed body is a 400 and never half a change.
 */
import type { LicenseRequest } from '../../src/engine';
import { errorMessages, graphError } from './errors';
import { isGuid } from './ids';

/** A property of a body: how to check it, and whether it is read-only. */
export type FieldCheck = (value: unknown, name: string) => unknown;

/** Rejects properties the type does not have and the read-only ones. */
export function checkKeys(
  body: Record<string, unknown>,
  writable: readonly string[],
  readOnly: readonly string[],
  typeName: string,
): void {
  for (const key of Object.keys(body)) {
    if (key === '@odata.type') continue;
    if (readOnly.includes(key)) throw graphError.badRequest(errorMessages.readOnly(key));
    if (!writable.includes(key)) {
      throw graphError.badRequest(
        `The property '${key}' does not exist on type 'microsoft.graph.${typeName}'. Make sure to only use property names that are defined by the type.`,
      );
    }
  }
}

/** Checks for one resource, reporting `Invalid value specified for property 'x' of resource 'R'.` */
export function checkers(resource: string) {
  const invalid = (name: string) =>
    graphError.badRequest(errorMessages.invalidValue(name, resource));
  return {
    invalid,
    string(value: unknown, name: string, max = 256): string {
      if (typeof value !== 'string' || value.length > max) throw invalid(name);
      return value;
    },
    nonEmpty(value: unknown, name: string, max = 256): string {
      if (typeof value !== 'string' || value.trim() === '' || value.length > max)
        throw invalid(name);
      return value;
    },
    optionalString(value: unknown, name: string, max = 256): string | null {
      if (value === null) return null;
      if (typeof value !== 'string' || value.length > max) throw invalid(name);
      return value === '' ? null : value;
    },
    boolean(value: unknown, name: string): boolean {
      if (typeof value !== 'boolean') throw invalid(name);
      return value;
    },
    stringArray(value: unknown, name: string, max = 250): string[] {
      if (!Array.isArray(value) || value.length > max || value.some((v) => typeof v !== 'string'))
        throw invalid(name);
      return value as string[];
    },
  };
}

/** Requires the properties a create needs. */
export function requireKeys(
  body: Record<string, unknown>,
  keys: readonly string[],
  resource: string,
): void {
  for (const key of keys) {
    if (body[key] === undefined)
      throw graphError.badRequest(errorMessages.invalidValue(key, resource));
  }
}

function guid(value: unknown): string {
  if (!isGuid(value)) throw graphError.badRequest(errorMessages.badGuid);
  return value.toLowerCase();
}

/** The body of `assignLicense` (user or group), checked as Graph's OData layer checks it. */
export function parseAssignLicense(body: Record<string, unknown>): {
  add: LicenseRequest[];
  remove: string[];
} {
  for (const key of Object.keys(body)) {
    if (key !== 'addLicenses' && key !== 'removeLicenses') {
      throw graphError.badRequest(
        `The parameter '${key}' in the request payload is not a valid parameter for the operation 'assignLicense'.`,
      );
    }
  }
  const missing = ['addLicenses', 'removeLicenses'].filter(
    (k) => body[k] === undefined || body[k] === null,
  );
  if (missing.length > 0)
    throw graphError.badRequest(errorMessages.missingParameters('assignLicense', missing));
  const { addLicenses, removeLicenses } = body;
  if (!Array.isArray(addLicenses))
    throw graphError.badRequest(
      "Invalid value for parameter 'addLicenses': a collection of assignedLicense is expected.",
    );
  if (!Array.isArray(removeLicenses))
    throw graphError.badRequest(
      "Invalid value for parameter 'removeLicenses': a collection of Edm.Guid is expected.",
    );
  const add = addLicenses.map((item: unknown): LicenseRequest => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw graphError.badRequest(
        "Invalid value for parameter 'addLicenses': a collection of assignedLicense is expected.",
      );
    const license = item as Record<string, unknown>;
    for (const key of Object.keys(license)) {
      if (key !== 'skuId' && key !== 'disabledPlans' && key !== '@odata.type') {
        throw graphError.badRequest(
          `The property '${key}' does not exist on type 'microsoft.graph.assignedLicense'. Make sure to only use property names that are defined by the type.`,
        );
      }
    }
    if (license.skuId === undefined || license.skuId === null)
      throw graphError.badRequest(errorMessages.invalidValue('skuId', 'AssignedLicense'));
    const disabled = license.disabledPlans ?? [];
    if (!Array.isArray(disabled))
      throw graphError.badRequest(errorMessages.invalidValue('disabledPlans', 'AssignedLicense'));
    return { skuId: guid(license.skuId), disabledPlans: disabled.map(guid) };
  });
  return { add, remove: removeLicenses.map(guid) };
}

/** The id at the end of an `@odata.id` reference URL (`.../directoryObjects/{id}`, `/users/{id}`, `/groups/{id}`). */
export function parseReference(body: Record<string, unknown>): string {
  const ref = body['@odata.id'];
  for (const key of Object.keys(body)) {
    if (key !== '@odata.id')
      throw graphError.badRequest(
        `The property '${key}' does not exist on a reference. Only '@odata.id' is allowed.`,
      );
  }
  if (typeof ref !== 'string')
    throw graphError.badRequest("The '@odata.id' of the reference is missing or not a string.");
  const match =
    /\/(?:directoryObjects|users|groups)\/([^/?#]+)\/?$/.exec(ref) ??
    /\/(?:directoryObjects|users|groups)\('([^']+)'\)$/.exec(ref);
  if (!match?.[1])
    throw graphError.badRequest(`Invalid URL format specified in @odata.id: '${ref}'.`);
  try {
    return decodeURIComponent(match[1]);
  } catch {
    throw graphError.badRequest(`Invalid URL format specified in @odata.id: '${ref}'.`);
  }
}
