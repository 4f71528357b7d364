import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { db } from '../../db/client.js';
import { user } from '../../db/schema/auth.js';
import { programme } from '../../db/schema/programmes.js';
import { surveyResponse } from '../../db/schema/surveys.js';
import { readTable } from '../../events/participant-file.js';
import { useTestDatabase } from '../../testing/database.js';
import { addQuestion, addSection } from '../builder.js';
import { createSurvey } from '../surveys.js';
import type { Answers } from '../../../surveys/definition.js';
import { exportResponses, type ExportWords } from './export.js';
import { getResultsSurvey, type ResultsSurvey } from './results-survey.js';
import { testScores } from './test-scores.js';

useTestDatabase();

const coordinator: Actor = {
	kind: 'user',
	userId: 'coordinator',
	name: 'Coordinator',
	email: 'coordinator@example.org',
	grants: [{ role: 'programme_coordinator', scope: { kind: 'platform' } }]
};
const choices = [
	{ value: 'wash', label: { en: 'Wash hands' } },
	{ value: 'wait', label: { en: 'Wait' } }
];
let surveyId: string;
let target: ResultsSurvey;

/** A test of two marked questions (3 marks) and one unmarked, answered by six people. */
beforeAll(async () => {
	const [{ id: programmeId }] = await db()
		.insert(programme)
		.values({ name: { en: 'Test programme' }, startsOn: '2025-01-01', endsOn: '2027-12-31' })
		.returning({ id: programme.id });
	await db()
		.insert(user)
		.values({ id: 'coordinator', name: 'Coordinator', email: 'coordinator@example.org' });
	({ id: surveyId } = await createSurvey(coordinator, {
		programmeId,
		title: { en: 'Post-test' },
		languages: ['en']
	}));
	await addSection(coordinator, surveyId, { name: 'quiz', title: { en: 'Quiz' } });
	await addQuestion(coordinator, surveyId, 'quiz', {
		name: 'first',
		type: 'single_choice',
		label: { en: 'First step?' },
		choices,
		marks: 2,
		correct: 'wash',
		module: 'M1'
	});
	await addQuestion(coordinator, surveyId, 'quiz', {
		name: 'dose',
		type: 'number',
		label: { en: 'Dose?' },
		marks: 1,
		correct: 5,
		tolerance: 1
	});
	await addQuestion(coordinator, surveyId, 'quiz', {
		name: 'name',
		type: 'short_text',
		label: { en: 'Name' }
	});
	const answered: [string, Answers][] = [
		['GR', { first: 'wash', dose: 5, name: 'A' }], // 3/3
		['GR', { first: 'wash', dose: 7 }], // 2/3
		['GR', { first: 'wait', dose: 4 }], // 1/3
		['GR', {}], // 0/3
		['MT', { first: 'wash', dose: 6 }], // 3/3
		['MT', { first: 'wash' }] // 2/3
	];
	await db()
		.insert(surveyResponse)
		.values(
			answered.map(([countryCode, answers], n) => ({
				surveyId,
				status: 'complete' as const,
				submittedAt: new Date(Date.UTC(2026, 0, n + 1)),
				countryCode,
				answers
			}))
		);
	target = await getResultsSurvey(coordinator, surveyId);
});

describe('a knowledge test’s results', () => {
	it('refuses a right answer outside the choices, naming the field, and changes nothing', async () => {
		await expect(
			addQuestion(coordinator, surveyId, 'quiz', {
				name: 'wrong',
				type: 'single_choice',
				label: { en: 'Wrong?' },
				choices,
				marks: 1,
				correct: 'run'
			})
		).rejects.toMatchObject({ code: 'invalid', fields: { correct: ['correct_not_a_choice'] } });
		expect((await getResultsSurvey(coordinator, surveyId)).definition.sections[0].questions).toHaveLength(3);
	});

	it('describes the complete responses’ scores as percentages', async () => {
		const scores = await testScores(target, {});
		expect(scores).toMatchObject({ maxScore: 3, hidden: false, n: 6, min: 0, max: 100 });
		if (scores.hidden) throw new Error('hidden');
		expect(scores.mean).toBeCloseTo((100 * 11) / 18);
		expect(scores.median).toBeCloseTo((100 * 2) / 3);
		expect(scores.sd).toBeGreaterThan(0);
	});

	it('shows nothing about fewer than five responses', async () => {
		expect(await testScores(target, { country: 'MT' })).toEqual({ maxScore: 3, hidden: true });
	});

	it('exports each response’s score and the marks it was out of', async () => {
		const words: ExportWords = {
			id: 'Response',
			submittedAt: 'Submitted',
			language: 'Language',
			country: 'Country',
			group: 'Group',
			other: 'Other',
			otherText: 'Other (text)',
			yes: 'Yes',
			no: 'No'
		};
		const file = await exportResponses(target, {}, 'csv', { headers: 'codes', language: 'en' }, words);
		const [header, ...rows] = await readTable(file.content, file.name);
		expect(header.slice(-2)).toEqual(['score', 'max_score']);
		expect(rows.map((row) => row.slice(-2).map(String))).toEqual(
			[[3], [2], [1], [0], [3], [2]].map(([score]) => [String(score), '3'])
		);
	});
});
