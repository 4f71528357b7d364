import { describe, expect, it } from 'vitest';
import { SurveyDefinitionSchema } from '../../../surveys/definition.js';
import { exportColumns, exportTable, type ExportRow, type ExportWords } from './export.js';
import { orderedCounts } from './value-counts.js';

const definition = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 's',
			questions: [
				{
					name: 'topics',
					type: 'multiple_choice',
					label: { en: 'Topics', fr: 'Thèmes' },
					choices: [
						{ value: 'law', label: { en: 'Law', fr: 'Droit' } },
						{ value: 'care', label: { en: 'Care' } }
					],
					allowOther: true
				},
				{ name: 'useful', type: 'yes_no', label: { en: 'Useful?' } }
			]
		}
	]
});
const words: ExportWords = {
	id: 'Réponse',
	submittedAt: 'Envoyée le',
	language: 'Langue',
	country: 'Pays',
	group: 'Groupe',
	other: 'Autre',
	otherText: 'Autre (texte)',
	yes: 'Oui',
	no: 'Non'
};
const row: ExportRow = {
	id: 'r1',
	submittedAt: new Date('2026-03-01T10:00:00Z'),
	language: 'fr',
	country: 'MA',
	group: 'ngos',
	answers: { topics: ['care', 'other'], topics_other: 'Interpreting', useful: 'yes' }
};

describe('export columns', () => {
	it('by codes: the list of codes, one 0/1 column per choice ("other" included) and the other text', () => {
		const table = [
			...exportTable(
				exportColumns(
					definition,
					{ headers: 'codes', language: 'en' },
					{ words, countryName: () => 'Maroc' }
				),
				[row]
			)
		];
		expect(table).toEqual([
			[
				'_id',
				'_submitted_at',
				'_language',
				'_country',
				'_group',
				'topics',
				'topics/law',
				'topics/care',
				'topics/other',
				'topics_other',
				'useful'
			],
			['r1', '2026-03-01T10:00:00.000Z', 'fr', 'MA', 'ngos', 'care other', 0, 1, 1, 'Interpreting', 'yes']
		]);
	});

	it('by labels: in the chosen language where written, English otherwise', () => {
		const table = [
			...exportTable(
				exportColumns(
					definition,
					{ headers: 'labels', language: 'fr' },
					{ words, countryName: () => 'Maroc' }
				),
				[row]
			)
		];
		expect(table).toEqual([
			[
				'Réponse',
				'Envoyée le',
				'Langue',
				'Pays',
				'Groupe',
				'Thèmes',
				'Thèmes: Droit',
				'Thèmes: Care',
				'Thèmes: Autre',
				'Thèmes: Autre (texte)',
				'Useful?'
			],
			['r1', '2026-03-01T10:00:00.000Z', 'fr', 'Maroc', 'ngos', 'Care; Autre', 0, 1, 1, 'Interpreting', 'Oui']
		]);
	});
});

describe('counts in order', () => {
	it('lists every known value, even unchosen, then the others most frequent first, as shares', () => {
		const found = new Map([
			['b', 1],
			['z', 1],
			['y', 2]
		]);
		expect(orderedCounts(['a', 'b'], found, 4)).toEqual([
			{ value: 'a', count: 0, share: 0 },
			{ value: 'b', count: 1, share: 0.25 },
			{ value: 'y', count: 2, share: 0.5 },
			{ value: 'z', count: 1, share: 0.25 }
		]);
		expect(orderedCounts(['a'], new Map(), 0)).toEqual([{ value: 'a', count: 0, share: 0 }]);
	});
});
