import { describe, expect, it } from 'vitest';
import { SurveyDefinitionSchema } from './definition.js';
import { answerFilterOf, filtersQuery, readExportOptions, readResultsFilters } from './results-filters.js';

const definition = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 's',
			questions: [
				{
					name: 'role',
					type: 'single_choice',
					label: { en: 'Role' },
					choices: [{ value: 'nurse', label: { en: 'Nurse' } }],
					allowOther: true
				},
				{ name: 'score', type: 'rating', label: { en: 'Score' }, scale: { min: 1, max: 5 } },
				{ name: 'based_in', type: 'country', label: { en: 'Country' } },
				{ name: 'comment', type: 'long_text', label: { en: 'Comment' } }
			]
		}
	]
});

describe('results filters from a URL', () => {
	it('reads the form’s fields, empty ones as no filter, the answer list as question and value', () => {
		expect(
			readResultsFilters(
				new URLSearchParams('country=gr&group=&answer=role%3Dnurse&from=2026-01-01&to=&texts=comment')
			)
		).toEqual({ country: 'GR', question: 'role', value: 'nurse', from: '2026-01-01' });
	});

	it('leaves out what it cannot read rather than refusing the page', () => {
		expect(readResultsFilters(new URLSearchParams('country=Greece&from=2026-13-45&to=yesterday'))).toEqual(
			{}
		);
		// A NUL cannot be sent to PostgreSQL: a group with control characters is no filter.
		expect(readResultsFilters(new URLSearchParams('group=Ministries%00'))).toEqual({});
	});

	it('keeps the filters that apply for links', () => {
		expect(filtersQuery({ country: 'GR', question: 'role', value: 'nurse' }).toString()).toBe(
			'country=GR&question=role&value=nurse'
		);
	});
});

describe('an answer filter', () => {
	const of = (question: string, value: string) => answerFilterOf({ question, value }, definition);

	it('takes a choice, "other" where offered, a country and a rating as stored', () => {
		expect(of('role', 'nurse')?.value).toBe('nurse');
		expect(of('role', 'other')?.value).toBe('other');
		expect(of('based_in', 'mt')?.value).toBe('MT');
		expect(of('score', '4')?.value).toBe(4);
	});

	it('drops a value the question does not offer, or a question no filter can pick', () => {
		expect(of('role', 'surgeon')).toBeUndefined();
		expect(of('comment', 'hello')).toBeUndefined();
		expect(of('missing', 'x')).toBeUndefined();
	});
});

describe('export options', () => {
	it('are codes in English unless asked otherwise, labels in any content language', () => {
		expect(readExportOptions(new URLSearchParams(''))).toEqual({ headers: 'codes', language: 'en' });
		expect(readExportOptions(new URLSearchParams('headers=labels&language=ar'))).toEqual({
			headers: 'labels',
			language: 'ar'
		});
		expect(readExportOptions(new URLSearchParams('headers=labels&language=fa-AF'))).toMatchObject({
			language: 'fa-AF'
		});
		expect(readExportOptions(new URLSearchParams('headers=fancy&language=tlh'))).toEqual({
			headers: 'codes',
			language: 'en'
		});
	});
});
