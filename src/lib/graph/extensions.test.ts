/** In live mode no request may reach an emulator extension: the list, and the client refusing them unsent. */
import { describe, expect, it } from 'vitest';
import { emulatorExtensionOf } from './extensions';
import { createGraphClient } from './graph-client';
import { GraphError } from './graph-error';

const G = '00000000-0000-0000-0000-0000000000aa';

describe('emulatorExtensionOf', () => {
  it.each([
    `/groups/${G}/previewAssignLicense`,
    `/groups/${G}/previewMembershipRule`,
    `/groups/${G}/reprocessLicenseAssignment`,
    `/groups/${G}/evaluateDynamicMembership`,
    `groups/${G}/previewAssignLicense`,
    `https://graph.microsoft.com/v1.0/groups/${G}/previewAssignLicense?x=1`,
    `/users/x/../../groups/${G}/previewMembershipRule`,
    `/groups/${G}/%70reviewAssignLicense`,
    'https://graph.microsoft.com/_emulator/token',
    '/_emulator/reset',
    '../_emulator/profile',
  ])('%s is an extension', (url) => {
    expect(emulatorExtensionOf(url)).not.toBeNull();
  });

  it.each([
    `/users/${G}/reprocessLicenseAssignment`,
    `/groups/${G}/assignLicense`,
    `/groups/${G}/members?$top=999`,
    '/organization',
    '/auditLogs/directoryAudits',
    '/$batch',
  ])('%s is Graph', (url) => {
    expect(emulatorExtensionOf(url)).toBeNull();
  });
});

describe('a client that may not call extensions', () => {
  function liveClient() {
    const sent: string[] = [];
    const client = createGraphClient({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      getToken: () => 'token',
      allowExtensions: false,
      fetch: (input) => {
        sent.push(
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        );
        return Promise.resolve(
          new Response('{"responses":[]}', { headers: { 'content-type': 'application/json' } }),
        );
      },
    });
    return { client, sent };
  }

  it('refuses an extension before anything is sent', async () => {
    const { client, sent } = liveClient();

    const failure = await client
      .post(`/groups/${G}/reprocessLicenseAssignment`)
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(GraphError);
    expect(failure).toMatchObject({ code: 'EmulatorExtensionInLiveMode' });
    expect(sent).toEqual([]);
  });

  it('refuses a batch holding one extension, sending none of it', async () => {
    const { client, sent } = liveClient();

    const failure = await client
      .batch([
        { method: 'POST', url: `/users/${G}/reprocessLicenseAssignment` },
        { method: 'POST', url: `/groups/${G}/previewAssignLicense`, body: {} },
      ])
      .catch((e: unknown) => e);

    expect(failure).toMatchObject({ code: 'EmulatorExtensionInLiveMode' });
    expect(sent).toEqual([]);
  });

  it('sends Graph calls', async () => {
    const { client, sent } = liveClient();

    await client.batch([{ method: 'POST', url: `/users/${G}/reprocessLicenseAssignment` }]);

    expect(sent).toEqual(['https://graph.microsoft.com/v1.0/$batch']);
  });
});
