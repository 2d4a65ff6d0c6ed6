/**
 * Live mode's words the shell shows in either mode: which tenant the portal works on, the way to
 * connect one. The words of working on a tenant (signing in, the tenant copy) are in `tenant.ts`.
 */
export const live = {
  'live.mode.sandbox': 'Sandbox: {name} (emulator)',
  'live.mode.sandboxLoading': 'Sandbox (emulator)',
  'live.mode.tenantLoading': 'Microsoft 365 tenant',
  'live.mode.tenantHint': 'Live: changes here apply to your Microsoft 365 tenant.',
  'live.mode.sandboxHint': 'Sandbox: changes here apply to the emulated demo tenant only.',
  'live.mode.backToSandbox': 'Back to the sandbox',
  'live.mode.connect': 'Connect to a tenant',
} as const;
