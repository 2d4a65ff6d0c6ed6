import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DirectoryAudit } from '../../lib/graph/graph-types';
import { filter } from '../../lib/graph/odata';
import { signInAs } from '../../lib/session/sign-in';
import { ADMIN, resetTestTenant } from '../../test/emulator';
import { renderRoute } from '../../test/render-route';
import { LICENSING_APP_NAME } from './audit-search';
import { getAllAuditEntries } from '../../api/audit';
import { auditEntries } from '../../test/control';
import { catchDownloads } from '../../test/downloads';
import { auditFilter } from './audit-filter';

/** The real cap is 50,000 entries, more than the seed holds; this file lowers it to reach it. */
const { CAP } = vi.hoisted(() => ({ CAP: 1500 }));
vi.mock('./audit-limits', () => ({ AUDIT_DOWNLOAD_LIMIT: CAP }));

/** What a download collects, as Graph sent each entry. */
async function download(filters: { initiatedBy: string }, limit: number) {
  const { entries, capped } = await getAllAuditEntries(auditFilter(filters), limit);
  return { audits: entries.map((e) => e.raw), capped };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('getAllAuditEntries', { timeout: 30_000 }, () => {
  const byGroupsAdmin = { initiatedBy: ADMIN.groups };

  it('collects the whole filtered set, newest first, and is not capped when it fits, even exactly', async () => {
    resetTestTenant('default');
    await signInAs(ADMIN.global);
    const expected = await auditEntries(
      filter.eq('initiatedBy/user/userPrincipalName', ADMIN.groups),
    );
    expect(expected.length).toBeGreaterThan(100);

    expect(await download(byGroupsAdmin, 100_000)).toEqual({
      audits: expected,
      capped: false,
    });
    expect(await download(byGroupsAdmin, expected.length)).toEqual({
      audits: expected,
      capped: false,
    });
  });

  it('stops at the limit, newest first, and says more exist', async () => {
    resetTestTenant('default');
    await signInAs(ADMIN.global);
    const expected = await auditEntries(
      filter.eq('initiatedBy/user/userPrincipalName', ADMIN.groups),
    );

    expect(await download(byGroupsAdmin, expected.length - 1)).toEqual({
      audits: expected.slice(0, -1),
      capped: true,
    });
    expect(await download(byGroupsAdmin, 10)).toEqual({
      audits: expected.slice(0, 10),
      capped: true,
    });
  });
});

describe('Audit logs download past the cap', { timeout: 60_000 }, () => {
  it('saves the newest entries up to the cap and says the download was capped', async () => {
    const downloads = catchDownloads();
    const { user } = await renderRoute(
      `/audit?initiatedBy=${encodeURIComponent(LICENSING_APP_NAME)}`,
    );
    await screen.findByRole('grid', { name: 'Audit logs' });
    const expected = await auditEntries(
      filter.eq('initiatedBy/app/displayName', LICENSING_APP_NAME),
    );
    expect(expected.length).toBeGreaterThan(CAP);

    await user.click(screen.getByRole('button', { name: 'Download JSON' }));

    expect(await screen.findByText('Download capped')).toBeVisible();
    expect(
      screen.getByText(
        'More than 1,500 audit entries match these filters; the newest 1,500 were saved as JSON. Narrow the date range or other filters to download the rest.',
      ),
    ).toBeVisible();
    const [file] = await downloads.files();
    expect(JSON.parse(file?.text ?? '') as DirectoryAudit[]).toEqual(expected.slice(0, CAP));
  });

  it('says the download is ready, not capped, when the filtered set fits', async () => {
    const downloads = catchDownloads();
    const { user } = await renderRoute(`/audit?initiatedBy=${encodeURIComponent(ADMIN.groups)}`);
    await screen.findByRole('grid', { name: 'Audit logs' });
    const expected = await auditEntries(
      filter.eq('initiatedBy/user/userPrincipalName', ADMIN.groups),
    );

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(await screen.findByText('Download ready')).toBeVisible();
    expect(
      screen.getByText(`${String(expected.length)} audit entries saved as CSV.`),
    ).toBeVisible();
    expect(screen.queryByText('Download capped')).not.toBeInTheDocument();
    const [file] = await downloads.files();
    expect((file?.text ?? '').split('\r\n')).toHaveLength(expected.length + 2);
  });
});
