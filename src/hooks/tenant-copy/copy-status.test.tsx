/** The copy's line says, in the admin's language, when the copy kept in this browser was set aside or not kept. */
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTenantCopyStore } from '../../api/tenant-copy';
import { IDLE_COPY_STATE } from '../../lib/tenant-copy/copy-state';
import { intlWrapper } from '../../test/intl-wrapper';
import { CopyStatus } from './copy-preview';

const show = (problem: 'unreadable' | 'unsaved') => {
  useTenantCopyStore.setState({
    state: {
      ...IDLE_COPY_STATE,
      status: 'ready',
      takenAt: Date.now(),
      storage: { problem, reason: 'The quota has been exceeded.' },
    },
  });
};

afterEach(() => {
  useTenantCopyStore.setState({ state: IDLE_COPY_STATE });
});

describe('the copy kept in this browser', () => {
  it('says a stored copy that could not be read was set aside', () => {
    show('unreadable');
    render(<CopyStatus />, { wrapper: intlWrapper() });
    expect(
      screen.getByText(/^The tenant copy kept in this browser could not be read/),
    ).toBeInTheDocument();
  });

  it('says, in Dutch too, that the copy could not be kept', () => {
    show('unsaved');
    render(<CopyStatus />, { wrapper: intlWrapper('nl-NL') });
    expect(
      screen.getByText(/^De kopie van de tenant kon niet in deze browser worden bewaard/),
    ).toBeInTheDocument();
  });
});
