import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe secret with a readable prefix, e.g. `mhub_…` for API tokens. */
export function newSecret(prefix = ''): string {
	return prefix + randomBytes(32).toString('base64url');
}

/** Secrets are stored only as this hash. */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
