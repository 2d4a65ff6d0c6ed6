/** Words every blade shares: the components' defaults (Cancel, Retry, Loading), error details. */
export const common = {
  'common.cancel': 'Cancel',
  'common.retry': 'Retry',
  'common.refresh': 'Refresh',
  'common.close': 'Close',
  'common.loading': 'Loading',
  'common.loadingLabel': '{label}…',
  'common.somethingWrong': 'Something went wrong',
  'common.errorHttp': 'HTTP {status}',
  'common.errorRequestId': 'request-id {requestId}',
  'common.errorWithCode': '{message} ({code})',
  'common.itemError': '{name}: {message}',
  'common.none': '—',
} as const;
