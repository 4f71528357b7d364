// `npm run build`. Exits when done: the Paraglide compiler leaves timers that would keep Vite idle.
import { build } from './build-app.mjs';

await build();
process.exit(0);
