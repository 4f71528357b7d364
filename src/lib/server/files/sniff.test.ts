import { describe, expect, it } from 'vitest';
import { sniffMediaType, sniffableTypes } from './sniff.js';
import { zipOf } from '../testing/zip.js';

const text = (value: string) => new Uint8Array(Buffer.from(value, 'latin1'));

describe('telling a file type from its content', () => {
	it('recognises a PDF by its header', () => {
		expect(sniffMediaType(text('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe(sniffableTypes.pdf);
	});

	it('tells PowerPoint and Word files apart by the parts inside the archive', () => {
		const slides = zipOf({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' });
		const document = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w/>' });
		expect(sniffMediaType(slides)).toBe(sniffableTypes.pptx);
		expect(sniffMediaType(document)).toBe(sniffableTypes.docx);
	});

	it('reads the media type an OpenDocument file declares in its first entry', () => {
		const presentation = zipOf({ mimetype: sniffableTypes.odp, 'content.xml': '<office/>' });
		expect(sniffMediaType(presentation)).toBe(sniffableTypes.odp);
	});

	it('knows nothing of other content, whatever the file is called', () => {
		expect(sniffMediaType(text('MZ\x90\x00 a Windows program'))).toBeUndefined();
		expect(sniffMediaType(text('<html><body>not a pdf</body></html>'))).toBeUndefined();
		expect(sniffMediaType(zipOf({ 'notes.txt': 'just a zip' }))).toBeUndefined();
		expect(sniffMediaType(new Uint8Array())).toBeUndefined();
	});

	it('refuses a truncated archive rather than guessing', () => {
		const slides = zipOf({ 'ppt/presentation.xml': '<p/>' });
		expect(sniffMediaType(slides.subarray(0, slides.length - 30))).toBeUndefined();
	});
});
