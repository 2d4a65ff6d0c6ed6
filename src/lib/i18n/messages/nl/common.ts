/** Woorden die elke blade deelt. */
import type { common as en } from '../en/common';

export const common: Record<keyof typeof en, string> = {
  'common.cancel': 'Annuleren',
  'common.retry': 'Opnieuw proberen',
  'common.refresh': 'Vernieuwen',
  'common.close': 'Sluiten',
  'common.loading': 'Laden',
  'common.loadingLabel': '{label}…',
  'common.somethingWrong': 'Er is iets misgegaan',
  'common.errorHttp': 'HTTP {status}',
  'common.errorRequestId': 'aanvraag-id {requestId}',
  'common.errorWithCode': '{message} ({code})',
  'common.itemError': '{name}: {message}',
  'common.none': '—',
};
