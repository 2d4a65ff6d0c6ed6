import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { installJsdomLayoutStubs } from './jsdom-layout';

// Every zustand store is put back to its initial state after each test (`__mocks__/zustand.ts`).
vi.mock('zustand');

installJsdomLayoutStubs();

// Route tests render the whole portal against the in-process emulator; on a loaded 2-core CI
// machine the first paint can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
