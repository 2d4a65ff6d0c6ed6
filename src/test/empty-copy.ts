/** A tenant copy with nothing in it, taken at 1,000 (caller's clock): for tests of who holds it. */
import type { TenantCopy } from '../lib/tenant-copy/copy-types';

export const emptyCopy = (tenantCountry = 'NL'): TenantCopy => ({
  takenAt: 1_000,
  finishedAt: 1_000,
  tenantCountry,
  skus: [],
  users: [],
  groups: [],
  processingGroups: [],
  requests: 0,
  deltaLinks: null,
  partsTakenAt: { skus: 1_000, users: 1_000, groups: 1_000, licenses: 1_000 },
});
