import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { filter } from '../../lib/graph/odata';
import { renderRoute } from '../../test/render-route';
import { LICENSING_APP_NAME } from './audit-search';
import { auditEntries } from '../../test/control';
import { catchDownloads } from '../../test/downloads';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Audit logs downloads', { timeout: 60_000 }, () => {
  it('downloads the filtered set as CSV with a byte order mark, the filters applied', async () => {
    const downloads = catchDownloads();
    const { user } = await renderRoute('/audit?activity=Set%20group%20license&target=E3%20base');
    await screen.findByRole('grid', { name: 'Audit logs' });

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    // One entry reads "1 audit entry" (the catalog's plural), more read "N audit entries".
    expect(
      await screen.findByText(/^(1 audit entry|\d[\d,]* audit entries) saved as CSV\.$/),
    ).toBeVisible();
    const [file] = await downloads.files();
    expect(file?.name).toMatch(/^AuditLogs_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file?.type).toBe('text/csv;charset=utf-8');
    expect(file?.bom).toBe(true);
    const lines = (file?.text ?? '').split('\r\n');
    expect(lines[0]).toBe(
      'Date,Service,Category,Activity,Status,Status reason,Target(s),Initiated by,Correlation ID,Modified properties',
    );
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    const expected = await auditEntries(
      `${filter.eq('activityDisplayName', 'Set group license')} and targetResources/any(x:startswith(x/displayName,'E3 base'))`,
    );
    expect(rows).toHaveLength(expected.length);
    for (const row of rows)
      expect(row).toMatch(
        /^[^,]+,Core Directory,GroupManagement,Set group license,success,,E3 base services,/,
      );
  });

  it('downloads JSON equal to the whole filtered set, past the pages the list has loaded', async () => {
    const downloads = catchDownloads();
    const { user } = await renderRoute(
      `/audit?initiatedBy=${encodeURIComponent(LICENSING_APP_NAME)}`,
    );
    expect(await screen.findByText('100 entries loaded, more available')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Download JSON' }));

    const expected = await auditEntries(
      filter.eq('initiatedBy/app/displayName', LICENSING_APP_NAME),
    );
    // More than one download page (1,000 entries), so the download has to follow nextLink.
    expect(expected.length).toBeGreaterThan(1000);
    expect(
      await screen.findByText(
        `${expected.length.toLocaleString('en-US')} audit entries saved as JSON.`,
      ),
    ).toBeVisible();
    const [file] = await downloads.files();
    expect(file?.name).toMatch(/^AuditLogs_\d{4}-\d{2}-\d{2}\.json$/);
    expect(file?.type).toBe('application/json');
    expect(file?.bom).toBe(false);
    const saved = JSON.parse(file?.text ?? '') as DirectoryAudit[];
    expect(saved).toEqual(expected);
    expect(saved.every((a) => a.initiatedBy?.app?.displayName === LICENSING_APP_NAME)).toBe(true);
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Download JSON' })).toBeEnabled();
    });
  });
});
