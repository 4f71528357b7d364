import { getLocale } from '#lib/paraglide/runtime.js';
import { certificatePdf } from '#lib/server/events/certificate-pdf.js';
import { getPrintableCertificate } from '#lib/server/events/certificates.js';
import { downloadHeaders } from '#lib/server/files/files.js';
import { absoluteLink } from '#lib/server/web/links.js';
import type { RequestHandler } from './$types';

/**
 * The printable certificate, in the language `?lang=` asks for among the event's, else the
 * participant's if the event has it, else the event's first. The code is the secret: whoever holds
 * it may print the certificate. A revoked one is gone.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const certificate = await getPrintableCertificate(params.code);
	const { languages } = certificate.event;
	const locale =
		languages.find((tag) => tag === url.searchParams.get('lang')) ??
		languages.find((tag) => tag === certificate.locale) ??
		languages[0] ??
		certificate.locale;
	const pdf = await certificatePdf(certificate, {
		locale,
		fallback: getLocale(),
		verificationUrl: absoluteLink(`/certificates/${certificate.code}`)
	});
	return new Response(new Uint8Array(pdf), {
		headers: downloadHeaders({
			name: `certificate-${certificate.code}.${locale}.pdf`,
			mediaType: 'application/pdf',
			byteSize: pdf.byteLength
		})
	});
};
