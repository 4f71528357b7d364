import { config } from '../config.js';

/** An absolute link into MHub for mail: the configured public address, else the request's. */
export function absoluteLink(requestUrl: URL, path: string): string {
	return new URL(path, config.publicUrl ?? requestUrl.origin).toString();
}
