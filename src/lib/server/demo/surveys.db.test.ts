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

describe('demo surveys', () => {
	it('the mapping survey is open through its public link, and every demo answer passes validation', async () => {
		const [{ id }] = await db()
			.insert(programme)
			.values({ name: { en: 'MIG-H' }, acronym: 'MIG-H', startsOn: '2030-01-01', endsOn: '2031-12-31' })
			.returning({ id: programme.id });
		await db().transaction((tx) => loadDemoSurveys(tx, { 'MIG-H': id }));
		const [created] = await db().select().from(survey).where(eq(survey.programmeId, id));
		expect((await openQuestionnaire(created.publicToken!)).state).toBe('open');
		const responses = await db().select().from(surveyResponse).where(eq(surveyResponse.surveyId, created.id));
		expect(responses).toHaveLength(5);
		for (const response of responses)
			expect(validateAnswers(created.definition, response.answers, { complete: true }).errors).toEqual({});
	});
});
