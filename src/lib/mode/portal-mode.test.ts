import { describe, expect, it } from 'vitest';
import { clientIdProblem, resolvePortalMode, tenantProblem } from './portal-mode';

const CLIENT = '11111111-2222-3333-4444-555555555555';

describe('portal mode', () => {
  it('is the emulator when nothing is configured', () => {
    expect(
      resolvePortalMode({ stored: null, envClientId: undefined, envTenant: undefined }),
    ).toEqual({ kind: 'emulator' });
  });

  it('is live from the build variables', () => {
    expect(
      resolvePortalMode({
        stored: null,
        envClientId: CLIENT,
        envTenant: 'contoso.onmicrosoft.com',
      }),
    ).toEqual({ kind: 'live', clientId: CLIENT, tenant: 'contoso.onmicrosoft.com' });
  });

  it('lets the stored choice win, so the sandbox is one click away on a build made for a tenant', () => {
    expect(
      resolvePortalMode({
        stored: JSON.stringify({ kind: 'emulator' }),
        envClientId: CLIENT,
        envTenant: 'organizations',
      }),
    ).toEqual({ kind: 'emulator' });
    expect(
      resolvePortalMode({
        stored: JSON.stringify({ kind: 'live', clientId: CLIENT, tenant: 'organizations' }),
        envClientId: undefined,
        envTenant: undefined,
      }),
    ).toEqual({ kind: 'live', clientId: CLIENT, tenant: 'organizations' });
  });

  it('ignores an unreadable or invalid stored choice and half-set build variables', () => {
    for (const stored of ['{', JSON.stringify({ kind: 'live', clientId: 'x', tenant: 'y' })])
      expect(resolvePortalMode({ stored, envClientId: undefined, envTenant: undefined })).toEqual({
        kind: 'emulator',
      });
    expect(resolvePortalMode({ stored: null, envClientId: CLIENT, envTenant: '' })).toEqual({
      kind: 'emulator',
    });
  });

  it.each([
    ['', 'clientIdRequired'],
    ['not-a-guid', 'clientIdNotGuid'],
    [CLIENT, null],
  ])('client id %j: %s', (value, problem) => {
    expect(clientIdProblem(value)).toBe(problem);
  });

  it.each([
    ['', 'tenantRequired'],
    ['common', 'tenantPersonal'],
    ['consumers', 'tenantPersonal'],
    ['organizations', null],
    ['contoso.onmicrosoft.com', null],
    [CLIENT, null],
    ['contoso', 'tenantInvalid'],
    ['https://login.microsoftonline.com/contoso', 'tenantInvalid'],
  ])('tenant %j: %s', (value, problem) => {
    expect(tenantProblem(value)).toBe(problem);
  });
});
