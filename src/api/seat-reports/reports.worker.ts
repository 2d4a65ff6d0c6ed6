/**
 * The seat reports' Web Worker (`reports-service.ts`): the Cost tab's breakdowns and the inactive
 * users' report read, parse and count Graph's pages here, off the page's UI thread; the page
 * reaches it through Comlink (`reports-backend.ts`) and lends it tokens. In the sandbox its
 * requests go to the embedded emulator's worker through a port, never through the page.
 */
import { expose } from 'comlink';
import { createReportsService } from './reports-service';

expose(createReportsService());
