import pino from 'pino';
import { config } from './config.js';

/** Structured JSON logs on stdout, one line per event. */
export const logger = pino({ level: config.logLevel, base: { app: 'mhub' } });
