// Which language a page a respondent opens (a questionnaire, a Delphi round) is shown in, and the
// `?lang=` links that change it.
import { redirect, type Cookies } from '@sveltejs/kit';
import { isContentLanguage, type ContentLocale } from '#lib/i18n/content-languages.js';
import { acceptedContentLanguages } from '#lib/i18n/reader-language.js';
import { cookieName, getLocale, isLocale } from '#lib/paraglide/runtime.js';

/** The content language a respondent chose last (any of the catalogue, not only the interface's). */
const readingCookie = 'mhub_questionnaire_language';
const year = 60 * 60 * 24 * 400;

/**
 * A `?lang=` link sets the language of the pages a respondent opens, and the interface language too when MHub speaks
 * it (the page's direction and its own words follow), then comes back to the same page without it,
 * so the address stays the one to keep.
 */
export function followLanguageLink(url: URL, cookies: Cookies): void {
	const wanted = url.searchParams.get('lang');
	if (wanted === null) return;
	if (isContentLanguage(wanted))
		cookies.set(readingCookie, wanted, { path: '/', maxAge: year, httpOnly: true, sameSite: 'lax' });
	if (isLocale(wanted))
		cookies.set(cookieName, wanted, {
			path: '/',
			maxAge: year,
			httpOnly: false,
			sameSite: 'lax'
		});
	const rest = new URLSearchParams(url.searchParams);
	rest.delete('lang');
	redirect(303, `${url.pathname}${rest.size > 0 ? `?${rest}` : ''}`);
}

/**
 * The language chosen on a respondent's page or on this site if the owner (a survey, a Delphi study)
 * offers it; else the one the respondent used before or was invited in; else the interface's; else
 * the owner's first.
 */
export function respondentLanguage(
	languages: readonly ContentLocale[],
	cookies: Cookies,
	earlier: ContentLocale | null
): ContentLocale {
	for (const candidate of [cookies.get(readingCookie), cookies.get(cookieName), earlier, getLocale()])
		if (candidate && (languages as readonly string[]).includes(candidate)) return candidate as ContentLocale;
	return languages[0] ?? 'en';
}

/** The language a browser asks for first among those the owner offers (its `Accept-Language`), if any. */
export const browserLanguage = (
	request: Request,
	languages: readonly ContentLocale[]
): ContentLocale | null =>
	acceptedContentLanguages(request.headers.get('accept-language')).find((tag) => languages.includes(tag)) ??
	null;
