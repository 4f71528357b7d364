// The worker read-table-file.ts starts for each upload: it reads the file and posts what it read
// back. Bundled whole into one script (scripts/worker-bundle.mjs), so it runs the same from the
// built app, the CLI and the tests.
import { parentPort, workerData } from 'node:worker_threads';
import { parseTableFile, type TableRequest } from './parse-table-file.js';

const { bytes, request } = workerData as { bytes: Uint8Array; request: TableRequest };
parentPort!.postMessage(parseTableFile(bytes, request));
