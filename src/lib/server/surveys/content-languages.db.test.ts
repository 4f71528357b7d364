// A survey in languages beyond the interface's: written in Dari and English, answered in Dari, its
// results and export labelled in Dari.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { surveyResponse } from '../db/schema/surveys.js';
import { readTable } from '../events/participant-file.js';
import { useTestDatabase } from '../testing/database.js';
import { programmeWithCoordinator, refusal } from '../testing/fixtures.js';
import { openSurveyNow, setPublicLink } from './distribution.js';
import { openQuestionnaire, saveResponse } from './respond.js';
import { exportResponses, type ExportWords } from './results/export.js';
import { getResultsSurvey } from './results/results-survey.js';
import { surveyResults } from './results/survey-results.js';
import { createSurvey, getSurvey, updateSurvey } from './surveys.js';

useTestDatabase();

const definition = {
	sections: [
		{
			name: 'main',
			questions: [
				{
					name: 'helped',
					type: 'single_choice',
					label: { 'fa-AF': 'آیا کمک دریافت کردید؟', en: 'Did you get help?' },
					required: true,
					choices: [
						{ value: 'yes', label: { 'fa-AF': 'بلی', en: 'Yes' } },
						{ value: 'no', label: { 'fa-AF': 'نخیر', en: 'No' } }
					]
				},
				{ name: 'comment', type: 'long_text', label: { 'fa-AF': 'نظر شما' } }
			]
		}
	]
};

/** The export's own words, which this test does not look at: each its key. */
const words = Object.fromEntries(
	['id', 'submittedAt', 'language', 'country', 'group', 'other', 'otherText', 'yes', 'no'].map((key) => [
		key,
		key
	])
) as ExportWords;

let programmeId: string;
let coordinator: UserActor;

beforeAll(async () => {
	({ programmeId, coordinator } = await programmeWithCoordinator('coordinator'));
});

describe('a survey in Dari and English', () => {
	it('is created, answered in Dari, and its results and export carry the Dari labels', async () => {
		const { id } = await createSurvey(coordinator, {
			programmeId,
			title: { 'fa-AF': 'نظرسنجی مهاجرین', en: 'Migrants’ survey' },
			languages: ['fa-AF', 'en'],
			definition
		});
		expect(await getSurvey(coordinator, id)).toMatchObject({ languages: ['fa-AF', 'en'] });
		await openSurveyNow(coordinator, id);
		const token = (await setPublicLink(coordinator, id, true))!;

		const opened = await openQuestionnaire(token);
		expect(opened).toMatchObject({
			state: 'open',
			survey: { languages: ['fa-AF', 'en'], title: { 'fa-AF': 'نظرسنجی مهاجرین' } }
		});
		const result = await saveResponse(token, {
			answers: () => ({ helped: 'yes', comment: 'خیلی خوب بود' }),
			language: 'fa-AF',
			submissionKey: randomUUID(),
			complete: true
		});
		expect(result).toMatchObject({ ok: true, status: 'complete' });
		const [response] = await db().select().from(surveyResponse).where(eq(surveyResponse.surveyId, id));
		expect(response).toMatchObject({ language: 'fa-AF', status: 'complete' });

		const target = await getResultsSurvey(coordinator, id);
		expect(target.definition.sections[0].questions[0].choices[0].label).toEqual({
			'fa-AF': 'بلی',
			en: 'Yes'
		});
		expect((await surveyResults(target, {})).counts).toMatchObject({ complete: 1 });

		const file = await exportResponses(target, {}, 'csv', { headers: 'labels', language: 'fa-AF' }, words);
		expect(file.name).toBe('نظرسنجی مهاجرین.csv');
		const [header, row] = await readTable(file.content, file.name);
		expect(header).toEqual(expect.arrayContaining(['آیا کمک دریافت کردید؟', 'نظر شما']));
		expect(row).toEqual(expect.arrayContaining(['fa-AF', 'بلی', 'خیلی خوب بود']));
	});

	it('refuses a language outside the catalogue, beside the languages field', async () => {
		const { id } = await createSurvey(coordinator, {
			programmeId,
			title: { ti: 'ሕቶታት' },
			languages: ['ti']
		});
		await expect(
			updateSurvey(coordinator, id, { title: { ti: 'ሕቶታት' }, languages: ['ti', 'tlh'] })
		).rejects.toEqual(refusal('invalid', { 'languages.1': ['invalid_language'] }));
		expect(await getSurvey(coordinator, id)).toMatchObject({ languages: ['ti'], title: { ti: 'ሕቶታት' } });
	});

	it('keeps the fallback its author chose for MHub’s words, which the respondent’s link opens with', async () => {
		const { id } = await createSurvey(coordinator, {
			programmeId,
			title: { 'fa-AF': 'پرسشنامه' },
			languages: ['fa-AF']
		});
		expect(await getSurvey(coordinator, id)).toMatchObject({ wordsFallback: 'en' });
		await updateSurvey(coordinator, id, {
			title: { 'fa-AF': 'پرسشنامه' },
			languages: ['fa-AF'],
			wordsFallback: 'ar'
		});
		// A change that does not say keeps it.
		await updateSurvey(coordinator, id, { title: { 'fa-AF': 'پرسشنامه' }, languages: ['fa-AF', 'en'] });
		await openSurveyNow(coordinator, id);
		const token = (await setPublicLink(coordinator, id, true))!;
		expect(await openQuestionnaire(token)).toMatchObject({ survey: { wordsFallback: 'ar' } });
	});

	it('refuses a fallback that is not an interface language, and changes nothing', async () => {
		const { id } = await createSurvey(coordinator, { programmeId, title: { ti: 'ሕቶታት' }, languages: ['ti'] });
		await expect(
			updateSurvey(coordinator, id, {
				title: { ti: 'ሕቶታት ሓድሽ' },
				languages: ['ti'],
				wordsFallback: 'sl' as 'en'
			})
		).rejects.toEqual(refusal('invalid', { wordsFallback: ['invalid_choice'] }));
		expect(await getSurvey(coordinator, id)).toMatchObject({ wordsFallback: 'en', title: { ti: 'ሕቶታት' } });
	});
});
