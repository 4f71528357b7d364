import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../surveys/answers.js';
import { db } from '../db/client.js';
import { programme } from '../db/schema/programmes.js';
import { survey, surveyResponse } from '../db/schema/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { openQuestionnaire } from '../surveys/respond.js';
import { loadDemoSurveys } from './surveys.js';

useTestDatabase();

/** The demo surveys, loaded into a programme of their own. */
async function demoSurveys() {
	const [{ id }] = await db()
		.insert(programme)
		.values({ name: { en: 'MIG-H' }, acronym: 'MIG-H', startsOn: '2030-01-01', endsOn: '2031-12-31' })
		.returning({ id: programme.id });
	await db().transaction((tx) => loadDemoSurveys(tx, { 'MIG-H': id }));
	return db().select().from(survey).where(eq(survey.programmeId, id));
}

describe('demo surveys', () => {
	it('the mapping survey is open through its public link, and every demo answer passes validation', async () => {
		const surveys = await demoSurveys();
		const created = surveys.find((s) => s.title.en === 'Mapping of migrant health training')!;
		expect((await openQuestionnaire(created.publicToken!)).state).toBe('open');
		const responses = await db().select().from(surveyResponse).where(eq(surveyResponse.surveyId, created.id));
		expect(responses).toHaveLength(5);
		for (const response of responses)
			expect(validateAnswers(created.definition, response.answers, { complete: true }).errors).toEqual({});
	});

	it('a survey in Slovenian and English and a questionnaire in Dari and Tigrinya are open, and say they are machine-translated', async () => {
		const surveys = await demoSurveys();
		const byLanguages = new Map(surveys.map((s) => [s.languages.join(' '), s]));
		const slovenian = byLanguages.get('sl en')!;
		const families = byLanguages.get('fa-AF ti en')!;
		for (const demo of [slovenian, families]) {
			expect((await openQuestionnaire(demo.publicToken!)).state).toBe('open');
			expect(demo.introduction?.en).toMatch(/no person has reviewed/);
		}
		expect(slovenian.title.sl).toBeTruthy();
		for (const question of families.definition.sections.flatMap((section) => section.questions))
			expect(Object.keys(question.label).sort()).toEqual(['en', 'fa-AF', 'ti']);
	});
});
