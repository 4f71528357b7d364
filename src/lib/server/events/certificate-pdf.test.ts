// Reads the certificate back as a PDF reader would (pdf.js): its text, and the QR code's pixels
// compared module by module with the verification address it must encode.
import { getDocument, OPS, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { certificatePdf, qrMargin } from './certificate-pdf.js';
import type { CertificateRecord } from './certificates.js';

const record: CertificateRecord = {
	code: '7K2Q-M9XD-4TPB',
	fullName: 'Eleni Papadaki',
	locale: 'en',
	issuedAt: new Date('2018-03-14T16:00:00Z'),
	revokedAt: null,
	event: {
		title: { en: 'MIG-H Training of Trainers', fr: 'Formation de formateurs MIG-H' },
		languages: ['en', 'fr', 'ar'],
		startsOn: '2018-03-12',
		endsOn: '2018-03-14',
		isOnline: false,
		venue: 'National School of Public Health',
		city: 'Athens',
		countryName: { en: 'Greece', fr: 'Grèce', ar: 'اليونان' }
	}
};

const verificationUrl = 'https://mhub.example.org/certificates/7K2Q-M9XD-4TPB';

const options = { fallback: 'en', verificationUrl } as const;

type TextItem = { str: string; dir: string };
type ImageData = { width: number; height: number; data: Uint8ClampedArray; kind: number };

async function readCertificate(bytes: Buffer) {
	const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
	try {
		const document = await task.promise;
		const page = await document.getPage(1);
		const items = ((await page.getTextContent()).items as TextItem[]).filter(
			(item) => item.str.trim() !== ''
		);
		return {
			pages: document.numPages,
			items,
			text: items.map((item) => item.str).join(' '),
			qr: await qrOf(page)
		};
	} finally {
		await task.destroy();
	}
}

/** The first image of the page as a grid of dark (true) and light pixels. */
async function qrOf(page: PDFPageProxy) {
	const operators = await page.getOperatorList();
	const index = operators.fnArray.indexOf(OPS.paintImageXObject);
	const name = operators.argsArray[index][0] as string;
	const image = await new Promise<ImageData>((resolve) => page.objs.get(name, resolve));
	const channels = image.data.length / (image.width * image.height);
	return {
		width: image.width,
		dark: (x: number, y: number) => image.data[(y * image.width + x) * channels] < 128
	};
}

// Each test writes and reads back whole documents: slow on a busy machine.
describe('certificate PDF', { timeout: 30_000 }, () => {
	it('names the participant, the event, its dates and place, and the code, in English', async () => {
		const bytes = await certificatePdf(record, { ...options, locale: 'en' });
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const { pages, text } = await readCertificate(bytes);
		expect(pages).toBe(1);
		for (const expected of [
			'Certificate of completion',
			'Eleni Papadaki',
			'MIG-H Training of Trainers',
			'National School of Public Health, Athens, Greece',
			'Issued on March 14, 2018',
			'Verification code: 7K2Q-M9XD-4TPB',
			verificationUrl
		])
			expect(text).toContain(expected);
	});

	it('writes French dates and names in French', async () => {
		const { text } = await readCertificate(await certificatePdf(record, { ...options, locale: 'fr' }));
		expect(text).toContain('Formation de formateurs MIG-H');
		expect(text).toContain('12–14 mars 2018');
		expect(text).toContain('Grèce');
		expect(text).toContain('Délivré le 14 mars 2018');
	});

	it('is written right to left in Arabic, with the English title where there is no Arabic one', async () => {
		const { items, text } = await readCertificate(await certificatePdf(record, { ...options, locale: 'ar' }));
		// pdf.js reads shaped Arabic back only in pieces (the writer's own tests check its glyphs): here,
		// that the Arabic lines are laid out right to left and the Latin text inside them is intact.
		expect(items.filter((item) => item.dir === 'rtl').length).toBeGreaterThan(5);
		expect(text).toContain('MIG-H Training of Trainers');
		expect(text).toContain(verificationUrl);
		expect(text).toContain('7K2Q-M9XD-4TPB');
	});

	it('writes a name in Ethiopic script on an English certificate, with the font for it', async () => {
		// A fictional Eritrean participant, her name as she writes it.
		const { text } = await readCertificate(
			await certificatePdf({ ...record, fullName: 'ሄለን ተስፋይ' }, { ...options, locale: 'en' })
		);
		expect(text).toContain('ሄለን ተስፋይ');
		expect(text).toContain('MIG-H Training of Trainers');
	});

	it('is written in Spanish with MHub’s Spanish words, and in Tigrinya with the fallback’s', async () => {
		const pilot = {
			...record,
			event: {
				...record.event,
				title: { ti: 'ስልጠና', es: 'Formación piloto' },
				languages: ['ti', 'es']
			}
		} satisfies CertificateRecord;
		const spanish = await readCertificate(await certificatePdf(pilot, { ...options, locale: 'es' }));
		expect(spanish.text).toContain('Certificado de finalización');
		expect(spanish.text).toContain('Formación piloto');
		expect(spanish.text).toContain('Emitido el 14 de marzo de 2018');
		const tigrinya = await readCertificate(
			await certificatePdf(pilot, { ...options, locale: 'ti', fallback: 'fr' })
		);
		expect(tigrinya.text).toContain('ስልጠና');
		// MHub has no Tigrinya words: the fallback's (French), its date in French too; the event's dates in Tigrinya.
		expect(tigrinya.text).toContain('Délivré le 14 mars 2018');
		expect(tigrinya.text).toContain('መጋቢት 2018');
	});

	it('says "online" for an online event', async () => {
		const webinar = {
			...record,
			event: { ...record.event, isOnline: true, venue: null, city: null, countryName: null }
		};
		const { text } = await readCertificate(await certificatePdf(webinar, { ...options, locale: 'en' }));
		expect(text).toMatch(/March 12\s–\s14, 2018 · Online/);
	});

	it('carries a QR code of the verification address', async () => {
		const { qr } = await readCertificate(await certificatePdf(record, { ...options, locale: 'en' }));
		const { modules } = QRCode.create(verificationUrl, { errorCorrectionLevel: 'M' });
		const pixelsPerModule = qr.width / (modules.size + 2 * qrMargin);
		const centre = (module: number) => Math.floor((qrMargin + module + 0.5) * pixelsPerModule);
		const mismatches = [];
		for (let row = 0; row < modules.size; row++)
			for (let column = 0; column < modules.size; column++)
				if (qr.dark(centre(column), centre(row)) !== Boolean(modules.get(row, column)))
					mismatches.push([row, column]);
		expect(mismatches).toEqual([]);
	});
});
