import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentLanguageOf, isContentLanguage } from '../../i18n/content-languages.js';
import { placeholdersOf, respondentWordKeys, say } from '../../i18n/respondent-words.js';
import { respondentWords } from './respondent-words.js';

const folder = 'src/lib/i18n/respondent-words';
const english = JSON.parse(readFileSync('messages/survey_respond/en.json', 'utf8')) as Record<string, string>;
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

describe('respondent words files', () => {
	it('ship at least one language', () => expect(files.length).toBeGreaterThan(0));

	it.each(files)(
		'%s is a catalogue language, says whether a person reviewed it, and has every word',
		(name) => {
			const tag = name.replace(/\.json$/, '');
			expect(isContentLanguage(tag) && contentLanguageOf(tag) === tag).toBe(true);
			const { $meta, ...words } = JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as Record<
				string,
				unknown
			>;
			expect($meta).toMatchObject({ reviewed: expect.any(Boolean), translator: expect.any(String) });
			expect(Object.keys(words).sort()).toEqual([...respondentWordKeys].sort());
			for (const key of respondentWordKeys) {
				const text = words[key];
				expect(typeof text === 'string' && text.trim() !== '', key).toBe(true);
				expect(placeholdersOf(String(text)).sort(), key).toEqual(placeholdersOf(english[key]).sort());
			}
		}
	);
});

describe('respondentWords', () => {
	it('gives the language’s own words when MHub has them', () => {
		const words = respondentWords('es');
		expect(words.survey_respond_submit).toEqual({ text: 'Enviar', lang: 'es' });
		expect(say(words.survey_respond_closes_on, { date: '5 de mayo' })).toBe(
			'Se aceptan respuestas hasta el 5 de mayo.'
		);
	});

	it('gives the interface languages’ words from their messages', () => {
		expect(respondentWords('fr').survey_respond_submit.lang).toBe('fr');
		expect(respondentWords('ar').survey_respond_submit.lang).toBe('ar');
	});

	it('falls back to English for a language without words', () => {
		const words = respondentWords('sl');
		expect(words.survey_respond_submit).toEqual({ text: english.survey_respond_submit, lang: 'en' });
		for (const key of respondentWordKeys) expect(words[key].text).toBe(english[key]);
	});

	it('keeps a placeholder nobody filled in, rather than hiding it', () => {
		expect(say({ text: 'Until {date}.', lang: 'en' })).toBe('Until {date}.');
	});
});
