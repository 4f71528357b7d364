import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../surveys/definition.js';
import { surveyUnits } from '../surveys/translation-units.js';
import { checkTranslation } from './check-translation.js';
import type { SubjectTexts } from './units.js';
import { readXliff, writeXliff } from './xliff.js';

const definition = (): SurveyDefinition => ({
	sections: [
		{
			name: 'about',
			title: { en: 'About you' },
			questions: [
				{
					name: 'age',
					type: 'number',
					label: { en: 'How old are you?' },
					help: { en: 'In years & months <approx>' },
					required: true,
					choices: [],
					allowOther: false,
					rows: [],
					showIf: []
				},
				{
					name: 'lang',
					type: 'single_choice',
					label: { en: 'Which language?' },
					help: null,
					required: false,
					choices: [
						{ value: 'ti', label: { en: 'Tigrinya' } },
						{ value: 'fa', label: { en: 'Dari' } }
					],
					allowOther: false,
					rows: [],
					showIf: []
				}
			]
		}
	]
});
const survey = () => ({
	title: { en: 'Arrival' },
	introduction: { en: 'Welcome.\nThank you.' },
	definition: definition()
});
const subject = (): SubjectTexts => ({
	original: 'mhub:survey/1',
	title: 'Arrival',
	languages: ['en'],
	units: surveyUnits(survey())
});
const exported = () => writeXliff(subject().units, { source: 'en', target: 'sl' }, 'mhub:survey/1');
/** The exported file with every target filled with `[sl] source`. */
const translated = (xliff = exported()) =>
	xliff.replace(
		/<source>([^<]*)<\/source>/g,
		(_, text) => `<source>${text}</source><target>[sl] ${text}</target>`
	);

describe('survey units', () => {
	it('have ids named after the survey, stable across two exports', () => {
		const ids = surveyUnits(survey()).map((unit) => unit.id);
		expect(ids).toEqual([
			'survey/title',
			'survey/introduction',
			'section/about/title',
			'question/age/label',
			'question/age/hint',
			'question/lang/label',
			'question/lang/hint',
			'choice/lang/ti/label',
			'choice/lang/fa/label'
		]);
		expect(exported()).toBe(exported());
	});
});

describe('XLIFF 1.2', () => {
	it('round-trips every text with a source, escaped', () => {
		const read = readXliff(translated());
		expect(read.problems).toEqual([]);
		expect(read.file?.targetLanguage).toBe('sl');
		expect(read.file?.units.map((unit) => unit.id)).not.toContain('question/lang/hint');
		const hint = read.file?.units.find((unit) => unit.id === 'question/age/hint');
		expect(hint).toEqual({
			id: 'question/age/hint',
			source: 'In years & months <approx>',
			target: '[sl] In years & months <approx>'
		});
		const checked = checkTranslation(subject(), read.file!, 'sl');
		expect(checked.problems).toEqual([]);
		expect(checked.texts.get('survey/introduction')).toBe('[sl] Welcome.\nThank you.');
		expect(checked.texts.size).toBe(8);
	});

	it('refuses a document type declaration, entities and broken XML', () => {
		const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="1.2">&a;</xliff>`;
		expect(readXliff(bomb).problems).toEqual([{ code: 'doctype' }]);
		expect(readXliff(translated().replace('Arrival', '&unknown;')).problems[0].code).toBe('not_xml');
		expect(readXliff(translated().replace('</body>', '')).problems[0].code).toBe('not_xml');
		expect(readXliff('<html/>').problems).toEqual([{ code: 'not_xliff', value: 'html' }]);
	});

	it('lists every problem of a file that does not match the survey', () => {
		const file = translated()
			.replace('target-language="sl"', 'target-language="xx"')
			.replace('id="question/age/label"', 'id="question/height/label"')
			.replace('<source>Which language?</source>', '<source>Which tongue?</source>')
			.replace('<target>[sl] Tigrinya</target>', '<target>[sl] <b>Tigrinya</b></target>');
		const read = readXliff(file);
		const problems = [...read.problems, ...checkTranslation(subject(), read.file!, 'sl').problems];
		expect(problems).toEqual([
			{ unit: 'choice/lang/ti/label', code: 'markup', value: '<b>' },
			{ code: 'unknown_language', value: 'xx' },
			{ unit: 'question/height/label', code: 'unknown_unit' },
			{ unit: 'question/lang/label', code: 'source_changed', value: 'Which tongue?' }
		]);
	});

	it('refuses a file for another language or another survey, and one with nothing translated', () => {
		const read = readXliff(translated());
		expect(checkTranslation(subject(), read.file!, 'hr').problems).toEqual([
			{ code: 'other_target_language', value: 'sl' }
		]);
		expect(checkTranslation({ ...subject(), original: 'mhub:survey/2' }, read.file!, 'sl').problems).toEqual([
			{ code: 'other_original', value: 'mhub:survey/1' }
		]);
		expect(checkTranslation(subject(), readXliff(exported()).file!, 'sl').problems).toEqual([
			{ code: 'nothing_translated' }
		]);
	});
});
