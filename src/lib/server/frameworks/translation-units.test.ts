import { describe, expect, it } from 'vitest';
import { translatedCopy } from '../translation/slots.js';
import type { FrameworkDraft } from './draft.js';
import { frameworkLanguages, frameworkSlots, frameworkUnits } from './translation-units.js';

const draft: FrameworkDraft = {
	title: { fr: 'Cadre de formation', en: 'Training framework' },
	summary: null,
	studyId: null,
	sections: [
		{
			id: 'a',
			title: { fr: 'Communication' },
			components: [
				{ id: 'c', title: { fr: 'Interprètes' }, description: { uk: 'Перекладачі' }, statementIds: [] }
			]
		}
	]
};

describe('a framework as translation units', () => {
	it('lists the draft’s texts in reading order, named by their rows', () => {
		expect(frameworkUnits(draft).map(({ id, maxLength, note }) => [id, maxLength, note])).toEqual([
			['framework/title', 300, 'Framework title'],
			['framework/summary', 4000, 'Framework summary'],
			['section/a/title', 300, 'Section 1: title'],
			['component/c/title', 300, 'Section 1, component 1: title'],
			['component/c/description', 4000, 'Section 1, component 1: description']
		]);
	});

	it('takes its programme’s languages, then those its texts have, the main one its title’s', () => {
		expect(frameworkLanguages(['en', 'fr'], draft)).toEqual(['en', 'fr', 'uk']);
		expect(frameworkLanguages(['sl', 'fr'], draft)).toEqual(['fr', 'sl', 'en', 'uk']);
	});

	it('writes translations into a copy', () => {
		const texts = new Map([['component/c/title', 'Interpreters']]);
		const translated = translatedCopy(draft, frameworkSlots, 'en', texts);
		expect(translated.sections[0].components[0].title).toEqual({ fr: 'Interprètes', en: 'Interpreters' });
		expect(draft.sections[0].components[0].title).toEqual({ fr: 'Interprètes' });
	});
});
