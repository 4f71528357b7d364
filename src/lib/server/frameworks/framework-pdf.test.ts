// Reads the framework back as a PDF reader would (pdf.js) to check what it says.
import { describe, expect, it } from 'vitest';
import { pdfText as textOf } from '../testing/pdf-text.js';
import type { FrameworkContent } from '../../frameworks/content.js';
import { frameworkPdf, type FrameworkPdfWords } from './framework-pdf.js';

const content: FrameworkContent = {
	title: { en: 'Training framework', fr: 'Cadre de formation', ar: 'إطار التدريب' },
	summary: { en: 'What a training holds' },
	study: { id: 'study-1', title: { en: 'Components of training' } },
	sections: [
		{
			title: { en: 'Delivery', fr: 'Mise en œuvre', ar: 'التنفيذ' },
			components: [
				{
					id: 'c1',
					title: { en: 'Trainers', fr: 'Formateurs', ar: 'المدربون' },
					description: { en: 'Who trains' },
					statements: [
						{
							statementId: 's1',
							text: {
								en: 'Trainers have worked with migrants',
								fr: 'Les formateurs ont travaillé avec des migrants'
							},
							domain: { en: 'Delivery' },
							rounds: [{ number: 1, nRated: 12, median: 8, iqr: 1, percentHigh: 83.3, outcome: 'in' }],
							meeting: null
						}
					]
				},
				{ id: 'c2', title: { en: 'Language' }, description: null, statements: [] }
			]
		}
	]
};

const words: FrameworkPdfWords = {
	subtitle: 'Version 1, published on January 31, 2018',
	study: 'From the Delphi study: Components of training',
	statements: 'Statements it rests on',
	noStatements: 'No statement.',
	trace: (trace) =>
		trace.rounds.map((round) => `Round ${round.number}: n ${round.nRated}, median ${round.median}`)
};

// Fonts load and Arabic shapes on first use: the first document takes seconds on a busy machine.
describe('framework PDF', { timeout: 30_000 }, () => {
	it('writes sections, components and each statement with its trace', async () => {
		const text = await textOf(await frameworkPdf(content, { locale: 'en', words }));
		for (const expected of [
			'Training framework',
			'Version 1, published on January 31, 2018',
			'From the Delphi study: Components of training',
			'1. Delivery',
			'1.1 Trainers',
			'Who trains',
			'Statements it rests on',
			'Trainers have worked with migrants',
			'Round 1: n 12, median 8',
			'1.2 Language',
			'No statement.'
		])
			expect(text).toContain(expected);
	});

	it('writes the document’s language, falling back to another where a text is missing', async () => {
		const text = await textOf(await frameworkPdf(content, { locale: 'fr', words }));
		expect(text).toContain('Cadre de formation');
		expect(text).toContain('1.1 Formateurs');
		expect(text).toContain('Les formateurs ont travaillé avec des migrants');
		expect(text).toContain('1.2 Language');
	});

	it('writes an Arabic document', async () => {
		const pdf = await frameworkPdf(content, { locale: 'ar', words });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const text = await textOf(pdf);
		// Shaped Arabic comes out of pdf.js as presentation forms: compare the Latin fall-backs.
		expect(text).toContain('Trainers have worked with migrants');
		expect(text).toContain('Round 1: n 12, median 8');
	});
});
