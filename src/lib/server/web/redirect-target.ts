/**
 * Where to send someone back to after signing in or switching language: the path asked for if the
 * URL parser, resolving it as a browser would, finds it on this site; otherwise the home page. Never
 * an open redirect (`//evil.example`, `/\evil.example`, `https://evil.example`, `javascript:`).
 */
export function localRedirectTarget(target: string | null | undefined, origin: string): string {
	if (!target) return '/';
	let url: URL;
	try {
		url = new URL(target, origin);
	} catch {
		return '/';
	}
	if (url.origin !== origin) return '/';
	// `/.//evil.example` resolves to the path `//evil.example`, which a browser would read as a host.
	return `/${url.pathname.replace(/^\/+/, '')}${url.search}${url.hash}`;
}
