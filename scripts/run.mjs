// `npm test`, `npm run bench`, `npm run dev`: install if needed, then run scripts/<task>.mjs on Node 24.
import path from 'node:path';
import { ensureInstalled, handOver, root } from './bootstrap.mjs';

const [task, ...args] = process.argv.slice(2);
ensureInstalled();
handOver(path.join(root, 'scripts', `${task}.mjs`), args);
