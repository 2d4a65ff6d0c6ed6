/** Live-modus (Nederlands). Termen volgen de nl-NL-documentatie van Microsoft Entra. */
import type { live as en } from '../en/live';

export const live: Record<keyof typeof en, string> = {
  'live.mode.sandbox': 'Sandbox: {name} (emulator)',
  'live.mode.sandboxLoading': 'Sandbox (emulator)',
  'live.mode.tenantLoading': 'Microsoft 365-tenant',
  'live.mode.tenantHint': 'Live: wijzigingen hier gelden voor uw Microsoft 365-tenant.',
  'live.mode.sandboxHint':
    'Sandbox: wijzigingen hier gelden alleen voor de geëmuleerde demotenant.',
  'live.mode.backToSandbox': 'Terug naar de sandbox',
  'live.mode.connect': 'Verbinding maken met een tenant',
};
