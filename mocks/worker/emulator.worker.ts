/**
 * The Web Worker the portal's embedded emulator runs in: engine, tenant store, background
 * processing, seeds and IndexedDB persistence, all off the page's UI thread. The page reaches it
 * through Comlink (`mocks/browser.ts`); requests and responses cross as data with their bodies
 * transferred.
 */
import './worker-globals';
import { expose } from 'comlink';
import { createEmulatorService } from './emulator-service';

expose(createEmulatorService());
