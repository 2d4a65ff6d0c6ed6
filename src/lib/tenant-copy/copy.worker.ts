/**
 * The Web Worker that holds the tenant copy in live mode (`copy-service.ts`): it reads the copy
 * through its own Graph client, builds the engine's tenant and answers previews, all off the page's
 * UI thread, and keeps it in IndexedDB between visits. The page reaches it through Comlink
 * (`src/api/tenant-copy.ts`), lends it tokens and says whose copy it is.
 */
import { expose } from 'comlink';
import { DIRECTORY_AUDIT_BUDGET, createGraphClient } from '../graph/graph-client';
import { DEFAULT_GRAPH_BASE_URL } from '../graph/graph-config';
import { createCopyService } from './copy-service';
import { createCopyStorage } from './copy-store';

expose(
  createCopyService({
    // Production Graph, with the page's budgets and without the emulator's extensions (as `graph.ts`).
    createClient: (token) =>
      createGraphClient({
        baseUrl: DEFAULT_GRAPH_BASE_URL,
        getToken: () => token(false),
        renewToken: () => token(true),
        budgets: [DIRECTORY_AUDIT_BUDGET],
        allowExtensions: false,
      }),
    now: () => Date.now(),
    // The copy kept between visits, per tenant and account (the worker's own IndexedDB).
    storage: createCopyStorage(indexedDB),
  }),
);
