import { config } from '../config.js';

/**
 * Session cookies are Secure when the browser is on https: the request came over https (as a trusted
 * proxy says), or it is for the configured public address and that is https. Over plain http, on a
 * LAN address for instance, a browser drops a Secure cookie and sign-in would silently fail.
 */
export function usesSecureCookies(url: URL, publicUrl = config.publicUrl): boolean {
	if (url.protocol === 'https:') return true;
	return publicUrl?.startsWith('https:') === true && new URL(publicUrl).host === url.host;
}
