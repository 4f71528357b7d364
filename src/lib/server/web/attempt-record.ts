// Form actions that may be refused for likely duplicates: the refusal carries the duplicates, so
// that the page lists them (with links) above the "create anyway" box.
import type { DomainError } from '../errors.js';
import { attempt } from './forms.js';

const duplicatesOf = (refusal: DomainError): { duplicates?: unknown[] } =>
	Array.isArray(refusal.details?.duplicates) ? { duplicates: refusal.details.duplicates } : {};

export const attemptRecord = <T>(values: Record<string, unknown>, work: () => Promise<T>) =>
	attempt(values, work, duplicatesOf);
