// Reads the outline back as a PDF reader would (pdf.js) to check what it says.
import { describe, expect, it } from 'vitest';
import { pdfText as textOf } from '../testing/pdf-text.js';
import { editionOf, type PackageContent } from '../../curriculum/content.js';
import { outlinePdf, type OutlineWords } from './outline-pdf.js';

const content: PackageContent = {
	title: { en: 'Migrant health', fr: 'Santé des migrants' },
	summary: { en: 'For frontline staff' },
	audiences: ['health_professionals'],
	programmeId: null,
	modules: [
		{
			id: 'm1',
			title: { en: 'Communicable diseases', fr: 'Maladies transmissibles' },
			topic: 'communicable_diseases',
			summary: null,
			sessions: [
				{
					id: 's1',
					title: { en: 'Tuberculosis', fr: 'Tuberculose' },
					objectives: [{ en: 'Describe how TB spreads' }, { fr: 'Orienter un patient' }],
					durationMinutes: 90,
					methods: ['lecture'],
					editions: ['trainer', 'trainee'],
					trainerNotes: { en: 'Bring real cases' },
					materials: [
						{
							id: 'x1',
							kind: 'link',
							title: { en: 'WHO page' },
							language: 'en',
							url: 'https://www.who.int/',
							file: null
						}
					]
				},
				{
					id: 's2',
					title: { en: 'Facilitating' },
					objectives: [],
					durationMinutes: 30,
					methods: [],
					editions: ['trainer'],
					trainerNotes: null,
					materials: []
				}
			]
		}
	]
};

const words: OutlineWords = {
	subtitle: 'Trainee edition · Version 1',
	audiences: 'For: Health professionals',
	overview: 'Overview',
	columns: { module: 'Module', sessions: 'Sessions', duration: 'Duration' },
	duration: (minutes) => `${minutes} min`,
	sessionDetails: (session) => `${session.durationMinutes} min`,
	objectives: 'Learning objectives',
	trainerNotes: 'Notes for trainers',
	materials: 'Materials',
	material: (material) => `${material.title.en} — ${material.url}`
};

// Fonts load and Arabic shapes on first use: the first outline takes seconds on a busy machine.
describe('package outline', { timeout: 30_000 }, () => {
	it('lists modules, sessions, objectives, notes and materials in the trainer’s edition', async () => {
		const text = await textOf(await outlinePdf(content, { locale: 'en', words }));
		for (const expected of [
			'Migrant health',
			'Trainee edition · Version 1',
			'1. Communicable diseases',
			'1.1 Tuberculosis',
			'Describe how TB spreads',
			'Bring real cases',
			'WHO page — https://www.who.int/',
			'1.2 Facilitating',
			'120 min'
		])
			expect(text).toContain(expected);
	});

	it('leaves the trainers’ sessions and notes out of the trainee edition', async () => {
		const text = await textOf(await outlinePdf(editionOf(content, 'trainee'), { locale: 'en', words }));
		expect(text).toContain('1.1 Tuberculosis');
		expect(text).not.toContain('Facilitating');
		expect(text).not.toContain('Bring real cases');
	});

	it('writes the reader’s language, falling back to another where a text is missing', async () => {
		const text = await textOf(await outlinePdf(content, { locale: 'fr', words }));
		expect(text).toContain('Santé des migrants');
		expect(text).toContain('1.1 Tuberculose');
		expect(text).toContain('Describe how TB spreads');
		expect(text).toContain('Orienter un patient');
	});
});
