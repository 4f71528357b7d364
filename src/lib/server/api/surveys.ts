// Surveys in the API, read only: the surveys the actor runs, one survey's definition in summary,
// and its results as the results page counts them. Every read goes through the surveys domain and
// its policies (programme coordinators of the survey's programme, and administrators).
import { z } from 'zod';
import { questionsOf, questionTypes, type Question } from '../../surveys/definition.js';
import { surveyStatuses } from '../../surveys/status.js';
import type { Localized } from '../../i18n/localized.js';
import type { QuestionResult } from '../surveys/results/question-results.js';
import { getResultsSurvey } from '../surveys/results/results-survey.js';
import { surveyResults } from '../surveys/results/survey-results.js';
import type { ValueCount } from '../surveys/results/value-counts.js';
import { getSurvey, listSurveys, type SurveyListRow, type SurveyRecord } from '../surveys/surveys.js';
import {
	component,
	itemEnvelope,
	LocalizedTextSchema,
	localizedText,
	nullableTimestamp,
	pageEnvelope
} from './envelopes.js';
import { readById } from './operation.js';
import { wholeListOperation } from './paging.js';

const responseTotals = z.object({
	complete: z.int().min(0).describe('Submitted responses'),
	inProgress: z.int().min(0).describe('Started and not yet submitted')
});

const SurveyListItemSchema = component(
	'SurveyListItem',
	z.object({
		id: z.uuid(),
		title: LocalizedTextSchema,
		programmeName: LocalizedTextSchema,
		programmeAcronym: z.string().nullable(),
		languages: z.array(z.string()).describe('The languages respondents may answer in'),
		status: z.enum(surveyStatuses),
		opensAt: nullableTimestamp,
		closesAt: nullableTimestamp,
		responses: responseTotals
	})
);

const SurveySchema = component(
	'Survey',
	z.object({
		id: z.uuid(),
		programmeId: z.uuid(),
		programmeName: LocalizedTextSchema,
		programmeAcronym: z.string().nullable(),
		title: LocalizedTextSchema,
		introduction: LocalizedTextSchema.nullable(),
		languages: z.array(z.string()).describe('The languages respondents may answer in'),
		status: z.enum(surveyStatuses),
		opensAt: nullableTimestamp,
		closesAt: nullableTimestamp,
		sectionCount: z.int().min(0),
		questionCount: z.int().min(0),
		responses: responseTotals
	})
);

const SurveyPageSchema = component('SurveyPage', pageEnvelope(SurveyListItemSchema));
const SurveyItemSchema = component('SurveyItem', itemEnvelope(SurveySchema));

const RateSchema = z.object({
	key: z
		.string()
		.nullable()
		.describe('The invitation group or country code; null: anonymous link, or no country'),
	invited: z.int().min(0),
	responded: z.int().min(0).describe('Complete responses to the invitations'),
	rate: z.number().min(0).nullable().describe('responded / invited; null without invitations'),
	anonymous: z.int().min(0).describe('Complete responses through the public link')
});

const ValueCountSchema = z.object({
	value: z.string().describe('The choice, scale point, yes/no, country code or month (YYYY-MM)'),
	label: LocalizedTextSchema.nullable().describe("The choice's label; null where the value names itself"),
	count: z.int().min(0),
	share: z
		.number()
		.min(0)
		.describe('Of those who answered the question (for multiple choice the shares add up to more than 1)')
});

const NumberSummarySchema = z.object({
	n: z.int().min(0),
	mean: z.number(),
	median: z.number(),
	min: z.number(),
	max: z.number()
});

export const SatisfactionSchema = z
	.object({
		n: z.int().min(0).describe('Answers on a point of the scale'),
		disclosure: z
			.enum(['hidden', 'descriptive', 'full'])
			.describe('Small cells: hidden below 5 answers, descriptive (no percentage) below 10'),
		mean: z.number().nullable().describe('Mean of the points given; null when hidden'),
		median: z.number().nullable().describe('Median of the points given; null when hidden'),
		topTwoBox: z.int().min(0).nullable().describe('Answers in the two highest points; null when hidden'),
		topTwoBoxPercent: z
			.number()
			.min(0)
			.max(100)
			.nullable()
			.describe('Their share of n in %; null below 10 answers')
	})
	.describe('Satisfaction figures of a rating question under the small-cell rule');

const QuestionResultSchema = z.object({
	name: z.string(),
	type: z.enum(questionTypes),
	label: LocalizedTextSchema,
	answered: z.int().min(0).describe('Complete responses that answer it'),
	counts: z
		.array(ValueCountSchema)
		.describe(
			'Choices, yes/no, countries and rating points: every known value, then others; dates: per month'
		),
	rows: z
		.array(
			z.object({
				row: z.string(),
				label: LocalizedTextSchema,
				answered: z.int().min(0),
				counts: z.array(ValueCountSchema)
			})
		)
		.describe('Matrix questions: the counts of each row; empty for other questions'),
	summary: NumberSummarySchema.nullable().describe('Numbers and ratings; null when none was given'),
	satisfaction: SatisfactionSchema.nullable().describe('Rating questions; null for other questions'),
	otherAnswered: z.int().min(0).nullable().describe('Choice questions with "other": how many wrote a text'),
	first: z.string().nullable().describe('Date questions: the earliest date given'),
	last: z.string().nullable().describe('Date questions: the latest date given')
});

const SurveyResultsSchema = component(
	'SurveyResults',
	z.object({
		surveyId: z.uuid(),
		responses: z.object({
			complete: z.int().min(0),
			inProgress: z.int().min(0),
			total: RateSchema,
			byGroup: z.array(RateSchema),
			byCountry: z.array(RateSchema)
		}),
		questions: z.array(QuestionResultSchema)
	}),
	'Counts of complete responses. Free-text answers are counted, not listed: read them on the results page or in its export.'
);
const SurveyResultsItemSchema = component('SurveyResultsItem', itemEnvelope(SurveyResultsSchema));

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toSurveyListItem(row: SurveyListRow): z.output<typeof SurveyListItemSchema> {
	return {
		id: row.id,
		title: localizedText(row.title),
		programmeName: localizedText(row.programmeName),
		programmeAcronym: row.programmeAcronym,
		languages: row.languages,
		status: row.status,
		opensAt: iso(row.opensAt),
		closesAt: iso(row.closesAt),
		responses: row.responses
	};
}

/** Named field by field: the survey row also holds its public link's token, which must stay out. */
export function toSurvey(record: SurveyRecord): z.output<typeof SurveySchema> {
	return {
		id: record.id,
		programmeId: record.programmeId,
		programmeName: localizedText(record.programmeName),
		programmeAcronym: record.programmeAcronym,
		title: localizedText(record.title),
		introduction: record.introduction && localizedText(record.introduction),
		languages: record.languages,
		status: record.status,
		opensAt: iso(record.opensAt),
		closesAt: iso(record.closesAt),
		sectionCount: record.definition.sections.length,
		questionCount: questionsOf(record.definition).length,
		responses: record.responses
	};
}

/** A counted value with the label it has in the question (choices and matrix columns have one). */
function labelled(counts: ValueCount[], labels: { value: string; label: Localized }[]) {
	return counts.map(({ value, count, share }) => {
		const label = labels.find((choice) => choice.value === value)?.label;
		return { value, label: label ? localizedText(label) : null, count, share };
	});
}

export function toQuestionResult(result: QuestionResult): z.output<typeof QuestionResultSchema> {
	const question: Question = result.question;
	const base = {
		name: question.name,
		type: question.type,
		label: localizedText(question.label),
		answered: result.answered,
		counts: [] as z.output<typeof ValueCountSchema>[],
		rows: [] as z.output<typeof QuestionResultSchema>['rows'],
		summary: null,
		satisfaction: null,
		otherAnswered: null,
		first: null,
		last: null
	};
	switch (result.kind) {
		case 'choices':
			return {
				...base,
				counts: labelled(result.counts, question.choices),
				otherAnswered: result.other ? result.other.total : null
			};
		case 'rating':
			return {
				...base,
				counts: labelled(result.counts, []),
				summary: result.summary ?? null,
				satisfaction: result.figures
			};
		case 'number':
			return { ...base, summary: result.summary ?? null };
		case 'matrix':
			return {
				...base,
				rows: result.rows.map((row) => ({
					row: row.row,
					label: localizedText(question.rows.find((candidate) => candidate.value === row.row)?.label),
					answered: row.answered,
					counts: labelled(row.counts, question.choices)
				}))
			};
		case 'date':
			return {
				...base,
				counts: labelled(result.months, []),
				first: result.first ?? null,
				last: result.last ?? null
			};
		// Free texts and emails are counted only: they may name or identify respondents.
		case 'text':
		case 'email':
			return base;
	}
}

export const surveyOperations = {
	list: wholeListOperation({
		id: 'listSurveys',
		path: '/surveys',
		tag: 'surveys',
		page: SurveyPageSchema,
		read: listSurveys,
		toItem: toSurveyListItem
	}),
	get: readById({
		id: 'getSurvey',
		tag: 'surveys',
		kind: 'survey',
		path: '/surveys/{id}',
		schema: SurveyItemSchema,
		answer: async (actor, surveyId) => ({ data: toSurvey(await getSurvey(actor, surveyId)) })
	}),
	results: readById({
		id: 'getSurveyResults',
		tag: 'surveys',
		kind: 'survey',
		path: '/surveys/{id}/results',
		schema: SurveyResultsItemSchema,
		answer: async (actor, surveyId) => {
			const survey = await getResultsSurvey(actor, surveyId);
			const { counts, questions } = await surveyResults(survey, {});
			return {
				data: {
					surveyId: survey.id,
					responses: {
						complete: counts.complete,
						inProgress: counts.inProgress,
						total: counts.total,
						byGroup: counts.byGroup,
						byCountry: counts.byCountry
					},
					questions: questions.map(toQuestionResult)
				}
			};
		}
	})
};
