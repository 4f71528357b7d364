import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.js';
import { db } from '../../db/client.js';
import { programme } from '../../db/schema/programmes.js';
import { survey, surveyInvitation, surveyResponse } from '../../db/schema/surveys.js';
import { readTable } from '../../events/participant-file.js';
import { useTestDatabase } from '../../testing/database.js';
import { SurveyDefinitionSchema, type Answers } from '../../../surveys/definition.js';
import type { ResultsFilters } from '../../../surveys/results-filters.js';
import { exportResponses, type ExportWords } from './export.js';
import { textPageSize } from './internal/answer-queries.js';
import { filterChoices } from './filter-choices.js';
import { questionResults, type QuestionResult } from './question-results.js';
import { responseCounts } from './response-counts.js';
import { getResultsSurvey, type ResultsSurvey } from './results-survey.js';
import { surveyResults } from './survey-results.js';

useTestDatabase();

const choice = (value: string, en: string, fr?: string) => ({ value, label: { en, ...(fr ? { fr } : {}) } });

const definition = SurveyDefinitionSchema.parse({
	sections: [
		{
			name: 'about',
			questions: [
				{
					name: 'role',
					type: 'single_choice',
					label: { en: 'Your role', fr: 'Votre rôle' },
					choices: [choice('nurse', 'Nurse', 'Infirmier'), choice('physician', 'Physician', 'Médecin')],
					allowOther: true
				},
				{
					name: 'topics',
					type: 'multiple_choice',
					label: { en: 'Topics' },
					choices: [
						choice('mental_health', 'Mental health'),
						choice('vaccination', 'Vaccination'),
						choice('language', 'Language')
					]
				},
				{ name: 'useful', type: 'yes_no', label: { en: 'Useful?' } },
				{ name: 'based_in', type: 'country', label: { en: 'Country' } },
				{ name: 'score', type: 'rating', label: { en: 'Score' }, scale: { min: 1, max: 5 } },
				{ name: 'years', type: 'number', label: { en: 'Years of practice' } },
				{
					name: 'skills',
					type: 'matrix',
					label: { en: 'Skills' },
					rows: [choice('listening', 'Listening'), choice('writing', 'Writing')],
					choices: [choice('low', 'Low'), choice('high', 'High')]
				},
				{ name: 'trained_on', type: 'date', label: { en: 'Trained on' } },
				{ name: 'comment', type: 'long_text', label: { en: 'Comment' } },
				{ name: 'contact', type: 'email', label: { en: 'Email' } }
			]
		}
	]
});

const coordinator: Actor = {
	kind: 'user',
	userId: 'coordinator',
	name: 'Coordinator',
	email: 'coordinator@example.org',
	grants: [{ role: 'programme_coordinator', scope: { kind: 'platform' } }]
};
const focalPoint: Actor = {
	kind: 'user',
	userId: 'focal',
	name: 'Focal',
	email: 'focal@example.org',
	grants: [{ role: 'country_focal_point', scope: { kind: 'countries', countryCodes: ['GR'] } }]
};

let target: ResultsSurvey;
const responseIds: Record<string, string> = {};

/**
 * Five invitations (ministries: GR, GR, MT; universities: MT, ES) and two anonymous respondents:
 * four complete responses (three invited, one anonymous from GR) and two in progress.
 */
beforeAll(async () => {
	const [{ id: programmeId }] = await db()
		.insert(programme)
		.values({ name: { en: 'Results programme' }, startsOn: '2025-01-01', endsOn: '2027-12-31' })
		.returning({ id: programme.id });
	const [row] = await db()
		.insert(survey)
		.values({ programmeId, title: { en: 'Mapping: training needs', fr: 'Cartographie' }, definition })
		.returning();
	target = await getResultsSurvey(coordinator, row.id);
	const invitations = await db()
		.insert(surveyInvitation)
		.values(
			(
				[
					['ministries', 'GR'],
					['ministries', 'GR'],
					['ministries', 'MT'],
					['universities', 'MT'],
					['universities', 'ES']
				] as const
			).map(([groupLabel, countryCode], n) => ({
				surveyId: row.id,
				token: `token-${n}`,
				groupLabel,
				countryCode
			}))
		)
		.returning({ id: surveyInvitation.id });
	const complete = (
		key: string,
		invitation: number | null,
		submittedAt: string,
		language: string,
		countryCode: string,
		answers: Answers
	) => ({
		key,
		surveyId: row.id,
		invitationId: invitation === null ? null : invitations[invitation].id,
		status: 'complete' as const,
		submittedAt: new Date(submittedAt),
		language,
		countryCode,
		answers
	});
	const rows = [
		complete('greek-ministry', 0, '2026-01-10T09:00:00Z', 'en', 'GR', {
			role: 'nurse',
			topics: ['mental_health', 'vaccination'],
			useful: 'yes',
			based_in: 'GR',
			score: 4,
			years: 10,
			skills: { listening: 'high', writing: 'low' },
			trained_on: '2025-03-15',
			comment: 'Very useful',
			contact: 'a@example.org'
		}),
		complete('maltese-university', 3, '2026-01-20T09:00:00Z', 'fr', 'MT', {
			role: 'other',
			role_other: 'Midwife',
			topics: ['vaccination'],
			useful: 'no',
			based_in: 'MT',
			score: 2,
			years: 3,
			skills: { listening: 'high' },
			trained_on: '2025-03-02',
			comment: ''
		}),
		complete('spanish-university', 4, '2026-02-05T12:00:00Z', 'en', 'ES', {
			role: 'physician',
			topics: ['mental_health', 'vaccination', 'language'],
			useful: 'yes',
			based_in: 'ES',
			score: 5,
			years: 20,
			skills: { listening: 'low', writing: 'low' },
			trained_on: '2025-07-01',
			comment: 'More cases please'
		}),
		complete('anonymous-greek', null, '2026-02-10T09:00:00Z', 'ar', 'GR', {
			role: 'nurse',
			topics: ['language'],
			useful: 'yes',
			score: 4,
			years: 1,
			comment: 'شكرا'
		})
	];
	for (const { key, ...values } of rows) {
		const [inserted] = await db().insert(surveyResponse).values(values).returning({ id: surveyResponse.id });
		responseIds[key] = inserted.id;
	}
	await db()
		.insert(surveyResponse)
		.values([
			{ surveyId: row.id, invitationId: invitations[1].id, answers: { role: 'nurse' }, countryCode: 'GR' },
			{ surveyId: row.id, answers: {} }
		]);
});

const resultOf = (results: QuestionResult[], name: string) => {
	const found = results.find((result) => result.question.name === name);
	if (!found) throw new Error(`no result for ${name}`);
	return found;
};
const countsOf = (result: QuestionResult) =>
	'counts' in result ? Object.fromEntries(result.counts.map((c) => [c.value, c.count])) : undefined;

describe('who reads results', () => {
	it('lets the coordinators read them, and not a focal point', async () => {
		await expect(getResultsSurvey(focalPoint, target.id)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getResultsSurvey(coordinator, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject(
			{ code: 'not_found' }
		);
	});
});

describe('response counts and rates', () => {
	it('counts complete responses per invitation group and country, the anonymous apart', async () => {
		const counts = await responseCounts(target, {});
		expect(counts.complete).toBe(4);
		expect(counts.inProgress).toBe(2);
		expect(counts.byGroup).toEqual([
			{ key: 'ministries', invited: 3, responded: 1, rate: 1 / 3, anonymous: 0 },
			{ key: 'universities', invited: 2, responded: 2, rate: 1, anonymous: 0 },
			{ key: null, invited: 0, responded: 0, rate: null, anonymous: 1 }
		]);
		expect(counts.byCountry).toEqual([
			{ key: 'ES', invited: 1, responded: 1, rate: 1, anonymous: 0 },
			{ key: 'GR', invited: 2, responded: 1, rate: 0.5, anonymous: 1 },
			{ key: 'MT', invited: 2, responded: 1, rate: 0.5, anonymous: 0 }
		]);
		expect(counts.total).toEqual({ key: null, invited: 5, responded: 3, rate: 0.6, anonymous: 1 });
	});

	it('keeps to one group: its invitations, no anonymous responses', async () => {
		const counts = await responseCounts(target, { group: 'universities' });
		expect(counts.complete).toBe(2);
		expect(counts.inProgress).toBe(0);
		expect(counts.byGroup).toEqual([
			{ key: 'universities', invited: 2, responded: 2, rate: 1, anonymous: 0 }
		]);
	});

	it('keeps to one country: its invitations and its anonymous respondents', async () => {
		const counts = await responseCounts(target, { country: 'GR' });
		expect(counts.total).toEqual({ key: null, invited: 2, responded: 1, rate: 0.5, anonymous: 1 });
		expect(counts.inProgress).toBe(1);
	});
});

describe('what each question says', () => {
	it('counts choices in their order, with shares of those who answered and the "other" texts', async () => {
		const results = await questionResults(target, {});
		const role = resultOf(results, 'role');
		expect(role).toMatchObject({ kind: 'choices', answered: 4 });
		expect(role.kind === 'choices' && role.counts).toEqual([
			{ value: 'nurse', count: 2, share: 0.5 },
			{ value: 'physician', count: 1, share: 0.25 },
			{ value: 'other', count: 1, share: 0.25 }
		]);
		expect(role.kind === 'choices' && role.other?.texts.map((t) => t.text)).toEqual(['Midwife']);
		const topics = resultOf(results, 'topics');
		// Several choices each: the shares are of respondents and add up to more than one.
		expect(topics.kind === 'choices' && topics.counts.map((c) => [c.value, c.count, c.share])).toEqual([
			['mental_health', 2, 0.5],
			['vaccination', 3, 0.75],
			['language', 2, 0.5]
		]);
		expect(countsOf(resultOf(results, 'useful'))).toEqual({ yes: 3, no: 1 });
		const country = resultOf(results, 'based_in');
		expect(country.answered).toBe(3);
		expect(country.kind === 'choices' && country.counts.map((c) => c.value)).toEqual(['ES', 'GR', 'MT']);
	});

	it('sums up ratings and numbers: n, mean, median, min, max', async () => {
		const results = await questionResults(target, {});
		const score = resultOf(results, 'score');
		expect(countsOf(score)).toEqual({ 1: 0, 2: 1, 3: 0, 4: 2, 5: 1 });
		expect(score.kind === 'rating' && score.summary).toEqual({ n: 4, mean: 3.75, median: 4, min: 2, max: 5 });
		const years = resultOf(results, 'years');
		expect(years.kind === 'number' && years.summary).toEqual({
			n: 4,
			mean: 8.5,
			median: 6.5,
			min: 1,
			max: 20
		});
	});

	it('counts a matrix per row and column, dates per month', async () => {
		const results = await questionResults(target, {});
		const skills = resultOf(results, 'skills');
		expect(skills.kind === 'matrix' && skills.rows).toEqual([
			{
				row: 'listening',
				answered: 3,
				counts: [
					{ value: 'low', count: 1, share: 1 / 3 },
					{ value: 'high', count: 2, share: 2 / 3 }
				]
			},
			{
				row: 'writing',
				answered: 2,
				counts: [
					{ value: 'low', count: 2, share: 1 },
					{ value: 'high', count: 0, share: 0 }
				]
			}
		]);
		const trained = resultOf(results, 'trained_on');
		expect(trained).toMatchObject({ kind: 'date', answered: 3, first: '2025-03-02', last: '2025-07-01' });
		expect(trained.kind === 'date' && trained.months.map((m) => [m.value, m.count])).toEqual([
			['2025-03', 2],
			['2025-07', 1]
		]);
	});

	it('lists free texts newest first, skipping blank ones, and counts emails without listing them', async () => {
		const results = await questionResults(target, {});
		const comment = resultOf(results, 'comment');
		expect(comment.answered).toBe(3);
		expect(comment.kind === 'text' && comment.answers.texts.map((t) => t.text)).toEqual([
			'شكرا',
			'More cases please',
			'Very useful'
		]);
		expect(comment.kind === 'text' && comment.answers).toMatchObject({ total: 3, page: 1, pages: 1 });
		expect(resultOf(results, 'contact')).toEqual({
			kind: 'email',
			question: expect.objectContaining({ name: 'contact' }),
			answered: 1
		});
	});

	it('pages through one question’s texts', async () => {
		const results = await questionResults(target, {}, { question: 'comment', page: 2 });
		const comment = resultOf(results, 'comment');
		// Three texts fit on the first page of twenty: the second is empty.
		expect(textPageSize).toBe(20);
		expect(comment.kind === 'text' && comment.answers).toEqual({ texts: [], total: 3, page: 2, pages: 1 });
	});
});

describe('filters', () => {
	const completeWith = async (filters: ResultsFilters) => {
		const { counts, questions } = await surveyResults(target, filters);
		return { complete: counts.complete, answeredRole: resultOf(questions, 'role').answered };
	};

	it('keep the responses of a country, of a group, with an answer, or submitted in a period', async () => {
		expect(await completeWith({ country: 'GR' })).toEqual({ complete: 2, answeredRole: 2 });
		expect(await completeWith({ group: 'universities' })).toEqual({ complete: 2, answeredRole: 2 });
		expect(await completeWith({ question: 'topics', value: 'vaccination' })).toEqual({
			complete: 3,
			answeredRole: 3
		});
		expect(await completeWith({ question: 'useful', value: 'no' })).toEqual({ complete: 1, answeredRole: 1 });
		expect(await completeWith({ question: 'score', value: '4' })).toEqual({ complete: 2, answeredRole: 2 });
		// The last day counts whole: the Spanish response came at noon on 5 February.
		expect(await completeWith({ from: '2026-01-15', to: '2026-02-05' })).toEqual({
			complete: 2,
			answeredRole: 2
		});
	});

	it('ignores an answer filter on a question that cannot be filtered or a value it cannot take', async () => {
		expect(await completeWith({ question: 'comment', value: 'x' })).toEqual({ complete: 4, answeredRole: 4 });
		expect(await completeWith({ question: 'role', value: 'surgeon' })).toEqual({
			complete: 4,
			answeredRole: 4
		});
	});

	it('count what the filtered respondents answered', async () => {
		const results = await questionResults(target, { country: 'GR' });
		expect(countsOf(resultOf(results, 'role'))).toEqual({ nurse: 2, physician: 0, other: 0 });
		const score = resultOf(results, 'score');
		expect(score.kind === 'rating' && score.summary).toEqual({ n: 2, mean: 4, median: 4, min: 4, max: 4 });
	});
});

describe('answers stored oddly, counted as before', () => {
	// Responses as older versions or imports may have saved them: empty texts and lists, a JSON null,
	// a rating saved as text, a number where a text belongs. Whether a question is counted by value
	// (grouping) or in the one-row summary, "answered" leaves out the same empty answers.
	const many = Array.from({ length: 11 }, (_, i) => choice(`c${i + 1}`, `Choice ${i + 1}`));
	const oddDefinition = SurveyDefinitionSchema.parse({
		sections: [
			{
				name: 'odd',
				questions: [
					{
						name: 'role',
						type: 'single_choice',
						label: { en: 'Role' },
						choices: [choice('nurse', 'Nurse'), choice('physician', 'Physician')]
					},
					{
						name: 'few',
						type: 'multiple_choice',
						label: { en: 'Few choices' },
						choices: [choice('a', 'A'), choice('b', 'B'), choice('c', 'C')]
					},
					{ name: 'many', type: 'multiple_choice', label: { en: 'Eleven choices' }, choices: many },
					{ name: 'stars', type: 'rating', label: { en: 'Stars' } },
					{ name: 'when', type: 'date', label: { en: 'When' } },
					{ name: 'note', type: 'short_text', label: { en: 'Note' } }
				]
			}
		]
	});
	let odd: ResultsSurvey;

	beforeAll(async () => {
		const [{ id: programmeId }] = await db()
			.insert(programme)
			.values({ name: { en: 'Odd answers' }, startsOn: '2025-01-01', endsOn: '2027-12-31' })
			.returning({ id: programme.id });
		const [row] = await db()
			.insert(survey)
			.values({ programmeId, title: { en: 'Odd answers' }, definition: oddDefinition })
			.returning();
		odd = await getResultsSurvey(coordinator, row.id);
		const stored: unknown[] = [
			{ role: 'nurse', few: ['a', 'b'], many: ['c1', 'c2'], stars: 4, when: '2025-01-05', note: 'First' },
			{ role: 'nurse', few: ['b'], many: ['c2'], stars: '4', when: '', note: '   ' },
			{ role: '', few: [], many: [], stars: null, when: '2025-02-01', note: 5 },
			{ role: null, few: ['a', 'c'], many: ['c1', 'c11'], note: 'Last' },
			{ role: [] },
			{}
		];
		await db()
			.insert(surveyResponse)
			.values(
				stored.map((answers, day) => ({
					surveyId: row.id,
					status: 'complete' as const,
					submittedAt: new Date(Date.UTC(2026, 0, 10 + day)),
					answers: answers as Answers,
					// An anonymous respondent's own country, offered by the filters with no invitation there.
					countryCode: day === 0 ? 'TN' : null
				}))
			);
	});

	it('leaves empty texts, empty lists, nulls and missing answers out of "answered"', async () => {
		const results = await questionResults(odd, {});
		const role = resultOf(results, 'role');
		expect(role.answered).toBe(2);
		expect(countsOf(role)).toMatchObject({ nurse: 2, physician: 0 });
		const few = resultOf(results, 'few');
		const inMany = resultOf(results, 'many');
		expect(few.answered).toBe(3);
		expect(inMany.answered).toBe(3);
		expect(countsOf(few)).toEqual({ a: 2, b: 2, c: 1 });
		// Eleven choices are counted one by one in the summary: "c1" is not found in "c11".
		expect(countsOf(inMany)).toMatchObject({ c1: 2, c2: 2, c3: 0, c11: 1 });
	});

	it('counts a rating saved as text as an answer, not as a number', async () => {
		const stars = resultOf(await questionResults(odd, {}), 'stars');
		expect(stars.answered).toBe(2);
		expect(countsOf(stars)).toEqual({ 1: 0, 2: 0, 3: 0, 4: 2, 5: 0 });
		expect(stars.kind === 'rating' && stars.summary).toEqual({ n: 1, mean: 4, median: 4, min: 4, max: 4 });
	});

	it('reads an empty date as unanswered, outside the first and last day', async () => {
		const when = resultOf(await questionResults(odd, {}), 'when');
		expect(when).toMatchObject({ kind: 'date', answered: 2, first: '2025-01-05', last: '2025-02-01' });
		expect(when.kind === 'date' && when.months.map((m) => [m.value, m.count])).toEqual([
			['2025-01', 1],
			['2025-02', 1]
		]);
	});

	it('lists only texts with more than blanks, newest first, with or without a filter', async () => {
		const note = resultOf(await questionResults(odd, {}), 'note');
		expect(note.answered).toBe(2);
		expect(note.kind === 'text' && note.answers.texts.map((t) => t.text)).toEqual(['Last', 'First']);
		const filtered = await questionResults(odd, { question: 'few', value: 'a' });
		const filteredNote = resultOf(filtered, 'note');
		expect(filteredNote.kind === 'text' && filteredNote.answers).toMatchObject({ total: 2, pages: 1 });
		expect(filteredNote.kind === 'text' && filteredNote.answers.texts.map((t) => t.text)).toEqual([
			'Last',
			'First'
		]);
		expect(resultOf(filtered, 'few')).toMatchObject({ answered: 2 });
		expect(countsOf(resultOf(filtered, 'few'))).toEqual({ a: 2, b: 1, c: 1 });
	});

	it('offers to filter on the country of a response that came without an invitation', async () => {
		expect(await filterChoices(odd)).toEqual({ groups: [], countryCodes: ['TN'] });
	});
});

describe('filter choices', () => {
	it('offers the invitation groups and the countries of invitations and responses, in order', async () => {
		expect(await filterChoices(target)).toEqual({
			groups: ['ministries', 'universities'],
			countryCodes: ['ES', 'GR', 'MT']
		});
	});
});

describe('export', () => {
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

	it.each(['csv', 'xlsx'] as const)('writes codes as XLSForm tools do (%s)', async (format) => {
		const file = await exportResponses(target, {}, format, { headers: 'codes', language: 'en' }, words);
		expect(file.name).toBe(`Mapping training needs.${format}`);
		const [header, ...read] = await readTable(file.content, file.name);
		// A spreadsheet row ends at its last filled cell: pad it to the header's width.
		const rows = read.map((row) => header.map((_, i) => row[i] ?? ''));
		expect(header).toEqual([
			'_id',
			'_submitted_at',
			'_language',
			'_country',
			'_group',
			'role',
			'role_other',
			'topics',
			'topics/mental_health',
			'topics/vaccination',
			'topics/language',
			'useful',
			'based_in',
			'score',
			'years',
			'skills/listening',
			'skills/writing',
			'trained_on',
			'comment',
			'contact'
		]);
		expect(rows.map((row) => row[0])).toEqual([
			responseIds['greek-ministry'],
			responseIds['maltese-university'],
			responseIds['spanish-university'],
			responseIds['anonymous-greek']
		]);
		expect(rows[1]).toEqual([
			responseIds['maltese-university'],
			'2026-01-20T09:00:00.000Z',
			'fr',
			'MT',
			'universities',
			'other',
			'Midwife',
			'vaccination',
			'0',
			'1',
			'0',
			'no',
			'MT',
			'2',
			'3',
			'high',
			'',
			'2025-03-02',
			'',
			''
		]);
		expect(rows[3].slice(2, 8)).toEqual(['ar', 'GR', '', 'nurse', '', 'language']);
	});

	it('writes labels in the chosen language, falling back to English', async () => {
		const file = await exportResponses(
			target,
			{ country: 'MT' },
			'csv',
			{ headers: 'labels', language: 'fr' },
			{ ...words, other: 'Autre', otherText: 'Autre (texte)' }
		);
		expect(file.name).toBe('Cartographie.csv');
		const [header, ...rows] = await readTable(file.content, file.name);
		expect(header.slice(0, 11)).toEqual([
			'Response',
			'Submitted',
			'Language',
			'Country',
			'Group',
			'Votre rôle',
			'Votre rôle: Autre (texte)',
			'Topics',
			'Topics: Mental health',
			'Topics: Vaccination',
			'Topics: Language'
		]);
		expect(header.slice(15, 17)).toEqual(['Skills: Listening', 'Skills: Writing']);
		expect(rows).toHaveLength(1);
		expect(rows[0].slice(3, 13)).toEqual([
			'Malte',
			'universities',
			'Autre',
			'Midwife',
			'Vaccination',
			'0',
			'1',
			'0',
			'No',
			'Malte'
		]);
	});

	it('refuses a format it does not write', async () => {
		await expect(
			exportResponses(target, {}, 'pdf', { headers: 'codes', language: 'en' }, words)
		).rejects.toMatchObject({ code: 'not_found' });
	});
});
