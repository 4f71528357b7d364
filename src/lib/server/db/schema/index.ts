export * from './auth.js';
export * from './curriculum.js';
export * from './directory.js';
export * from './enums.js';
export * from './events.js';
export * from './files.js';
export * from './programmes.js';
export * from './system.js';
