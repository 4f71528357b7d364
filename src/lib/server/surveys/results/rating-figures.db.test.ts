// A rating question answered as in vector D: the results (page and API) carry its satisfaction
// figures, under the filters and the small-cell rule.
import { beforeAll, describe, expect, it } from 'vitest';
import vectors from '../../../statistics/evaluation-vectors.json';
import type { Actor } from '../../auth/actor.js';
import { db } from '../../db/client.js';
import { programme } from '../../db/schema/programmes.js';
import { survey, surveyResponse } from '../../db/schema/surveys.js';
import { useTestDatabase } from '../../testing/database.js';
import { SurveyDefinitionSchema } from '../../../surveys/definition.js';
import type { ResultsFilters } from '../../../surveys/results-filters.js';
import { toQuestionResult } from '../../api/surveys.js';
import { getResultsSurvey, type ResultsSurvey } from './results-survey.js';
import { surveyResults } from './survey-results.js';

useTestDatabase();

const coordinator: Actor = {
	kind: 'user',
	userId: 'coordinator',
	name: 'Coordinator',
	email: 'coordinator@example.org',
	grants: [{ role: 'programme_coordinator', scope: { kind: 'platform' } }]
};

const definition = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 'satisfaction',
			questions: [
				{ name: 'overall', type: 'rating', label: { en: 'Overall' }, scale: { min: 1, max: 5 } },
				{ name: 'comment', type: 'long_text', label: { en: 'Comment' } }
			]
		}
	]
});

// Vector D's 15 ratings: the first 4 from Malta, the next 7 from Spain, the last 4 from Greece.
const countries = [...Array(4).fill('MT'), ...Array(7).fill('ES'), ...Array(4).fill('GR')] as string[];
let target: ResultsSurvey;

beforeAll(async () => {
	const [{ id: programmeId }] = await db()
		.insert(programme)
		.values({ name: { en: 'Satisfaction programme' }, startsOn: '2025-01-01', endsOn: '2027-12-31' })
		.returning({ id: programme.id });
	const [row] = await db()
		.insert(survey)
		.values({ programmeId, title: { en: 'Satisfaction with the training' }, definition })
		.returning();
	await db()
		.insert(surveyResponse)
		.values(
			vectors.D_satisfaction.likert_1_to_5.map((overall, i) => ({
				key: `rating-${i}`,
				surveyId: row.id,
				status: 'complete' as const,
				submittedAt: new Date(Date.UTC(2026, 0, 10 + i)),
				language: 'en',
				countryCode: countries[i],
				answers: { overall, comment: 'Fine' }
			}))
		);
	target = await getResultsSurvey(coordinator, row.id);
});

const figuresOf = async (filters: ResultsFilters) => {
	const [result] = (await surveyResults(target, filters)).questions;
	if (result.kind !== 'rating') throw new Error(`a rating, not ${result.kind}`);
	return result.figures;
};

describe('the satisfaction figures of a rating question', () => {
	it('equal vector D over its 15 answers', async () => {
		const { expected } = vectors.D_satisfaction;
		const figures = await figuresOf({});
		// Within 5e-7 of the vector's values: tighter than a relative 1e-6 for figures above 0.5.
		expect(figures).toMatchObject({
			n: expected.n,
			disclosure: 'full',
			mean: expect.closeTo(expected.mean, 6),
			median: expected.median,
			topTwoBox: 11,
			topTwoBoxPercent: expect.closeTo(expected.top_two_box_percent, 6)
		});
		// The API answers the same figures.
		const [question] = (await surveyResults(target, {})).questions;
		expect(toQuestionResult(question).satisfaction).toEqual(figures);
	});

	it('follow the filters: 7 answers without a percentage, 4 answers not shown', async () => {
		// Spain: 5, 5, 2, 4, 5, 4, 3.
		expect(await figuresOf({ country: 'ES' })).toEqual({
			n: 7,
			disclosure: 'descriptive',
			mean: 4,
			median: 4,
			topTwoBox: 5,
			topTwoBoxPercent: null
		});
		expect(await figuresOf({ country: 'MT' })).toMatchObject({ n: 4, disclosure: 'hidden', mean: null });
	});
});
