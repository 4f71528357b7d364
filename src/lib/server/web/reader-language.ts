// The reader's language for texts whose owner declares languages (see i18n/reader-language.ts).
import type { Cookies } from '@sveltejs/kit';
import type { ContentLocale } from '../../i18n/content-languages.js';
import { acceptedContentLanguages, readerLanguage } from '../../i18n/reader-language.js';
import { cookieName, getLocale, isLocale } from '../../paraglide/runtime.js';

export function readerLanguageFor(
	{ request, cookies }: { request: Request; cookies: Cookies },
	declared: readonly ContentLocale[]
): ContentLocale {
	const chosen = cookies.get(cookieName);
	return readerLanguage(
		{
			chosen: chosen && isLocale(chosen) ? chosen : undefined,
			accepted: acceptedContentLanguages(request.headers.get('accept-language')),
			interface: getLocale()
		},
		declared
	);
}
