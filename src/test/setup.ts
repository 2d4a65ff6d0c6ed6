import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installJsdomLayoutStubs } from './jsdom-layout';

installJsdomLayoutStubs();

// Route tests render the whole portal against the in-process emulator; on a loaded 2-core CI
// machine the first paint can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
