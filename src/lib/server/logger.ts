import pino from 'pino';
import { config } from './config.js';

/**
 * Structured JSON logs on stdout, one line per event. Written asynchronously: lines logged while a
 * write is under way go out together in the next one, instead of one blocking write per request
 * (pino flushes what is left when the process exits).
 */
export const logger = pino(
	{ level: config.logLevel, base: { app: 'mhub' } },
	pino.destination({ dest: 1, sync: false })
);
