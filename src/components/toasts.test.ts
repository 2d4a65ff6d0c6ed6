// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../lib/i18n/i18n-provider';
import { registerToaster, useNotify, type ShowToast } from './toasts';

afterEach(() => {
  registerToaster(null);
});

/** `useNotify()` as a component gets it (it words Graph errors in the admin's language). */
const renderNotify = () => renderHook(() => useNotify(), { wrapper: I18nProvider }).result.current;

describe('useNotify', () => {
  it('keeps a toast asked for before the toaster has loaded, and shows it once it has', () => {
    const notify = renderNotify();
    notify.success('Licenses assigned', 'Sales now has Office 365 E3.');
    notify.error('Could not assign', new Error('Seats ran out'));
    const shown: Parameters<ShowToast>[] = [];
    registerToaster((...toast) => shown.push(toast));
    expect(shown).toEqual([
      ['success', 'Licenses assigned', 'Sales now has Office 365 E3.'],
      ['error', 'Could not assign', 'Seats ran out'],
    ]);
    notify.info('Reprocessing started');
    expect(shown.at(-1)).toEqual(['info', 'Reprocessing started', undefined]);
  });

  it('drops the toasts of an app that ended before its toaster loaded', () => {
    renderNotify().success('Licenses assigned');
    registerToaster(null);
    const shown: Parameters<ShowToast>[] = [];
    registerToaster((...toast) => shown.push(toast));
    expect(shown).toEqual([]);
  });
});
