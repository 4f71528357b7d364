import { getLocale } from '#lib/paraglide/runtime.js';
import { findCertificate } from '#lib/server/events/certificates.js';
import { respondentWords } from '#lib/server/i18n/respondent-words.js';
import { followLanguageLink, respondentLanguage } from '#lib/server/web/respondent-language.js';
import type { PageServerLoad } from './$types';

// A light public page, opened from a QR code on a phone: no JavaScript. The certificate is shown in
// the language chosen among the event's (else the participant's, else the event's first), MHub's
// words too where it has them (else in the interface language); an unknown code in the interface's.
export const csr = false;

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	followLanguageLink(url, cookies);
	const certificate = await findCertificate(params.code);
	const language = certificate
		? respondentLanguage(certificate.event.languages, cookies, certificate.locale)
		: getLocale();
	return {
		typed: params.code,
		certificate,
		language,
		words: respondentWords('certificate', language, getLocale())
	};
};
