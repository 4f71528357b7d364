import { describe, expect, it } from 'vitest';
import type { PackageContent } from '../../curriculum/content.js';
import { translatedCopy } from '../translation/slots.js';
import { packageSlots, packageUnits } from './translation-units.js';

const content: PackageContent = {
	title: { en: 'Migrant health' },
	summary: null,
	audiences: [],
	programmeId: null,
	modules: [
		{
			id: 'm1',
			title: { en: 'Communicable diseases' },
			topic: null,
			summary: { en: 'What spreads, and how' },
			sessions: [
				{
					id: 's1',
					title: { en: 'Tuberculosis' },
					objectives: [{ en: 'Describe how TB spreads' }, { en: 'Refer a patient' }],
					durationMinutes: 60,
					methods: [],
					editions: ['trainer', 'trainee'],
					trainerNotes: { en: 'Bring the posters' },
					materials: [
						{
							id: 'x1',
							kind: 'link',
							title: { en: 'WHO fact sheet' },
							language: 'en',
							url: 'https://who.int',
							file: null
						}
					]
				}
			]
		}
	]
};

describe('a training package as translation units', () => {
	it('lists every text of the draft in reading order, named by its row', () => {
		expect(packageUnits(content).map(({ id, maxLength, note }) => [id, maxLength, note])).toEqual([
			['package/title', 300, 'Package title'],
			['package/summary', 4000, 'Package summary'],
			['module/m1/title', 300, 'Module 1: title'],
			['module/m1/summary', 2000, 'Module 1: summary'],
			['session/s1/title', 300, 'Module 1, session 1: title'],
			['session/s1/objective/1', 500, 'Module 1, session 1: learning objective 1'],
			['session/s1/objective/2', 500, 'Module 1, session 1: learning objective 2'],
			['session/s1/trainer-notes', 4000, "Module 1, session 1: trainer's notes"],
			['material/x1/title', 300, 'Module 1, session 1: title of a material']
		]);
		expect(packageUnits(content)[1].text).toEqual({});
		expect(packageUnits(content)[6].text).toEqual({ en: 'Refer a patient' });
	});

	it('writes translations into a copy, beside the texts already there', () => {
		const texts = new Map([
			['package/summary', 'Santé des personnes migrantes'],
			['session/s1/objective/2', 'Orienter un patient'],
			['material/x1/title', 'Fiche de l’OMS'],
			['module/gone/title', 'ignored']
		]);
		const translated = translatedCopy(content, packageSlots, 'fr', texts);
		expect(translated.summary).toEqual({ fr: 'Santé des personnes migrantes' });
		const [session] = translated.modules[0].sessions;
		expect(session.objectives).toEqual([
			{ en: 'Describe how TB spreads' },
			{ en: 'Refer a patient', fr: 'Orienter un patient' }
		]);
		expect(session.materials[0].title).toEqual({ en: 'WHO fact sheet', fr: 'Fiche de l’OMS' });
		expect(content.summary).toBeNull();
	});
});
