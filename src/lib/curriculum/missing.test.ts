import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../i18n/localized.js';
import type { PackageContent } from './content.js';
import { missingInSession, missingTranslations, textKey } from './missing.js';

const interfaceLanguages = ['en', 'fr', 'ar'] as const;

const content = (overrides: Partial<PackageContent> = {}): PackageContent => ({
	title: { en: 'Migrant health', fr: 'Santé des migrants', ar: 'صحة المهاجرين' },
	summary: null,
	audiences: [],
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
					title: { en: 'Tuberculosis', fr: 'Tuberculose', ar: 'السل' },
					objectives: [{ en: 'Describe TB' }, { en: 'Screen', fr: 'Dépister', ar: 'الفحص' }],
					durationMinutes: 60,
					methods: [],
					editions: ['trainer', 'trainee'],
					trainerNotes: { fr: 'Apporter des cas' },
					materials: [
						{
							id: 'x1',
							kind: 'link',
							title: { en: 'Video' },
							language: 'en',
							url: 'https://e.org',
							file: null
						}
					]
				}
			]
		}
	],
	...overrides
});

describe('what a package is missing in each language', () => {
	it('counts every written text and names the languages each one lacks', () => {
		const result = missingTranslations(content(), interfaceLanguages);
		// Title, module title, session title, two objectives, trainer's notes, material title.
		expect(result.texts).toBe(7);
		expect(result.missingIn).toEqual({ en: 1, fr: 2, ar: 4 });
		expect(result.byText).toEqual({
			[textKey.module('m1', 'title')]: ['ar'],
			[textKey.objective('s1', 0)]: ['fr', 'ar'],
			[textKey.session('s1', 'trainerNotes')]: ['en', 'ar'],
			[textKey.material('x1')]: ['fr', 'ar']
		});
	});

	it('does not count texts that are written in no language (an empty summary)', () => {
		expect(missingTranslations(content({ summary: { en: ' ' }, modules: [] }), interfaceLanguages)).toEqual({
			texts: 1,
			missingIn: { en: 0, fr: 0, ar: 0 },
			byText: {}
		});
	});

	it('adds up: each language misses as many texts as name it', () => {
		const text = fc.record(
			{ en: fc.constantFrom('', 'x'), fr: fc.constantFrom('', 'x'), ar: fc.constantFrom('', 'x') },
			{ requiredKeys: [] }
		) as fc.Arbitrary<Localized>;
		fc.assert(
			fc.property(fc.array(text, { maxLength: 10 }), text, (objectives, title) => {
				const base = content();
				const session = { ...base.modules[0].sessions[0], objectives };
				const result = missingTranslations(
					{
						...base,
						title,
						modules: [{ ...base.modules[0], sessions: [session] }]
					},
					interfaceLanguages
				);
				const named = Object.values(result.byText).flat();
				for (const locale of ['en', 'fr', 'ar'] as const)
					expect(result.missingIn[locale]).toBe(named.filter((missing) => missing === locale).length);
				expect(Object.keys(result.byText).length).toBeLessThanOrEqual(result.texts);
			})
		);
	});

	it('adds up what a session lacks, its materials included', () => {
		const tree = content();
		const result = missingTranslations(tree, interfaceLanguages);
		expect(missingInSession(result, tree.modules[0].sessions[0], interfaceLanguages)).toEqual([
			'en',
			'fr',
			'ar'
		]);
		expect(missingInSession(result, { id: 'other', materials: [] }, interfaceLanguages)).toEqual([]);
	});

	it("reports every declared language, not only the interface's, and none it does not declare", () => {
		const tree = content({
			title: { sl: 'Zdravje migrantov', en: 'Migrant health' },
			modules: [{ ...content().modules[0], title: { en: 'Communicable diseases' }, sessions: [] }]
		});
		const result = missingTranslations(tree, ['sl', 'en']);
		expect(result).toEqual({
			texts: 2,
			missingIn: { sl: 1, en: 0 },
			byText: { [textKey.module('m1', 'title')]: ['sl'] }
		});
	});
});
