import * as m from '#lib/paraglide/messages.js';
import type { InterfaceLocale } from '#lib/i18n/content-languages.js';
import { contentLocales } from '#lib/i18n/localized.js';
import { certificatePdf, type CertificateWording } from '#lib/server/events/certificate-pdf.js';
import { getPrintableCertificate } from '#lib/server/events/certificates.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import { absoluteLink } from '#lib/server/web/links.js';
import type { RequestHandler } from './$types';

const wordingIn = (locale: InterfaceLocale): CertificateWording => ({
	title: m.attendance_certificate_title({}, { locale }),
	certifies: m.attendance_certificate_certifies({}, { locale }),
	completed: m.attendance_certificate_completed({}, { locale }),
	online: m.attendance_online({}, { locale }),
	issuedOn: (date) => m.attendance_certificate_issued_on({ date }, { locale }),
	code: (code) => m.attendance_certificate_code({ code }, { locale }),
	verifyAt: (url) => m.attendance_certificate_verify_at({ url }, { locale })
});

const asked = (lang: string | null): InterfaceLocale | undefined =>
	contentLocales.find((locale) => locale === lang);

/**
 * The printable certificate, in the participant's language or the one `?lang=` asks for. The code
 * is the secret: whoever holds it may print the certificate. A revoked one is gone.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const certificate = await getPrintableCertificate(params.code);
	const locale = asked(url.searchParams.get('lang')) ?? certificate.locale;
	const pdf = await certificatePdf(certificate, {
		locale,
		wording: wordingIn(locale),
		verificationUrl: absoluteLink(`/certificates/${certificate.code}`)
	});
	return new Response(new Uint8Array(pdf), {
		headers: downloadHeaders({
			name: `certificate-${certificate.code}.pdf`,
			mediaType: 'application/pdf',
			byteSize: pdf.byteLength
		})
	});
};
