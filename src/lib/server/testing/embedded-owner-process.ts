// Runs the embedded server of the folder given as argument the way `mhub start` does (stopped on
// SIGINT), for tests that kill this process with kill -9 and look at what it leaves behind.
import { startEmbedded } from '../db/embedded.js';

const server = await startEmbedded(process.argv[2], 'postgres');
process.on('SIGINT', () => void server.stop().then(() => process.exit(0)));
console.log('ready');
