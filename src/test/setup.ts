import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installJsdomLayoutStubs } from './jsdom-layout';

installJsdomLayoutStubs();

afterEach(() => {
  cleanup();
});
