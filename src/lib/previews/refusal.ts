/**
 * Why a preview is refused, in Graph's words: one home for the wording, so the emulator's handlers
 * (which send it in Graph's error envelope) and the tenant-copy worker (which hands it to the page)
 * refuse the same request with the same sentence.
 */
import { LicensingError } from '../../engine';

/** A refused preview request: Graph's status, directory code and message. */
export class PreviewRefusal extends Error {
  override readonly name = 'PreviewRefusal';

  constructor(
    readonly status: 400 | 404,
    readonly code: 'Request_BadRequest' | 'Request_ResourceNotFound',
    message: string,
  ) {
    super(message);
  }
}

/** Graph's sentences the previews refuse with. */
export const refusalWords = {
  notFound: (id: string) =>
    `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  missingParameters: (action: string, names: readonly string[]) =>
    `One or more parameters of the operation '${action}' are missing from the request payload. The missing parameters are: ${names.join(', ')}.`,
  notAString: (name: string) => `Invalid value for parameter '${name}': a string is expected.`,
  notAParameter: (key: string, action: string) =>
    `The parameter '${key}' in the request payload is not a valid parameter for the operation '${action}'.`,
  notDynamic: (id: string) =>
    `Group '${id}' does not have dynamic membership; only a dynamic group's rule can be previewed.`,
  noRule: (id: string) => `Group '${id}' has no membership rule; send one in 'membershipRule'.`,
  ruleInvalid: (detail: string) => `Dynamic membership rule validation error: ${detail}`,
  ruleInvalidBare: 'Dynamic membership rule validation error.',
} as const;

export const badRequest = (message: string) =>
  new PreviewRefusal(400, 'Request_BadRequest', message);
export const notFound = (id: string) =>
  new PreviewRefusal(404, 'Request_ResourceNotFound', refusalWords.notFound(id));

/**
 * A failure of a preview as a refusal: a `PreviewRefusal` as it is, an engine refusal
 * (`LicensingError`, such as an unknown product) with its own words; null for anything else.
 */
export function asRefusal(error: unknown): PreviewRefusal | null {
  if (error instanceof PreviewRefusal) return error;
  if (error instanceof LicensingError)
    return error.kind === 'NotFound'
      ? new PreviewRefusal(404, 'Request_ResourceNotFound', error.message)
      : new PreviewRefusal(400, 'Request_BadRequest', error.message);
  return null;
}
