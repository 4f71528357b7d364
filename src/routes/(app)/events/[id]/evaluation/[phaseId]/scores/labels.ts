// Words of the score pages: numbers and lists the reader's way.
export { counted, listed } from '../../../participants/labels.js';
