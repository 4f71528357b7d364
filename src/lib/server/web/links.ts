import { config } from '../config.js';

/**
 * An absolute link into MHub for mail and documents: on the configured public address, else on MHub's
 * own listening address. Never on the request's host, which whoever sends the request chooses.
 */
export function absoluteLink(path: string): string {
	return new URL(path, config.publicUrl ?? config.localUrl).toString();
}
