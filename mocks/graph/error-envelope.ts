/**
 * Graph's error envelope, `{ error: { code, message, innerError: { date, request-id,
 * client-request-id } } }`, on its own (no engine import), so the page's side of the embedded
 * emulator can answer in it without loading the engine.
 */

/** The ids and time an error response carries in `innerError`. */
export interface ErrorContext {
  readonly requestId: string;
  readonly clientRequestId: string;
  /** Emulator time in ms. */
  readonly now: number;
}

/** `innerError.date` has no fractional seconds and no zone, as Graph writes it. */
function innerDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** The JSON body of an error response. */
export function errorBody(
  error: { readonly code: string; readonly message: string },
  ctx: ErrorContext,
): { error: { code: string; message: string; innerError: Record<string, string> } } {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        date: innerDate(ctx.now),
        'request-id': ctx.requestId,
        'client-request-id': ctx.clientRequestId,
      },
    },
  };
}
