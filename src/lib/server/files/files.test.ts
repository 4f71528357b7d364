import { describe, expect, it } from 'vitest';
import { downloadHeaders } from './files.js';

describe('download headers', () => {
	it('send the file under its own name, in its own type, for the browser not to second-guess', () => {
		const headers = downloadHeaders({
			name: 'Séance 1 (diapos).pdf',
			mediaType: 'application/pdf',
			byteSize: 1234
		});
		expect(headers).toMatchObject({
			'content-type': 'application/pdf',
			'content-length': '1234',
			'x-content-type-options': 'nosniff'
		});
		expect(headers['content-disposition']).toBe(
			`attachment; filename="Seance 1 (diapos).pdf"; filename*=UTF-8''S%C3%A9ance%201%20%28diapos%29.pdf`
		);
	});

	it('keep an Arabic name exact for browsers that read it, with a plain fallback for the rest', () => {
		const disposition = downloadHeaders({ name: 'الجلسة.pdf', mediaType: 'application/pdf', byteSize: 1 })[
			'content-disposition'
		];
		expect(disposition).toContain(`filename=".pdf"`);
		expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('الجلسة.pdf');
	});

	it('never lets a quote in a name break out of the header value', () => {
		const disposition = downloadHeaders({ name: 'a"b\\c.pdf', mediaType: 'application/pdf', byteSize: 1 })[
			'content-disposition'
		];
		expect(disposition).toContain('filename="a_b_c.pdf"');
	});
});
