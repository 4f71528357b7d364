import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentLanguageOf, isContentLanguage } from '../../i18n/content-languages.js';
import { placeholdersOf, respondentWordKeys, respondentWordSets, say } from '../../i18n/respondent-words.js';
import { respondentDictionaries, respondentWords } from './respondent-words.js';

const folder = 'src/lib/i18n/respondent-words';
const english = respondentDictionaries.en as Record<string, string>;
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
		const words = respondentWords('survey', 'es');
		expect(words.survey_respond_submit).toEqual({ text: 'Enviar', lang: 'es' });
		expect(say(words.survey_respond_closes_on, { date: '5 de mayo' })).toBe(
			'Se aceptan respuestas hasta el 5 de mayo.'
		);
	});

	it('has every word in English, French and Arabic, from the interface messages', () => {
		for (const tag of ['en', 'fr', 'ar'])
			for (const key of respondentWordKeys)
				expect(respondentDictionaries[tag][key], `${tag} ${key}`).toBeTruthy();
	});

	it('gives the interface languages’ words from their messages', () => {
		expect(respondentWords('survey', 'fr').survey_respond_submit.lang).toBe('fr');
		expect(respondentWords('survey', 'ar').survey_respond_submit.lang).toBe('ar');
	});

	it('falls back to English for a language without words', () => {
		const words = respondentWords('survey', 'ti');
		expect(words.survey_respond_submit).toEqual({ text: english.survey_respond_submit, lang: 'en' });
		for (const key of respondentWordSets.survey) expect(words[key].text).toBe(english[key]);
	});

	it('falls back to the interface language the author chose, word by word', () => {
		const words = respondentWords('delphi', 'ti', 'fr');
		for (const key of respondentWordSets.delphi)
			expect(words[key]).toEqual({ text: respondentDictionaries.fr[key], lang: 'fr' });
		expect(words.delphi_panel_submit.text).toBe(
			JSON.parse(readFileSync('messages/delphi/fr.json', 'utf8')).delphi_panel_submit
		);
		expect(respondentWords('survey', 'ps', 'ar').survey_respond_submit.lang).toBe('ar');
		// Dari (fa-AF) reads the Persian words, its language's, before any fallback.
		expect(respondentWords('survey', 'fa-AF', 'ar').survey_respond_submit.lang).toBe('fa');
		// A language with its own words keeps them whatever the fallback.
		expect(respondentWords('survey', 'es', 'ar').survey_respond_submit).toEqual({
			text: 'Enviar',
			lang: 'es'
		});
	});

	it('gives an event page Spanish words in Spanish, and the interface language’s in Tigrinya', () => {
		const spanish = respondentWords('event', 'es', 'fr');
		expect(spanish.registration_send).toEqual({ text: 'Inscribirse', lang: 'es' });
		expect(spanish.directory_profession_nurse.lang).toBe('es');
		for (const key of respondentWordSets.event) expect(spanish[key].lang, key).toBe('es');
		const tigrinya = respondentWords('event', 'ti', 'fr');
		for (const key of respondentWordSets.event)
			expect(tigrinya[key], key).toEqual({ text: respondentDictionaries.fr[key], lang: 'fr' });
	});

	it('keeps a placeholder nobody filled in, rather than hiding it', () => {
		expect(say({ text: 'Until {date}.', lang: 'en' })).toBe('Until {date}.');
	});
});
