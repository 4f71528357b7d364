// Delphi studies in the API, read only: the studies the actor runs and, per statement, what each
// closed round found (the summary frozen when the round closed) and the expert meeting's vote.
// Only group figures leave the server: no panellist's name, group or individual rating.
import { z } from 'zod';
import { scaleKinds, scales } from '../../delphi/rule.js';
import { delphiOutcomes } from '../../delphi/schemas.js';
import { authorize } from '../auth/authorize.js';
import { studyResults, type StatementResults } from '../delphi/results.js';
import { listStudies, type StudyListRow } from '../delphi/studies.js';
import { component, itemEnvelope, LocalizedTextSchema, localizedText, pageEnvelope } from './envelopes.js';
import { defineOperation, idParams } from './operation.js';
import { wholeListOperation } from './paging.js';

/** What a round, or the expert meeting, decided about a statement: in, out or none (no consensus). */
export const OutcomeSchema = z.enum(delphiOutcomes);

/** The expert meeting's vote on a statement (frameworks show it beside the statements they cite). */
export const MeetingVoteSchema = z.object({
	heldOn: z.iso.date(),
	votesFor: z.int().min(0),
	votesAgainst: z.int().min(0),
	abstentions: z.int().min(0),
	outcome: OutcomeSchema
});

const DelphiStudyListItemSchema = component(
	'DelphiStudyListItem',
	z.object({
		id: z.uuid(),
		title: LocalizedTextSchema,
		programmeName: LocalizedTextSchema,
		panellists: z.int().min(0).describe('How many experts are on the panel'),
		statements: z.int().min(0),
		roundsPlanned: z.int().min(1),
		roundsOpened: z.int().min(0)
	})
);
const DelphiStudyPageSchema = component('DelphiStudyPage', pageEnvelope(DelphiStudyListItemSchema));

const bandShares = z
	.object({ low: z.number().min(0).max(1), mid: z.number().min(0).max(1), high: z.number().min(0).max(1) })
	.describe('Fractions of the rated answers in the low, middle and high bands of the scale');

const DelphiRoundResultSchema = z.object({
	number: z.int().min(1).describe('The round'),
	nResponses: z.int().min(0).describe('Panellists who answered, unable-to-rate included'),
	nRated: z.int().min(0).describe('Panellists who gave a rating: the base of every figure below'),
	nUnable: z.int().min(0).describe('Panellists who answered "unable to rate"'),
	counts: z.array(z.int().min(0)).describe('Ratings per point of the scale, from its lowest point'),
	median: z.number().nullable(),
	q1: z.number().nullable(),
	q3: z.number().nullable(),
	iqr: z
		.number()
		.nullable()
		.describe('Interquartile range q3 − q1 (inclusive quartiles); null when nobody rated'),
	shares: bandShares,
	outcome: OutcomeSchema.describe("The study's rule applied to this round: in, out or none (no consensus)"),
	stability: z
		.object({
			nPaired: z.int().min(0),
			shareChanged: z.number().min(0).max(1),
			wilcoxonP: z
				.number()
				.min(0)
				.max(1)
				.describe('Two-sided Wilcoxon signed-rank p-value; 1 when nobody changed')
		})
		.nullable()
		.describe('From round 2: how far those who rated both rounds changed their rating')
});

const DelphiStatementResultSchema = z.object({
	id: z.uuid(),
	text: LocalizedTextSchema,
	domain: LocalizedTextSchema,
	firstRound: z.int().min(1).describe('The round it was first asked in'),
	rounds: z.array(DelphiRoundResultSchema).describe('Each closed round that asked it'),
	meeting: MeetingVoteSchema.nullable().describe("The expert meeting's vote on it, if it had one"),
	final: OutcomeSchema.describe('The outcome of the round that settled it, else the meeting’s, else none'),
	settledBy: z.enum(['round', 'meeting']).nullable()
});

const DelphiStudyResultsSchema = component(
	'DelphiStudyResults',
	z.object({
		study: z.object({
			id: z.uuid(),
			title: LocalizedTextSchema,
			programmeId: z.uuid(),
			programmeName: LocalizedTextSchema,
			scale: z.enum(scaleKinds).describe('nine: 1–9 (1–3 low, 4–6 middle, 7–9 high); five: 1–5 agreement'),
			scaleMin: z.int(),
			scaleMax: z.int(),
			roundsPlanned: z.int().min(1),
			roundsClosed: z.array(z.int().min(1)).describe('The rounds whose results are frozen')
		}),
		statements: z.array(DelphiStatementResultSchema)
	}),
	'Group figures only: never who rated what.'
);
const DelphiStudyResultsItemSchema = component(
	'DelphiStudyResultsItem',
	itemEnvelope(DelphiStudyResultsSchema)
);

export function toStudyListItem(row: StudyListRow): z.output<typeof DelphiStudyListItemSchema> {
	return {
		id: row.id,
		title: localizedText(row.title),
		programmeName: localizedText(row.programmeName),
		panellists: row.panellists,
		statements: row.statements,
		roundsPlanned: row.roundsPlanned,
		roundsOpened: row.roundsOpened
	};
}

/** A statement's results: the overall summaries only (stakeholder groups may be a person or two). */
export function toStatementResult(statement: StatementResults): z.output<typeof DelphiStatementResultSchema> {
	return {
		id: statement.id,
		text: localizedText(statement.text),
		domain: localizedText(statement.domain),
		firstRound: statement.firstRound,
		rounds: statement.rounds.map(({ number, result, outcome, stability }) => {
			const summary = result.overall;
			return {
				number,
				nResponses: summary.nResponses,
				nRated: summary.nRated,
				nUnable: summary.nUnable,
				counts: summary.counts,
				median: summary.median,
				q1: summary.q1,
				q3: summary.q3,
				iqr: summary.iqr,
				shares: summary.shares,
				outcome,
				stability: stability && {
					nPaired: stability.nPaired,
					shareChanged: stability.shareChanged,
					wilcoxonP: stability.wilcoxon.p
				}
			};
		}),
		meeting: statement.meeting && {
			heldOn: statement.meeting.heldOn,
			votesFor: statement.meeting.votesFor,
			votesAgainst: statement.meeting.votesAgainst,
			abstentions: statement.meeting.abstentions,
			outcome: statement.meeting.outcome
		},
		final: statement.final,
		settledBy: statement.settledBy
	};
}

export const delphiOperations = {
	listStudies: wholeListOperation({
		id: 'listDelphiStudies',
		path: '/delphi/studies',
		tag: 'delphi',
		page: DelphiStudyPageSchema,
		read: listStudies,
		toItem: toStudyListItem
	}),
	results: defineOperation({
		id: 'getDelphiStudyResults',
		method: 'GET',
		path: '/delphi/studies/{id}/results',
		tag: 'delphi',
		access: 'signed_in',
		params: idParams,
		success: { status: 200, schema: DelphiStudyResultsItemSchema },
		run: async ({ actor, params }) => {
			// Before the look-up: whoever runs no study learns nothing of which ids exist.
			authorize(actor, 'list', 'study');
			const { study, rounds, statements } = await studyResults(actor, params.id);
			const { min, max } = scales[study.scale];
			return {
				data: {
					study: {
						id: study.id,
						title: localizedText(study.title),
						programmeId: study.programmeId,
						programmeName: localizedText(study.programmeName),
						scale: study.scale,
						scaleMin: min,
						scaleMax: max,
						roundsPlanned: study.roundsPlanned,
						roundsClosed: rounds
					},
					statements: statements.map(toStatementResult)
				}
			};
		}
	})
};
