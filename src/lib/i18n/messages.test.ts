// Every interface string exists in every language, and no English is left in French or Arabic.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const messagesDir = path.resolve('messages');
const areas = readdirSync(messagesDir, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

/** A message with variants (plurals): `[{ declarations, selectors, match: { "countPlural=one": text } }]`. */
type Variants = Array<{ match: Record<string, string> }>;

/** Each message as text; a message with variants as all its variants' texts, one a line. */
const read = (area: string, locale: string): Record<string, string> => {
	const { $schema: _schema, ...messages } = JSON.parse(
		readFileSync(path.join(messagesDir, area, `${locale}.json`), 'utf8')
	) as Record<string, string | Variants>;
	return Object.fromEntries(
		Object.entries(messages).map(([key, message]) => [
			key,
			typeof message === 'string'
				? message
				: message.flatMap((variant) => Object.values(variant.match)).join('\n')
		])
	);
};
/** The names a message fills in, each once: languages need different plural forms, some without the number. */
const placeholders = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
/** Strings that are the same in every language: names, codes, formats. */
const sameEverywhere =
	/^(MHub|API|OpenAPI.*|JSON|CSV|XLSX|PDF|URL|ISO.*|e-?mail|([\d\s.,:/()·–—=%-]|\{\w+\})*|https?:\/\/\S+)$/i;
const arabicLetters = /[\u0600-\u06FF]/;
/** English words that French writes the same way. */
const sameInFrench = new Set([
	'Europe',
	'Administration',
	'Organisation',
	'Organisations',
	'Description',
	'Type',
	'Page',
	'Région',
	'Date',
	'Action',
	'Actions',
	'Profession',
	'Participant',
	'Source',
	'Version',
	'Message',
	'Contact',
	'Total',
	'Note',
	'Notes',
	'Options',
	'Statut',
	'Public',
	'Cascade',
	'Session',
	'Sessions',
	'post-test',
	'Module',
	'Modules',
	'Expert',
	'Experts',
	'Format',
	'Programme',
	'Programmes',
	'Participation',
	'Participations',
	'Post-test',
	'Participants',
	'Institution',
	'Dates',
	'Panel',
	'Abstentions',
	'Final',
	'Expertise',
	'Introduction',
	'Question',
	'Questions',
	'Phase',
	'Instrument',
	'Post-test',
	'Satisfaction',
	'Item',
	'Variable'
]);

describe.each(areas)('messages/%s', (area) => {
	const english = read(area, 'en');

	it.each(['en', 'fr', 'ar'])('%s names each message once (JSON keeps only the last of twins)', (locale) => {
		const source = readFileSync(path.join(messagesDir, area, `${locale}.json`), 'utf8');
		const keys = [...source.matchAll(/^\t"(\w+)":/gm)].map((match) => match[1]);
		expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
	});

	it.each(['fr', 'ar'])('%s has exactly the English keys', (locale) => {
		expect(Object.keys(read(area, locale)).sort()).toEqual(Object.keys(english).sort());
	});

	it.each(['fr', 'ar'])('%s keeps every placeholder of the English text', (locale) => {
		const translated = read(area, locale);
		for (const [key, text] of Object.entries(english)) {
			expect({ key, placeholders: placeholders(translated[key] ?? '') }).toEqual({
				key,
				placeholders: placeholders(text)
			});
		}
	});

	it('French leaves no English text untranslated', () => {
		const french = read(area, 'fr');
		const untranslated = Object.keys(english).filter(
			(key) =>
				french[key] === english[key] &&
				!sameEverywhere.test(english[key]) &&
				!sameInFrench.has(english[key]) &&
				english[key].length > 3
		);
		expect(untranslated).toEqual([]);
	});

	it('Arabic text is written in Arabic', () => {
		const arabic = read(area, 'ar');
		const notArabic = Object.keys(english).filter(
			(key) => !sameEverywhere.test(english[key]) && !arabicLetters.test(arabic[key] ?? '')
		);
		expect(notArabic).toEqual([]);
	});
});
