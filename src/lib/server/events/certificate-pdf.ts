// The printable certificate: one A4 page in any of the event's languages with the participant's
// name, the event, its dates and place, the verification code and a QR code that opens the public
// verification page. Its sentences are MHub's respondent words in that language where MHub has them
// (else in `fallback`, and marked so); dates and place are written in the certificate's language.
import QRCode from 'qrcode';
import type { InterfaceLocale } from '../../i18n/content-languages.js';
import { formatDate, formatDateRange } from '../../i18n/dates.js';
import { pickLocalized, type ContentLocale } from '../../i18n/localized.js';
import { placeParts } from '../../i18n/places.js';
import { say, type RespondentWordKey } from '../../i18n/respondent-words.js';
import { respondentWords } from '../i18n/respondent-words.js';
import { createPdf, type PdfText } from '../pdf/document.js';
import type { CertificateRecord } from './certificates.js';

/** Side of the QR code on the page, in points (about 4 cm: easy to scan from paper). */
const qrSize = 110;

/** Quiet zone around the QR code, in modules, as scanners expect. */
export const qrMargin = 4;

/** The verification address as a QR code, sharp enough to print at `qrSize`. */
export const qrCodePng = (url: string): Promise<Buffer> =>
	QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: qrMargin, scale: 8 });

/** The event's title in the certificate's language, marked with its own when it falls back. */
function titleIn(record: CertificateRecord, locale: ContentLocale): PdfText {
	const picked = pickLocalized(record.event.title, locale, record.event.languages);
	if (!picked) return '';
	return picked.isFallback ? { text: picked.text, lang: picked.locale } : picked.text;
}

export async function certificatePdf(
	record: CertificateRecord,
	options: { locale: ContentLocale; fallback: InterfaceLocale; verificationUrl: string }
): Promise<Buffer> {
	const { locale, verificationUrl } = options;
	const words = respondentWords('certificate', locale, options.fallback);
	/** One of MHub's words, filled in, marked with its language when it is not the certificate's. */
	const word = (key: RespondentWordKey<'certificate'>, inputs?: Record<string, string>): PdfText => {
		const text = say(words[key], inputs);
		return words[key].lang === locale ? text : { text, lang: words[key].lang as ContentLocale };
	};
	const place = record.event.isOnline
		? say(words.attendance_online)
		: placeParts(record.event, locale).join(', ');
	const pdf = createPdf({ locale, title: `${say(words.attendance_certificate_title)}: ${record.fullName}` });
	pdf.gap(96);
	pdf.heading(word('attendance_certificate_title'), 1, 'center');
	pdf.gap(36);
	pdf.paragraph(word('attendance_certificate_certifies'), 'body', 'center');
	pdf.paragraph(record.fullName, 'display', 'center');
	pdf.paragraph(word('attendance_certificate_completed'), 'body', 'center');
	pdf.paragraph(titleIn(record, locale), 'heading', 'center');
	pdf.paragraph(
		`${formatDateRange(record.event.startsOn, record.event.endsOn, locale)} · ${place}`,
		'body',
		'center'
	);
	pdf.gap(36);
	const issuedOn = formatDate(
		record.issuedAt.toISOString().slice(0, 10),
		words.attendance_certificate_issued_on.lang
	);
	pdf.paragraph(word('attendance_certificate_issued_on', { date: issuedOn }), 'body', 'center');
	pdf.gap(48);
	pdf.image(await qrCodePng(verificationUrl), qrSize, 'center');
	pdf.paragraph(word('attendance_certificate_code', { code: record.code }), 'subheading', 'center');
	pdf.paragraph(word('attendance_certificate_verify_at', { url: verificationUrl }), 'note', 'center');
	return pdf.finish();
}
