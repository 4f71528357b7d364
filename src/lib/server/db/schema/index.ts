export * from './auth.js';
export * from './directory.js';
export * from './system.js';
