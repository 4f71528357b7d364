import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.js';
import { db } from '../db/client.js';
import { user } from '../db/schema/auth.js';
import { programme } from '../db/schema/programmes.js';
import { survey, surveyResponse } from '../db/schema/surveys.js';
import { useTestDatabase } from '../testing/database.js';
import { refusal } from '../testing/fixtures.js';
import {
	addQuestion,
	addSection,
	deleteQuestion,
	moveQuestion,
	updateQuestion,
	updateSection
} from './builder.js';
import { createSurvey, getSurvey } from './surveys.js';

useTestDatabase();

let coordinator: Actor;
let outsider: Actor;
let surveyId: string;

const colour = {
	name: 'colour',
	type: 'single_choice',
	label: { en: 'Favourite colour', fr: 'Couleur préférée' },
	required: true,
	choices: [
		{ value: 'red', label: { en: 'Red' } },
		{ value: 'blue', label: { en: 'Blue' } },
		{ value: 'green', label: { en: 'Green' } }
	],
	allowOther: true
};

const sectionOf = async () => (await getSurvey(coordinator, surveyId)).definition.sections;
const names = async () =>
	(await sectionOf()).map((s) => `${s.name}: ${s.questions.map((q) => q.name).join(' ')}`);

beforeAll(async () => {
	const [{ id: programmeId }, { id: otherId }] = await db()
		.insert(programme)
		.values([
			{ name: { en: 'Migrant health' }, startsOn: '2030-01-01', endsOn: '2031-12-31' },
			{ name: { en: 'Other' }, startsOn: '2030-01-01', endsOn: '2031-12-31' }
		])
		.returning({ id: programme.id });
	coordinator = {
		kind: 'user',
		userId: 'c',
		name: 'C',
		email: 'c@example.org',
		grants: [{ role: 'programme_coordinator', scope: { kind: 'programme', programmeId } }]
	};
	outsider = {
		kind: 'user',
		userId: 'o',
		name: 'O',
		email: 'o@example.org',
		grants: [{ role: 'programme_coordinator', scope: { kind: 'programme', programmeId: otherId } }]
	};
	await db().insert(user).values({ id: 'c', name: 'C', email: 'c@example.org' });
	({ id: surveyId } = await createSurvey(coordinator, {
		programmeId,
		title: { en: 'S' },
		languages: ['en']
	}));
});

describe('building a survey', () => {
	it('adds sections and questions of several kinds, with a condition on an earlier one', async () => {
		await addSection(coordinator, surveyId, { name: 'about', title: { en: 'About you' } });
		await addSection(coordinator, surveyId, { name: 'work', title: { en: '' } });
		await addQuestion(coordinator, surveyId, 'about', colour);
		await addQuestion(coordinator, surveyId, 'about', {
			name: 'why_red',
			type: 'long_text',
			label: { en: 'Why red?' },
			showIf: [{ question: 'colour', operator: 'equals', value: 'red' }]
		});
		await addQuestion(coordinator, surveyId, 'work', {
			name: 'years',
			type: 'number',
			label: { en: 'Years in post' },
			constraint: { min: 0, max: 60, message: { en: 'Between 0 and 60' } }
		});
		expect(await names()).toEqual(['about: colour why_red', 'work: years']);
		const [about, work] = await sectionOf();
		expect(about.title).toEqual({ en: 'About you' });
		expect(work.title).toBeUndefined();
		expect(work.questions[0].constraint).toEqual({ min: 0, max: 60, message: { en: 'Between 0 and 60' } });
	});

	it('refuses a question the schema refuses, the errors named as the question form names its fields', async () => {
		await expect(
			addQuestion(coordinator, surveyId, 'work', {
				name: 'pick',
				type: 'multiple_choice',
				label: { en: 'Pick' }
			})
		).rejects.toEqual(refusal('invalid', { choices: ['choices_required'] }));
		await expect(
			addQuestion(coordinator, surveyId, 'work', { name: 'years', type: 'number', label: { en: 'Again' } })
		).rejects.toEqual(refusal('invalid', { name: ['duplicate_name'] }));
		await expect(
			addQuestion(coordinator, surveyId, 'about', {
				name: 'early',
				type: 'yes_no',
				label: { en: 'Early' },
				showIf: [{ question: 'years', operator: 'answered' }]
			})
		).rejects.toEqual(refusal('invalid', { 'showIf.0': ['condition_on_later_question'] }));
		await expect(
			addQuestion(coordinator, surveyId, 'about', { name: '1bad', type: 'x', label: {} })
		).rejects.toEqual(
			refusal('invalid', { name: ['invalid_name'], type: ['invalid_choice'], label: ['localized_required'] })
		);
		expect(await names()).toEqual(['about: colour why_red', 'work: years']);
	});

	it('refuses a pattern the server could not check safely, beside the pattern field', async () => {
		for (const [pattern, problem] of [
			['(?=.*\\d).{8,}', 'unsupported_pattern'],
			['(\\w)\\1', 'unsupported_pattern'],
			['[a-z', 'invalid_pattern']
		])
			await expect(
				addQuestion(coordinator, surveyId, 'work', {
					name: 'code',
					type: 'short_text',
					label: { en: 'Code' },
					constraint: { pattern }
				})
			).rejects.toEqual(refusal('invalid', { 'constraint.pattern': [problem] }));
		// A pattern that backtracking engines choke on is fine: RE2 runs it in linear time.
		await addQuestion(coordinator, surveyId, 'work', {
			name: 'code',
			type: 'short_text',
			label: { en: 'Code' },
			constraint: { pattern: '([A-Za-z]+ ?)+' }
		});
		expect(await names()).toEqual(['about: colour why_red', 'work: years code']);
		await deleteQuestion(coordinator, surveyId, 'code');
	});

	it('moving a question above the one its condition reads is refused for the form as a whole', async () => {
		await expect(moveQuestion(coordinator, surveyId, 'why_red', 'up')).rejects.toEqual(
			refusal('invalid', { _: ['condition_on_later_question'] })
		);
		await moveQuestion(coordinator, surveyId, 'years', 'up');
		expect(await names()).toEqual(['about: colour why_red years', 'work: ']);
	});

	it('renames a section and its title', async () => {
		await updateSection(coordinator, surveyId, 'work', { name: 'job', title: { fr: 'Travail' } });
		expect((await sectionOf())[1]).toEqual({ name: 'job', title: { fr: 'Travail' }, questions: [] });
	});

	it('is refused to a coordinator of another programme', async () => {
		await expect(addSection(outsider, surveyId, { name: 'x' })).rejects.toEqual(refusal('forbidden'));
		await expect(deleteQuestion(outsider, surveyId, 'years')).rejects.toEqual(refusal('forbidden'));
	});
});

describe('once people have answered', () => {
	beforeAll(async () => {
		await db()
			.insert(surveyResponse)
			.values([
				{ surveyId, answers: { colour: 'red', why_red: 'Warm' } },
				{
					surveyId,
					answers: { colour: 'other', colour_other: 'Teal' },
					status: 'complete',
					submittedAt: new Date()
				}
			]);
	});

	it('a question with answers keeps its name and type and is not deleted', async () => {
		await expect(
			updateQuestion(coordinator, surveyId, 'colour', { ...colour, name: 'color' })
		).rejects.toEqual(refusal('conflict', { name: ['name_has_answers'] }));
		await expect(
			updateQuestion(coordinator, surveyId, 'colour', { ...colour, type: 'multiple_choice' })
		).rejects.toEqual(refusal('conflict', { type: ['type_has_answers'] }));
		await expect(deleteQuestion(coordinator, surveyId, 'why_red')).rejects.toEqual(
			refusal('conflict', { _: ['question_has_answers'] })
		);
	});

	it('a choice someone chose stays; one nobody chose may go, and labels may change', async () => {
		await expect(
			updateQuestion(coordinator, surveyId, 'colour', { ...colour, choices: colour.choices.slice(1) })
		).rejects.toEqual(refusal('conflict', { choices: ['choice_has_answers'] }));
		await updateQuestion(coordinator, surveyId, 'colour', {
			...colour,
			label: { en: 'Colour you like best' },
			choices: colour.choices.filter((choice) => choice.value !== 'green')
		});
		const [stored] = await db()
			.select({ definition: survey.definition })
			.from(survey)
			.where(eq(survey.id, surveyId));
		expect(stored.definition.sections[0].questions[0]).toMatchObject({
			label: { en: 'Colour you like best' },
			choices: [
				{ value: 'red', label: { en: 'Red' } },
				{ value: 'blue', label: { en: 'Blue' } }
			]
		});
	});

	it('a question nobody answered may still be renamed and deleted', async () => {
		await updateQuestion(coordinator, surveyId, 'years', {
			name: 'years_in_post',
			type: 'number',
			label: { en: 'Years in post' }
		});
		await deleteQuestion(coordinator, surveyId, 'years_in_post');
		expect(await names()).toEqual(['about: colour why_red', 'job: ']);
	});
});
