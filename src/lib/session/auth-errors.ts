/**
 * Sign-in errors in words. MSAL's errors carry an `errorCode` (MSAL's own, or the server's OAuth
 * `error`), and Entra's `AADSTS…` number sits in the message; each known case gets a sentence that
 * tells the admin what happened and what to do, the rest shows MSAL's own message.
 */
import type { MessageId } from '../i18n/messages';

/** The message id for an authentication error, and the code it was chosen by. */
export interface AuthErrorWords {
  readonly id: MessageId;
  readonly code: string;
}

interface AuthErrorLike {
  readonly errorCode?: unknown;
  readonly errorMessage?: unknown;
  readonly message?: unknown;
}

/** Entra's STS codes that mean something to an admin setting the portal up. */
const AADSTS: readonly (readonly [RegExp, MessageId])[] = [
  [/AADSTS700016\b/, 'live.error.appNotFound'],
  [/AADSTS50011\b/, 'live.error.redirectUri'],
  [/AADSTS90002\b/, 'live.error.tenantNotFound'],
  [/AADSTS65001\b/, 'live.error.consentRequired'],
  [/AADSTS50020\b/, 'live.error.wrongTenant'],
];

const BY_CODE: Readonly<Record<string, MessageId>> = {
  user_cancelled: 'live.error.cancelled',
  access_denied: 'live.error.cancelled',
  interaction_in_progress: 'live.error.inProgress',
  consent_required: 'live.error.consentRequired',
  invalid_client: 'live.error.appNotFound',
  unauthorized_client: 'live.error.appNotFound',
  no_network_connectivity: 'live.error.network',
  post_request_failed: 'live.error.network',
  endpoints_resolution_error: 'live.error.network',
  timed_out: 'live.error.timedOut',
  monitor_window_timeout: 'live.error.timedOut',
  login_required: 'live.error.signInAgain',
  interaction_required: 'live.error.signInAgain',
  no_account_error: 'live.error.signInAgain',
  state_mismatch: 'live.error.stateMismatch',
  nonce_mismatch: 'live.error.stateMismatch',
};

/** How to say an authentication error. */
export function authErrorWords(error: unknown): AuthErrorWords {
  const e = (typeof error === 'object' && error !== null ? error : {}) as AuthErrorLike;
  const code = typeof e.errorCode === 'string' ? e.errorCode : 'unknown';
  const text = [e.errorMessage, e.message].filter((m) => typeof m === 'string').join(' ');
  const sts = AADSTS.find(([pattern]) => pattern.test(text));
  if (sts) return { id: sts[1], code };
  return { id: BY_CODE[code] ?? 'live.error.other', code };
}
