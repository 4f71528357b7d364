// A PDF's text as a reader gets it (pdf.js): every text item of every page, in order, on one line.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfText(pdf: Buffer): Promise<string> {
	const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
	try {
		const document = await task.promise;
		const lines: string[] = [];
		for (let number = 1; number <= document.numPages; number++) {
			const page = await document.getPage(number);
			const text = await page.getTextContent();
			lines.push(...text.items.map((item) => ('str' in item ? item.str : '')));
		}
		return lines.join(' ').replace(/\s+/g, ' ');
	} finally {
		await task.destroy();
	}
}
