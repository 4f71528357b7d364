// `npm start`: install if needed, build if the sources changed, then run MHub (see src/cli/).
import path from 'node:path';
import { ensureInstalled, handOver, root } from './bootstrap.mjs';

ensureInstalled();
handOver(path.join(root, 'scripts', 'serve.mjs'), process.argv.slice(2));
