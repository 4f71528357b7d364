// A Delphi study in Slovenian and English: a panellist added in Slovenian opens their round with the
// study's Slovenian texts; a language the study does not declare is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { useTestDatabase } from '../testing/database.js';
import {
	newPeople,
	nineScaleStudyInput,
	programmeWithCoordinator,
	refusal,
	roundOfAWeek
} from '../testing/fixtures.js';
import { addPanellists, listPanel } from './panel.js';
import { openPanelRound } from './panel-round.js';
import { openRound } from './rounds.js';
import { addDomain, addStatement, createStudy } from './studies.js';

useTestDatabase();

describe('a panellist’s language', () => {
	let coordinator: Actor;
	let studyId: string;

	beforeAll(async () => {
		let programmeId: string;
		({ programmeId, coordinator } = await programmeWithCoordinator('coordinator-delphi-languages'));
		({ id: studyId } = await createStudy(coordinator, {
			...nineScaleStudyInput(programmeId, 'Training components'),
			title: { sl: 'Sestavine usposabljanja', en: 'Training components' },
			languages: ['sl', 'en']
		}));
		const { id: domainId } = await addDomain(coordinator, studyId, {
			title: { sl: 'Izvedba', en: 'Delivery' }
		});
		await addStatement(coordinator, studyId, {
			domainId,
			text: { sl: 'Izvajalci so certificirani', en: 'Trainers are certified' }
		});
	});

	it('is one of the study’s languages, its main one unless said', async () => {
		const [slovene, english, french] = await newPeople(3);
		await addPanellists(coordinator, studyId, { personIds: [slovene], stakeholderGroup: 'Academia' });
		await addPanellists(coordinator, studyId, {
			personIds: [english],
			stakeholderGroup: 'Academia',
			language: 'en'
		});
		await expect(
			addPanellists(coordinator, studyId, {
				personIds: [french],
				stakeholderGroup: 'Academia',
				language: 'fr'
			})
		).rejects.toEqual(refusal('invalid', { language: ['invalid_choice'] }));
		await expect(
			addPanellists(coordinator, studyId, {
				personIds: [french],
				stakeholderGroup: 'Academia',
				language: 'tlh' as 'fr'
			})
		).rejects.toEqual(refusal('invalid', { language: ['invalid_language'] }));
		const panel = await listPanel(coordinator, studyId);
		expect(panel.map((row) => row.language).sort()).toEqual(['en', 'sl']);
	});

	it('is what the round opens in, with the study’s declared languages to fall back on', async () => {
		await openRound(coordinator, studyId, roundOfAWeek());
		const panel = await listPanel(coordinator, studyId);
		const slovene = panel.find((row) => row.language === 'sl')!;
		const page = await openPanelRound(slovene.token);
		expect(page).toMatchObject({
			state: 'open',
			study: { language: 'sl', languages: ['sl', 'en'], title: { sl: 'Sestavine usposabljanja' } }
		});
		if (page.state !== 'open') throw new Error('the round is open');
		expect(page.statements[0].text).toEqual({
			sl: 'Izvajalci so certificirani',
			en: 'Trainers are certified'
		});
	});
});
