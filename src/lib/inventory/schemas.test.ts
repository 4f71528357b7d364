import { describe, expect, it } from 'vitest';
import { CriterionSchema, ExpertFromResponseSchema, PackageSchema } from './schemas.js';

const programmeId = '00000000-0000-4000-8000-00000000000a';
const errors = (result: {
	success: boolean;
	error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('inventory schemas', () => {
	it('reads a package form: blanks are none, one ticked box is a list, the confirmation a boolean', () => {
		expect(
			PackageSchema.parse({
				programmeId,
				title: '  MEM-TP ',
				provider: '',
				topics: 'mental_health',
				languages: ['FR', 'en', 'fr'],
				durationHours: '16',
				link: '',
				createAnyway: 'on'
			})
		).toEqual({
			programmeId,
			title: 'MEM-TP',
			provider: null,
			topics: ['mental_health'],
			languages: ['en', 'fr'],
			durationHours: 16,
			link: null,
			createAnyway: true
		});
	});

	it('refuses a package without a title, with a bad link, duration or topic', () => {
		const result = PackageSchema.safeParse({
			programmeId,
			title: ' ',
			link: 'ftp://x',
			durationHours: '0',
			topics: ['cooking']
		});
		expect(errors(result)).toEqual({
			title: 'required',
			link: 'invalid_website',
			durationHours: 'invalid_number',
			'topics.0': 'invalid_choice'
		});
	});

	it('keeps a criterion maximum between 1 and 100', () => {
		expect(CriterionSchema.safeParse({ label: { en: 'Relevance' }, maxScore: '101' }).success).toBe(false);
		expect(CriterionSchema.parse({ label: { en: 'Relevance', fr: '' }, maxScore: '5' })).toEqual({
			label: { en: 'Relevance' },
			maxScore: 5
		});
	});

	it('asks for a consent question and a profession for an expert', () => {
		const result = ExpertFromResponseSchema.safeParse({
			consentQuestion: '',
			fullName: 'Karim',
			profession: ''
		});
		expect(errors(result)).toEqual({ consentQuestion: 'no_consent', profession: 'invalid_choice' });
	});
});
