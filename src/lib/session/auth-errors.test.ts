import { describe, expect, it } from 'vitest';
import { authErrorWords } from './auth-errors';

describe('authErrorWords', () => {
  it.each([
    [{ errorCode: 'user_cancelled' }, 'live.error.cancelled'],
    [{ errorCode: 'interaction_in_progress' }, 'live.error.inProgress'],
    [{ errorCode: 'monitor_window_timeout' }, 'live.error.timedOut'],
    [{ errorCode: 'no_network_connectivity' }, 'live.error.network'],
    [
      {
        errorCode: 'invalid_request',
        errorMessage: 'AADSTS50011: The redirect URI does not match.',
      },
      'live.error.redirectUri',
    ],
    [
      { errorCode: 'unauthorized_client', errorMessage: 'AADSTS700016: Application not found.' },
      'live.error.appNotFound',
    ],
    [{ errorCode: 'something_new', errorMessage: 'x' }, 'live.error.other'],
    ['not even an error', 'live.error.other'],
  ])('%j reads as %s', (error, id) => {
    expect(authErrorWords(error).id).toBe(id);
  });
});
