// A list page's query string: filters, search and the page.

/**
 * A list page's query string as the domain's list query: blank filters (the "any" choice) are
 * left out, and the reader's language sets the order of names.
 */
export function listQuery(url: URL, locale: string): Record<string, string> {
	const query: Record<string, string> = {};
	for (const [key, value] of url.searchParams) if (value.trim() !== '') query[key] = value;
	return { ...query, locale };
}

/** The query string of another page of the same list. */
export function pageHref(url: { search: string }, page: number): string {
	const params = new URLSearchParams(url.search);
	params.set('page', String(page));
	return `?${params}`;
}
