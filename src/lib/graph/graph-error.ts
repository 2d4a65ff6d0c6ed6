/** Graph's error envelope as a typed error the UI can show: code, message, status, request id. */

/** The body Graph sends with every failed request. */
interface GraphErrorEnvelope {
  readonly error: {
    readonly code?: unknown;
    readonly message?: unknown;
    readonly innerError?: Record<string, unknown>;
  };
}

/** A failed Graph (or emulator control) request. */
export class GraphError extends Error {
  override readonly name = 'GraphError';

  constructor(
    /** HTTP status; 0 when the request never got an answer. */
    readonly status: number,
    /** Graph's error code, such as `Authorization_RequestDenied`. */
    readonly code: string,
    message: string,
    /** The `request-id` to quote to support; null when the answer had none. */
    readonly requestId: string | null = null,
  ) {
    super(message);
  }

  /** 403: the signed-in admin's role does not allow the request. */
  get isForbidden(): boolean {
    return this.status === 403;
  }

  /** 404: the object does not exist (any more). */
  get isNotFound(): boolean {
    return this.status === 404;
  }
}

function isEnvelope(value: unknown): value is GraphErrorEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null
  );
}

/** Builds a `GraphError` from a failed response (the body is read here). */
export async function graphErrorFromResponse(response: Response): Promise<GraphError> {
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = text;
  }
  return graphErrorFromBody(
    response.status,
    body,
    response.headers.get('request-id'),
    response.statusText,
  );
}

/**
 * Builds a `GraphError` from a failed answer's status and parsed body (an inner response of a
 * `$batch` has no `Response` of its own). A body that is not Graph's envelope is quoted when short.
 */
export function graphErrorFromBody(
  status: number,
  body: unknown,
  requestId: string | null,
  statusText = '',
): GraphError {
  if (isEnvelope(body)) {
    const { code, message, innerError } = body.error;
    const innerId = innerError?.['request-id'];
    return new GraphError(
      status,
      typeof code === 'string' ? code : 'UnknownError',
      typeof message === 'string' && message !== ''
        ? message
        : statusText || `HTTP ${String(status)}`,
      requestId ?? (typeof innerId === 'string' ? innerId : null),
    );
  }
  const text = typeof body === 'string' ? body.trim() : '';
  const message =
    text !== '' && text.length < 500 ? text : `The request failed with HTTP ${String(status)}.`;
  return new GraphError(status, 'UnknownError', message, requestId);
}

/** Whether a value is a `GraphError` (also across module copies). */
export function isGraphError(value: unknown): value is GraphError {
  return (
    value instanceof GraphError ||
    (value instanceof Error && value.name === 'GraphError' && 'code' in value && 'status' in value)
  );
}
