// The printable certificate: one A4 page in English, French or Arabic with the participant's name,
// the event, its dates and place, the verification code and a QR code that opens the public
// verification page. Its sentences are translated by the caller (domain code has no interface
// text); dates and place are written here, in the certificate's language.
import QRCode from 'qrcode';
import { formatDate, formatDateRange } from '../../i18n/dates.js';
import { pickLocalized, type ContentLocale } from '../../i18n/localized.js';
import { placeParts } from '../../i18n/places.js';
import { createPdf, type PdfText } from '../pdf/document.js';
import type { CertificateRecord } from './certificates.js';

/** The certificate's sentences, in its language. */
export type CertificateWording = {
	/** "Certificate of completion" */
	title: string;
	/** "This is to certify that" */
	certifies: string;
	/** "has completed" */
	completed: string;
	/** Where an online event took place: "Online". */
	online: string;
	issuedOn: (date: string) => string;
	code: (code: string) => string;
	verifyAt: (url: string) => string;
};

/** Side of the QR code on the page, in points (about 4 cm: easy to scan from paper). */
const qrSize = 110;

/** Quiet zone around the QR code, in modules, as scanners expect. */
export const qrMargin = 4;

/** The verification address as a QR code, sharp enough to print at `qrSize`. */
export const qrCodePng = (url: string): Promise<Buffer> =>
	QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: qrMargin, scale: 8 });

/** The event's title in the certificate's language, marked with its own when it falls back. */
function titleIn(record: CertificateRecord, locale: ContentLocale): PdfText {
	const picked = pickLocalized(record.event.title, locale);
	if (!picked) return '';
	return picked.isFallback ? { text: picked.text, lang: picked.locale } : picked.text;
}

const placeIn = (record: CertificateRecord, locale: ContentLocale, online: string): string =>
	record.event.isOnline ? online : placeParts(record.event, locale).join(', ');

export async function certificatePdf(
	record: CertificateRecord,
	options: { locale: ContentLocale; wording: CertificateWording; verificationUrl: string }
): Promise<Buffer> {
	const { locale, wording, verificationUrl } = options;
	const pdf = createPdf({ locale, title: `${wording.title}: ${record.fullName}` });
	pdf.gap(96);
	pdf.heading(wording.title, 1, 'center');
	pdf.gap(36);
	pdf.paragraph(wording.certifies, 'body', 'center');
	pdf.paragraph(record.fullName, 'display', 'center');
	pdf.paragraph(wording.completed, 'body', 'center');
	pdf.paragraph(titleIn(record, locale), 'heading', 'center');
	pdf.paragraph(
		`${formatDateRange(record.event.startsOn, record.event.endsOn, locale)} · ${placeIn(record, locale, wording.online)}`,
		'body',
		'center'
	);
	pdf.gap(36);
	pdf.paragraph(
		wording.issuedOn(formatDate(record.issuedAt.toISOString().slice(0, 10), locale)),
		'body',
		'center'
	);
	pdf.gap(48);
	pdf.image(await qrCodePng(verificationUrl), qrSize, 'center');
	pdf.paragraph(wording.code(record.code), 'subheading', 'center');
	pdf.paragraph(wording.verifyAt(verificationUrl), 'note', 'center');
	return pdf.finish();
}
