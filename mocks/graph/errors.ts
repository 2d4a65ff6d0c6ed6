/**
 * Graph's error envelope and the directory error codes the emulator answers with. Every failure
 * a handler can meet is a `GraphError`; `toGraphError` maps the engine's `LicensingError` and
 * anything unexpected.
 */
import { asRefusal, refusalWords } from '../../src/lib/previews/refusal';

/** The directory error codes Graph uses for the licensing surface. */
export type GraphErrorCode =
  | 'Request_BadRequest'
  | 'Request_ResourceNotFound'
  | 'Request_UnsupportedQuery'
  | 'Authorization_RequestDenied'
  | 'InvalidAuthenticationToken'
  | 'RequestEntityTooLarge'
  | 'serviceNotAvailable'
  | 'TooManyRequests'
  | 'BadRequest'
  | 'FailedDependency'
  | 'syncStateNotFound'
  | 'resyncRequired'
  | 'UnknownError';

/**
 * A failure with its HTTP status, Graph code and admin-facing message, and the headers its answer
 * carries besides Graph's own (`Retry-After` on a 429).
 */
export class GraphError extends Error {
  readonly status: number;
  readonly code: GraphErrorCode;
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    code: GraphErrorCode,
    message: string,
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/** The documented messages, in one place so tests and handlers agree on them. */
export const errorMessages = {
  notFound: refusalWords.notFound,
  invalidValue: (property: string, resource: string) =>
    `Invalid value specified for property '${property}' of resource '${resource}'.`,
  readOnly: (property: string) => `Property '${property}' is read-only and cannot be set.`,
  unknownProperty: (property: string, type: string) =>
    `Could not find a property named '${property}' on type 'microsoft.graph.${type}'.`,
  invalidProperty: (property: string) => `Invalid property '${property}'.`,
  badGuid:
    "Cannot convert a primitive value to the expected type 'Edm.Guid'. See the inner exception for more details",
  missingParameters: refusalWords.missingParameters,
  emptyBody: 'Empty Payload. JSON content expected.',
  badJson:
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
  insufficientPrivileges: 'Insufficient privileges to complete the operation.',
  emptyToken: 'Access token is empty.',
  invalidToken: 'Invalid JWT token. Token format not valid.',
  expiredToken: 'Lifetime validation failed, the token is expired.',
  unsupportedQuery: 'Unsupported query.',
  /** A `signInActivity` filter beside another property: Graph's words for the combination. */
  filterNotAlone:
    'Unsupported property or property value or combination of property and operation occured',
  unsupportedFilter: (property: string, resource: string) =>
    `Unsupported or invalid query filter clause specified for property '${property}' of resource '${resource}'.`,
  incompatibleTypes: (left: string, right: string, operator: string) =>
    `A binary operator with incompatible types was detected. Found operand types '${left}' and '${right}' for operator kind '${operator}'.`,
  noFunctionSignature: (name: string) =>
    `No function signature for the function with name '${name}' matches the specified arguments. The function signatures considered are: ${name}(Edm.String Nullable=true, Edm.String Nullable=true).`,
  duplicateValue: (property: string) =>
    `Another object with the same value for property ${property} already exists.`,
  segmentNotFound: (segment: string) => `Resource not found for the segment '${segment}'.`,
  methodNotAllowed: 'Specified HTTP method is not allowed for the request target.',
  searchNeedsConsistency:
    "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
  countNeedsConsistency: '$count is not currently supported.',
  /** Graph's words for a filter form that only advanced queries (`ConsistencyLevel` and `$count`) allow. */
  advancedQueryNeeded: (operator: string) =>
    `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
  /** Directory queries refuse an `or` (or `in`) of more than 15 clauses in standard queries. */
  tooManyClauses: (count: number, max: number) =>
    `Too many child clauses specified in search filter expression containing 'OR' operators: ${String(count)}. Max allowed: ${String(max)}.`,
  urlTooLong: (length: number, max: number) =>
    `The request URL is ${length.toLocaleString('en-US')} characters long; a $filter with advanced query capabilities may use at most ${max.toLocaleString('en-US')}.`,
  unsupportedMediaType: (type: string) =>
    `A supported MIME type could not be found that matches the content type of the response. None of the supported type(s) 'application/json' matches the content type '${type}'.`,
  tooLarge: (limit: number) =>
    `The request body is larger than the ${String(limit / 1024 / 1024)} MB (${limit.toLocaleString('en-US')} bytes) Microsoft Graph accepts.`,
  notDurable:
    "The change could not be saved to the emulator's data file. Try again once it can write there.",
  /** Graph's 429 (learn.microsoft.com/graph/throttling, sample response). */
  throttled: 'Please retry again later.',
  batchFormat: 'Invalid batch payload format.',
  batchEmpty: "Invalid batch payload format: 'requests' must be an array of 1 to 20 requests.",
  /** Graph's words when a batch holds more than 20 requests. */
  batchTooLarge: (max: number) =>
    `Number of requests inside batch exceeds the limit. A batch holds at most ${String(max)} requests.`,
  /** Graph's words for a repeated id (ids are compared without case). */
  batchDuplicateId: (id: string) => `Request Id ${id} has to be unique in a batch.`,
  batchMissing: (index: number, property: string) =>
    `Invalid batch payload format: request ${String(index + 1)} has no '${property}' (a string is required).`,
  batchAbsoluteUrl: (url: string) =>
    `Invalid batch payload format: '${url}' is not a relative URL such as '/users' (leave out the host and the version).`,
  batchBodyWithoutType: (id: string) =>
    `Invalid batch payload format: request '${id}' has a body but no 'Content-Type' header.`,
  batchDependsOn: (id: string, reason: string) =>
    `Invalid batch payload format: 'dependsOn' of request '${id}' ${reason}.`,
  batchNested: 'A $batch request cannot be sent inside a $batch request.',
  failedDependency: (id: string) =>
    `The request was not run: it depends on request '${id}', which failed.`,
} as const;

/** Constructors for the common failures. */
export const graphError = {
  badRequest: (message: string) => new GraphError(400, 'Request_BadRequest', message),
  /** A delta or skip token the emulator never issued (malformed, or of another resource). */
  syncStateNotFound: () =>
    new GraphError(
      400,
      'syncStateNotFound',
      'The sync state of this delta token could not be found. Start a new delta query without a token.',
    ),
  /** A delta token Graph can no longer answer (too old, or the tenant was replaced since). */
  resyncRequired: () =>
    new GraphError(
      410,
      'resyncRequired',
      'Resync required. The delta token has expired or is no longer valid; start a full synchronization with a new delta query.',
    ),
  notFound: (id: string) =>
    new GraphError(404, 'Request_ResourceNotFound', errorMessages.notFound(id)),
  unsupportedQuery: (message: string = errorMessages.unsupportedQuery) =>
    new GraphError(400, 'Request_UnsupportedQuery', message),
  forbidden: () =>
    new GraphError(403, 'Authorization_RequestDenied', errorMessages.insufficientPrivileges),
  unauthenticated: (message: string) => new GraphError(401, 'InvalidAuthenticationToken', message),
  methodNotAllowed: () => new GraphError(405, 'Request_BadRequest', errorMessages.methodNotAllowed),
  unsupportedMediaType: (type: string) =>
    new GraphError(415, 'Request_BadRequest', errorMessages.unsupportedMediaType(type)),
  tooLarge: (limit: number) =>
    new GraphError(413, 'RequestEntityTooLarge', errorMessages.tooLarge(limit)),
  /**
   * 503: the store's saver failed, so the change is not durable; the persistence layer has undone
   * it (or saving is impossible until a restart). `message` says which.
   */
  notDurable: (message: string = errorMessages.notDurable) =>
    new GraphError(503, 'serviceNotAvailable', message),
  /** 429 with `Retry-After` in whole seconds (and any other header Graph sends with it). */
  throttled: (retryAfterSeconds: number, headers: Readonly<Record<string, string>> = {}) =>
    new GraphError(429, 'TooManyRequests', errorMessages.throttled, {
      ...headers,
      'retry-after': String(retryAfterSeconds),
    }),
  /** 400 for the batch envelope itself (Graph's gateway code `BadRequest`, not a directory code). */
  badBatch: (message: string = errorMessages.batchFormat) =>
    new GraphError(400, 'BadRequest', message),
  failedDependency: (id: string) =>
    new GraphError(424, 'FailedDependency', errorMessages.failedDependency(id)),
};

/** Maps anything thrown inside a handler to a `GraphError`; an engine refusal keeps its wording. */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const refusal = asRefusal(error);
  if (refusal) return new GraphError(refusal.status, refusal.code, refusal.message);
  const message = error instanceof Error ? error.message : String(error);
  return new GraphError(500, 'UnknownError', `The emulator failed unexpectedly: ${message}`);
}

export { errorBody, type ErrorContext } from './error-envelope';
